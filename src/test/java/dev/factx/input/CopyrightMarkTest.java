package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The marks that send the page-footer reader to an element's text: "copyright" in any case, "(c)". */
class CopyrightMarkTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Copyright 2019 Ledger        | true  | false
            `© 2019, COPYRIGHT Ledger`   | true  | false
            all rights, CopyRight        | true  | false
            copyrigh                     | false | false
            yyyy copyrightyyy            | true  | false
            copy right                   | false | false
            (c) 2019 Ledger              | false | true
            Ledger (C)                   | false | true
            (c                           | false | false
            ( c)                         | false | false
            ((c)                         | false | true
            y                            | false | false
            ``                           | false | false
            """)
    void findsTheMarks(String text, boolean copyright, boolean parenC) {
        assertThat(HtmlReader.containsCopyright(text)).isEqualTo(copyright);
        assertThat(HtmlReader.containsParenC(text)).isEqualTo(parenC);
        // as a scan of every place reads it
        boolean everyPlace = false;
        for (int i = 0; i + 9 <= text.length(); i++) {
            everyPlace |= text.regionMatches(true, i, "copyright", 0, 9);
        }
        assertThat(HtmlReader.containsCopyright(text)).isEqualTo(everyPlace);
    }
}
