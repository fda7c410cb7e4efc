package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text of an element as the reader keeps it: white space folded, invisible marks dropped. */
class HtmlFoldTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiterString = " ## ", value = {
        "'Trade rose 5%.' ## 'Trade rose 5%.'",
        "'  Trade\n\t rose  ' ## 'Trade rose'",
        "'re\u00ADcord out\u200Bput' ## 'record output'",
        "'\u2060word\uFEFF' ## 'word'",
        "'a\u00A0b\u2003c\u3000d' ## 'a b c d'",
        "'£5\u202Fbn' ## '£5 bn'",
        "'café 𝟙 ok' ## 'café 𝟙 ok'",
        "'tilde~ and DEL\u007F' ## 'tilde~ and DEL\u007F'",
        "'lone \uD83D  high' ## 'lone \uD83D high'",
        "' \n\t ' ## ''",
    })
    void foldsWhiteSpaceAndDropsInvisibleMarks(String text, String folded) {
        assertThat(HtmlReader.fold(text)).isEqualTo(folded);
    }
}
