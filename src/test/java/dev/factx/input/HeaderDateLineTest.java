package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which header lines of a text page date its article: a date alone, or beside a byline, section or reading time. */
class HeaderDateLineTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " ## ", value = {
        "14 March 2024 ## true",
        "Published on Tue, 12 April 2019 ## true",
        "By Staff Reporter | 14 March 2024 ## true",
        "14 March 2024 | By Staff Reporter ## true",
        "Ruth Okafor · March 3, 2022 ## true",
        "Markets · 3 June 2021 · 4 min read ## true",
        "Energy and Markets — 2024-05-06 ## true",
        "By Owen Doyle - 12 Feb 2023, 10:45 ## true",
        "Home | News | Business | Contact ## false",
        "By Staff Reporter ## false",
        "12 May 2023 | Updated 13 May 2023 ## true",
        "By Staff Reporter | 14 March 2024 | Updated 15 March 2024, 09:10 ## true",
        "Prices rose again. | 14 March 2024 ## false",
        "Output fell by 12 per cent | 14 March 2024 ## false",
        "the talks | 14 March 2024 ## false",
        "14 March 2024 was a Thursday ## false",
        "Updated 14:05 GMT, 3 February 2025 ## true",
        "Published: 25/11/2023 ## true",
        "Last updated: 09:14, Fri 7 March 2025 ## true",
        "First published: 7 March 2025 ## true",
        "Last modified 7 March 2025 ## true",
        "Last updated the forecasts in March ## false",
        "09:30 | 14 March 2024 ## false",
        "14:05 GMT ## false",
    })
    void datesTheArticle(String line, boolean dates) {
        assertThat(ArticleSplitter.isDateLine(line)).isEqualTo(dates);
    }
}
