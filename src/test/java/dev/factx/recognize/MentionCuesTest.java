package dev.factx.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.text.Sentence;
import dev.factx.text.SentenceSplitter;
import dev.factx.text.Token;
import dev.factx.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cues hold what {@link Recognizer#cueWords} promises: every mention a recognizer finds holds
 * a digit or one of its cue words within its own span, on every sentence of the samples and of
 * the example tables. Checked per mention, not per sentence, so that a digit elsewhere in the
 * sentence does not hide a cue word missing from a list.
 */
class MentionCuesTest {

    private static final List<Recognizer> RECOGNIZERS = TestRecognizers.ALL;
    private static final MentionCues ALL = MentionCues.of(RECOGNIZERS);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister said the talks had been useful.                  | false
            The company said that its staff were happy with the plan.     | false
            A decision is expected soon, the spokesman added.             | false
            Sales rose 5 per cent.                                        | true
            Talks resumed last week.                                      | true
            TALKS RESUMED LAST WEEK.                                      | true
            The plant opened in March.                                    | true
            It happened yesterday.                                        | true
            A dozen firms left.                                           | true
            Rents in the capital have risen fourfold.                     | true
            RENTS ROSE FOURFOLD                                           | true
            Output doubled.                                               | true
            It took an hour.                                              | true
            The twenty-first meeting was held.                            | true
            Half of them left.                                            | true
            A third of staff left.                                        | true
            He spoke of the past and of the future.                       | false
            Numbers in other scripts count: ٣ ships.                      | true
            A sign counts too: ½ of them.                                 | true
            The man from Zürich said nothing.                             | false
            The man from Zürich said nothing about Décembre.              | false
            Ünd one more.                                                 | true
            """)
    void aSentenceIsReadWhenItHasADigitOrACue(String sentence, boolean read) {
        assertThat(ALL.mayHoldMention(sentence, 0, sentence.length())).isEqualTo(read);
    }

    @Test
    void onlyTheGivenStretchIsRead() {
        String text = "In 2019 the talks were useful. Nothing else. Last week.";
        int second = text.indexOf("Nothing");
        assertThat(ALL.mayHoldMention(text, second, second + "Nothing else.".length())).isFalse();
        assertThat(ALL.mayHoldMention(text, 0, second)).isTrue();
        assertThat(ALL.mayHoldMention(text, second, text.length())).isTrue();
        assertThat(ALL.mayHoldMention(text, 5, 5)).isFalse();
    }

    @Test
    void aCueWithOtherCharsCountsByItsRunsOfLetters() {
        MentionCues cues = new MentionCues(Set.of("twenty-first", "no."), Set.of());
        assertThat(cues.mayHoldMention("the first", 0, 9)).isTrue();
        assertThat(cues.mayHoldMention("say no", 0, 6)).isTrue();
        assertThat(cues.mayHoldMention("the rest", 0, 8)).isFalse();
    }

    @Test
    void everyMentionInTheExampleTablesHoldsACueOfItsRecognizer() throws IOException {
        int mentions = 0;
        List<Path> tables;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            tables = files.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(tables).hasSizeGreaterThan(10);
        for (Path table : tables) {
            for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String field : line.split("\t")) {
                    mentions += assertEveryMentionHoldsACue(field, new Sentence(0, field.length(), field));
                }
            }
        }
        assertThat(mentions).isGreaterThan(1000);
    }

    @Test
    void everyMentionInTheSamplesHoldsACueOfItsRecognizer() throws IOException {
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        int mentions = 0;
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path sample : samples) {
            String raw = Files.readString(sample, StandardCharsets.UTF_8);
            boolean html = sample.toString().endsWith(".html") || sample.toString().endsWith(".htm");
            for (var article : extractor.text(raw, html).articles()) {
                String text = article.text();
                for (Sentence s : new SentenceSplitter().split(text, 0, text.length())) {
                    mentions += assertEveryMentionHoldsACue(text, s);
                }
            }
        }
        assertThat(mentions).isGreaterThan(300);
    }

    /** Runs each recognizer on its own and checks each of its mentions against its own cues. */
    private static int assertEveryMentionHoldsACue(String text, Sentence s) {
        List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
        int found = 0;
        for (Recognizer r : RECOGNIZERS) {
            SentenceTokens st = new SentenceTokens(s, tokens, new boolean[tokens.size()]);
            List<Mention> mentions = new ArrayList<>();
            r.recognize(st, mentions);
            MentionCues own = new MentionCues(r.cueWords(), r.cueEndings());
            for (Mention m : mentions) {
                int from = tokens.get(m.first()).start();
                int to = tokens.get(m.last()).end();
                assertThat(own.mayHoldMention(text, from, to))
                        .as("%s in \"%s\" (%s)", text.substring(from, to), s.text(), r.getClass().getSimpleName())
                        .isTrue();
            }
            found += mentions.size();
        }
        return found;
    }
}
