package dev.factx.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factx.text.Token;
import dev.factx.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word set answers as a hash set does; its shape filter only spares lookups. */
class WordSetTest {

    private static final WordSet DATE_WORDS = WordSet.of("the", "last", "a", "january", "q", "mid", "twenty-first",
            "decades", "");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "the|true", "last|true", "a|true", "january|true", "q|true", "mid|true", "twenty-first|true", "decades|true",
        "''|true", "them|false", "tee|false", "lest|false", "an|false", "jaNuary|false", "r|false", "decade|false",
        "twenty-firsts|false", "company|false", "Ж|false", "'the '|false",
    })
    void answersForWordsInAndOutOfTheSet(String word, boolean expected) {
        assertThat(DATE_WORDS.contains(word)).isEqualTo(expected);
    }

    @Test
    void nullAndOtherObjectsAreNotInIt() {
        assertThat(DATE_WORDS.contains(null)).isFalse();
        assertThat(DATE_WORDS.contains(42)).isFalse();
        assertThatThrownBy(() -> WordSet.of(new ArrayList<>(java.util.Arrays.asList("a", null))))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WordSet.of("a", "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isAFixedSetWithTheWordsGiven() {
        assertThat(DATE_WORDS).hasSize(9).containsExactlyInAnyOrder("the", "last", "a", "january", "q", "mid",
                "twenty-first", "decades", "");
        assertThatThrownBy(() -> DATE_WORDS.add("next")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DATE_WORDS.iterator().remove()).isInstanceOf(RuntimeException.class);
    }

    /** Every word of the samples, and random strings, against sets drawn from those words and the number words. */
    @Test
    void agreesWithAHashSetOnEveryWordOfTheSamples() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.sorted().toList()) {
                String text = Files.readString(p);
                for (Token t : Tokenizer.tokenize(text, 0, text.length())) {
                    words.add(t.lower());
                    words.add(t.text());
                }
            }
        }
        Random random = new Random(6);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                b.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x3000)));
            }
            words.add(b.toString());
        }
        List<Set<String>> lists = new ArrayList<>();
        lists.add(new NumberParser().wordStarts());
        lists.add(new HashSet<>(new CalendarWords().dateWordsInLowerCase()));
        int distinct = new HashSet<>(words).size();
        for (int size : new int[] {1, 10, 300, 5000}) {
            Set<String> drawn = new HashSet<>();
            while (drawn.size() < Math.min(size, distinct / 2)) {
                drawn.add(words.get(random.nextInt(words.size())));
            }
            lists.add(drawn);
        }
        for (Set<String> list : lists) {
            Set<String> expected = new HashSet<>(list);
            WordSet set = WordSet.of(list);
            for (String w : words) {
                assertThat(set.contains(w)).as("'%s' in a list of %d", w, list.size()).isEqualTo(expected.contains(w));
            }
        }
    }
}
