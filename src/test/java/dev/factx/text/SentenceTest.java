package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Folding a sentence's whitespace, the folded length compared with a limit without folding, and a
 * sentence found in a document, whose text is folded when asked for.
 */
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

    @ParameterizedTest(name = "[{0}] {1}-{2}")
    @CsvSource(delimiterString = " ## ", value = {
        "'Intro.  Trade \t rose\n by 4%. End.' ## 8 ## 29",
        "'Intro.  Trade \t rose\n by 4%. End.' ## 0 ## 6",
        "'  ' ## 0 ## 2",
        "'abc' ## 1 ## 1",
    })
    void aSentenceInADocumentIsTheSentenceOfItsFoldedText(String doc, int start, int end) {
        Sentence lazy = Sentence.in(doc, start, end);
        Sentence eager = new Sentence(start, end, Sentence.fold(doc, start, end));
        assertThat(lazy.start()).isEqualTo(start);
        assertThat(lazy.end()).isEqualTo(end);
        assertThat(lazy.text()).isEqualTo(eager.text()).isSameAs(lazy.text());
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
        assertThat(eager).isEqualTo(lazy);
        assertThat(lazy).isNotEqualTo(new Sentence(start, end + 1, eager.text()));
    }

    @Test
    void aSentenceOutsideItsDocumentIsRefused() {
        assertThatThrownBy(() -> Sentence.in("abc", 2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Sentence.in("abc", 2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Sentence.in("abc", -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new Sentence(0, 1, null)).isInstanceOf(NullPointerException.class);
    }
}
