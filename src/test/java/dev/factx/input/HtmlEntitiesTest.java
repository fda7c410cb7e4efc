package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Character references in an HTML page reach the article text decoded, before any figure is
 * recognized: Jsoup decodes them while {@link HtmlReader} parses the page. Plain text keeps them
 * as written (see {@link InputDecoderTest}).
 */
class HtmlEntitiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            &pound;2.5m              | £2.5m
            &euro;40 million         | €40 million
            &#8364;40 million        | €40 million
            &#x20AC;40 million       | €40 million
            &#X20ac;40 million       | €40 million
            &#163;9.99               | £9.99
            &#xa3;9.99               | £9.99
            &yen;300                 | ¥300
            &dollar;5                | $5
            11&nbsp;ministers        | 11 ministers
            1&#160;250 tonnes        | 1 250 tonnes
            &ldquo;up 5%&rdquo;      | “up 5%”
            2014&ndash;2017          | 2014–2017
            AT&amp;T paid &pound;3m  | AT&T paid £3m
            &#128;40m, a 1252 relic  | €40m, a 1252 relic
            2014&#150;2017           | 2014–2017
            &pound5 without the semicolon | £5 without the semicolon
            """)
    void characterReferencesAreDecoded(String written, String expected) {
        HtmlPage page = HtmlReader.read("<html><body><article><p>The figure: " + written + ".</p></article></body></html>");
        // A no-break space reaches the text as itself or, as HtmlReader does today, folded to a
        // space: this test is about the reference being decoded, not about that folding.
        assertThat(page.text().replace('\u00A0', ' ')).isEqualTo("The figure: " + expected + ".");
    }
}
