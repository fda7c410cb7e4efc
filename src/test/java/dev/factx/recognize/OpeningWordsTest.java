package dev.factx.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.text.Sentence;
import dev.factx.text.SentenceSplitter;
import dev.factx.text.Token;
import dev.factx.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Skipping the words in no recognizer's opening words changes nothing: the recognizers find the
 * same mentions in every sentence with the opening words as without them.
 */
class OpeningWordsTest {

    private static final List<Recognizer> RECOGNIZERS = TestRecognizers.ALL;
    private static final Set<String> OPENING = opening();

    private static Set<String> opening() {
        Set<String> all = new HashSet<>();
        for (Recognizer r : RECOGNIZERS) {
            all.addAll(r.openingWords());
        }
        return all;
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theSamplesGiveTheSameMentions(Path sample) throws IOException {
        String text = Files.readString(sample);
        int mentions = 0;
        for (Sentence s : new SentenceSplitter().split(text, 0, text.length())) {
            mentions += assertSameMentions(text, s);
        }
        assertThat(mentions).as("mentions in %s", sample).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sales doubled two years ago, a threefold rise on the year before last.",
        "Half an hour later, a dozen firms said the third quarter was twice as strong.",
        "In fiscal 2021 the mid-1990s peak of 5,000 was passed; next week it may be 6 per cent more.",
        "Nothing here: the company said that its results were good and its staff were happy.",
        "A year on, an hour's drive away, hundreds of people came — a tenfold increase.",
    })
    void sentencesOfEveryKindGiveTheSameMentions(String text) {
        assertSameMentions(text, new Sentence(0, text.length(), text));
    }

    private static int assertSameMentions(String text, Sentence s) {
        List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
        List<Mention> without = new ArrayList<>();
        List<Mention> with = new ArrayList<>();
        SentenceTokens plain = new SentenceTokens(s, tokens, new boolean[tokens.size()]);
        SentenceTokens gated = new SentenceTokens(s, tokens, new boolean[tokens.size()], OPENING);
        for (Recognizer r : RECOGNIZERS) {
            r.recognize(plain, without);
            r.recognize(gated, with);
        }
        assertThat(with).as("sentence: %s", s.text()).isEqualTo(without);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            assertThat(gated.mayOpen(i)).isEqualTo(!t.isWord() || OPENING.contains(t.lower()));
            assertThat(plain.mayOpen(i)).isTrue();
        }
        return without.size();
    }
}
