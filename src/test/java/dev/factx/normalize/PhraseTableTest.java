package dev.factx.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.text.Token;
import dev.factx.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseTableTest {

    private static final List<String> PHRASES = List.of("per cent", "cent", "barrels per day", "per day", "US $",
            "fiscal year", "year");

    private static PhraseTable<String> table() {
        PhraseTable<String> table = new PhraseTable<>(false);
        for (String p : PHRASES) {
            table.put(p, p);
        }
        return table;
    }

    /** The longest phrase whose tokens are those from some start to {@code last}, found by trying them all. */
    private static String longestEndingAt(List<Token> toks, int last) {
        for (int start = 0; start <= last && last < toks.size(); start++) {
            for (String p : PHRASES) {
                List<Token> phrase = Tokenizer.tokenize(p, 0, p.length());
                if (phrase.size() == last - start + 1) {
                    boolean same = true;
                    for (int k = 0; k < phrase.size(); k++) {
                        same &= phrase.get(k).lower().equals(toks.get(start + k).lower());
                    }
                    if (same) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "output rose 5 per cent to 3 million barrels per day in the fiscal year",
        "a PER CENT, a cent, per day per day, US$ 5 and US $ 6",
        "year",
        "",
    })
    void findsTheLongestPhraseEndingAtEachToken(String sentence) {
        List<Token> toks = Tokenizer.tokenize(sentence, 0, sentence.length());
        PhraseTable<String> table = table();
        for (int last = -1; last <= toks.size(); last++) {
            PhraseTable.Match<String> m = table.matchEndingAt(toks, last);
            assertThat(m == null ? null : m.value()).as("ending at %d", last).isEqualTo(longestEndingAt(toks, last));
            if (m != null) {
                assertThat(m.last()).isEqualTo(last);
            }
        }
    }

    @Test
    void matchesTheLongestPhraseFromAToken() {
        String s = "barrels per day";
        List<Token> toks = Tokenizer.tokenize(s, 0, s.length());
        assertThat(table().matchAt(toks, 0).value()).isEqualTo("barrels per day");
        assertThat(table().matchAt(toks, 1).value()).isEqualTo("per day");
        assertThat(table().matchAt(toks, 2)).isNull();
    }
}
