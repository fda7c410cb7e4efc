package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    private static String show(List<Token> tokens) {
        List<String> shown = new ArrayList<>();
        for (Token t : tokens) {
            shown.add(t.type().name().charAt(0) + ":" + t.text() + (t.spaceBefore() ? "" : "^"));
        }
        return String.join(" ", shown);
    }

    /** W, N, S: word, number, symbol; ^ marks a token glued to the one before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Exports rose 4.5% to $1,250,000.5           | W:Exports W:rose N:4.5 S:%^ W:to S:$ N:1,250,000.5^
            the U.S. and Ph.D holders                   | W:the W:U.S S:.^ W:and W:Ph.D W:holders
            last year's O'Neill don't                   | W:last W:year W:'s^ W:O'Neill W:don't
            €185\u00A0000 and 3 000                     | S:€ N:185\u00A0000^ W:and N:3 N:000
            13.11.2018, 2018-11-13                      | N:13.11.2018 S:,^ N:2018 S:-^ N:11^ S:-^ N:13^
            Zürich naïve ИНН Ⅻ                          | W:Zürich W:naïve W:ИНН S:Ⅻ
            ٣٤ \u2009tab\tend                           | N:٣٤ W:tab W:end
            zero\u200Bwidth                             | W:zero W:width
            """)
    void splitsWordsNumbersAndSymbols(String text, String expected) {
        assertThat(show(Tokenizer.tokenize(text, 0, text.length()))).isEqualTo(expected);
    }

    /**
     * Each word reads as its own chars, in lower case as {@code toLowerCase(Locale.ROOT)} makes
     * it, whatever its capitals and letters: an ASCII word without capitals is its own lower case.
     */
    @Test
    void wordsReadAsTheirOwnCharsInLowerCase() {
        String letters = "aeiostnAEIOSTNßÄäİıΣσ";
        Random random = new Random(20261123);
        List<String> vocabulary = new ArrayList<>();
        for (int n = 0; n < 3_000; n++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 8);
            for (int k = 0; k < length; k++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            vocabulary.add(word.toString());
        }
        StringBuilder doc = new StringBuilder();
        for (int n = 0; n < 60_000; n++) {
            doc.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(n % 7 == 0 ? ", " : " ");
        }
        String text = doc.toString();
        int words = 0;
        for (Token t : Tokenizer.tokenize(text, 0, text.length())) {
            if (t.isWord()) {
                assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
                assertThat(t.lower()).isEqualTo(t.text().toLowerCase(Locale.ROOT));
                words++;
            }
        }
        assertThat(words).isEqualTo(60_000);
    }

    /** Inner dots and apostrophes, ASCII and curly, with and without capitals: the lower case is still toLowerCase's. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"don't", "don’t", "O'Neill", "o’neill", "U.S", "ph.d", "e.g",
        "Ph.D", "rock'n'roll", "naïve", "ÉTÉ"})
    void wordsWithInnerMarksReadInLowerCase(String word) {
        List<Token> tokens = Tokenizer.tokenize(word, 0, word.length());
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).text()).isEqualTo(word);
        assertThat(tokens.get(0).lower()).isEqualTo(word.toLowerCase(Locale.ROOT));
    }
}
