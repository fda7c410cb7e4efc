package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffsetMapTest {

    /** Each UTF-16 index of the text, as a code point offset; the text's end included. */
    private static String offsets(String text) {
        OffsetMap map = new OffsetMap(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            out.append(i == 0 ? "" : " ").append(map.codePoints(i));
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Latin-1, and two-byte text without pairs: the same count
        "ab1|0 1 2 3",
        "a’b|0 1 2 3",
        // a pair is one code point: both its chars map to where it starts, and what follows moves back one
        "a\uD83D\uDE00b|0 1 1 2 3",
        "\uD83D\uDE00\uD83D\uDE00|0 0 1 1 2",
        // a lone surrogate, high or low, is a code point of its own
        "a\uD83Db|0 1 2 3",
        "\uDE00a\uD83D\uDE00|0 1 2 2 3",
    })
    void mapsIndicesToCodePoints(String text, String expected) {
        assertThat(offsets(text)).isEqualTo(expected);
    }
}
