package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folding a sentence's whitespace, and the folded length compared with a limit without folding. */
class SentenceTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiterString = " ## ", value = {
        "'Trade rose.' ## 'Trade rose.'",
        "'  Trade \t rose.\n' ## 'Trade rose.'",
        "'Trade\u00A0\u00A0rose\u202Fby\u2009half' ## 'Trade rose by half'",
        "'   ' ## ''",
    })
    void foldsRunsOfWhitespaceToOneSpace(String text, String folded) {
        assertThat(Sentence.fold(text, 0, text.length())).isEqualTo(folded);
        assertThat(Sentence.foldsWithin(text, folded.length())).isTrue();
        assertThat(Sentence.foldsWithin(text, folded.length() - 1)).isFalse();
    }

    @Test
    void foldsWithinALimitWhenTheFoldedTextDoes() {
        char[] alphabet = {'a', 'B', '7', ' ', ' ', '\t', '\n', '\r', '\u00A0', '\u202F', '\u2009', '\u2003', 'é', '\u0001', '.'};
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            char[] text = new char[random.nextInt(30)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            int limit = random.nextInt(20);
            assertThat(Sentence.foldsWithin(s, limit)).as(s + " within " + limit).isEqualTo(Sentence.fold(s, 0, s.length()).length() <= limit);
        }
    }
}
