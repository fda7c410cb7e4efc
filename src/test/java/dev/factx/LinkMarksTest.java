package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a stretch of a document holds "://", "www." or "@", against looking in the stretch itself. */
class LinkMarksTest {

    @ParameterizedTest(name = "[{0}] {1}-{2}")
    @CsvSource(delimiter = '|', value = {
        "See https://example.org now. Then stop.|0|28|true",
        "See https://example.org now. Then stop.|29|39|false",
        "See https://example.org now. Then stop.|0|10|false",
        "See https://example.org now. Then stop.|0|11|false",
        "See https://example.org now. Then stop.|0|12|true",
        "See https://example.org now. Then stop.|10|39|false",
        "Mail us at desk@example.org.|0|15|false",
        "Mail us at desk@example.org.|15|16|true",
        "Go to www.example.org|6|9|false",
        "Go to www.example.org|6|10|true",
        "No link here at all.|0|20|false",
        "''|0|0|false",
    })
    void findsAMarkWhollyInsideTheStretch(String text, int from, int to, boolean expected) {
        assertThat(LinkMarks.in(text).anyWithin(from, to)).isEqualTo(expected);
    }

    @Test
    void agreesWithASearchOfTheStretch() {
        char[] alphabet = {'w', 'w', '.', ':', '/', '/', '@', 'a', ' '};
        Random random = new Random(3);
        for (int n = 0; n < 3_000; n++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(chars);
            LinkMarks marks = LinkMarks.in(text);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    String stretch = text.substring(from, to);
                    boolean expected = stretch.contains("://") || stretch.contains("www.") || stretch.contains("@");
                    assertThat(marks.anyWithin(from, to)).as("'%s' [%d, %d)", text, from, to).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aTextWithTooManyMarksHoldsOneEverywhere() {
        String text = "@".repeat(LinkMarks.MOST + 1) + " plain words";
        LinkMarks marks = LinkMarks.in(text);
        assertThat(marks.anyWithin(text.length() - 5, text.length())).isTrue();
        String fewer = "@".repeat(LinkMarks.MOST) + " plain words";
        assertThat(LinkMarks.in(fewer).anyWithin(fewer.length() - 5, fewer.length())).isFalse();
    }
}
