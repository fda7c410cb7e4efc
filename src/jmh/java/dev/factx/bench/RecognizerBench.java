package dev.factx.bench;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.classify.QualifierReader;
import dev.factx.normalize.CalendarWords;
import dev.factx.normalize.Currencies;
import dev.factx.normalize.NumberParser;
import dev.factx.normalize.Units;
import dev.factx.normalize.WordSet;
import dev.factx.recognize.CountNouns;
import dev.factx.recognize.DateRecognizer;
import dev.factx.recognize.FigureRecognizer;
import dev.factx.recognize.Mention;
import dev.factx.recognize.RatioRecognizer;
import dev.factx.recognize.Recognizer;
import dev.factx.recognize.SentenceTokens;
import dev.factx.text.Sentence;
import dev.factx.text.Token;
import dev.factx.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The recognizers on pre-tokenized sentences: every sentence of the articles of samples/, split
 * and tokenized once in the set-up. One operation runs a recognizer over all of them.
 *
 * <p>{@code date}, {@code ratio} and {@code figure} each run one recognizer alone, on tokens no
 * other recognizer has claimed (in the extractor, ratios and figures see the tokens that dates
 * took already, and skip them); {@code all} runs the three in the extractor's order, as the
 * extractor does. Each operation makes fresh {@link SentenceTokens} (its claims are per run),
 * with the opening words of the recognizers it runs looked up once per word, as the extractor
 * makes them; that lookup is part of what is timed.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecognizerBench {

    private record Tokenized(Sentence sentence, List<Token> tokens, boolean[] ignored) {
    }

    private List<Tokenized> sentences;
    private double mb;
    private DateRecognizer dates;
    private RatioRecognizer ratios;
    private FigureRecognizer figures;

    @Setup
    public void setUp() {
        sentences = new ArrayList<>();
        for (Samples.SentenceIn s : Samples.sentences(new Extractor(ExtractOptions.defaults()))) {
            List<Token> tokens = Tokenizer.tokenize(s.text(), s.sentence().start(), s.sentence().end());
            sentences.add(new Tokenized(s.sentence(), tokens, new boolean[tokens.size()]));
            mb += Samples.megabytes(s.sentence().text());
        }
        // built as the extractor builds them
        NumberParser numbers = new NumberParser();
        QualifierReader qualifiers = new QualifierReader();
        CountNouns nouns = new CountNouns();
        dates = new DateRecognizer(new CalendarWords(), numbers, nouns);
        ratios = new RatioRecognizer(numbers, qualifiers);
        figures = new FigureRecognizer(numbers, new Currencies(), new Units(), nouns, qualifiers);
    }

    private void run(Megabytes counter, Blackhole bh, Recognizer... recognizers) {
        Set<String> opening = new HashSet<>();
        for (Recognizer r : recognizers) {
            opening.addAll(r.openingWords());
        }
        Set<String> openingWords = WordSet.of(opening);
        for (Tokenized t : sentences) {
            SentenceTokens st = new SentenceTokens(t.sentence(), t.tokens(), t.ignored(), openingWords);
            List<Mention> found = new ArrayList<>();
            for (Recognizer r : recognizers) {
                r.recognize(st, found);
            }
            bh.consume(found);
        }
        counter.mb += mb;
    }

    @Benchmark
    public void date(Megabytes counter, Blackhole bh) {
        run(counter, bh, dates);
    }

    @Benchmark
    public void ratio(Megabytes counter, Blackhole bh) {
        run(counter, bh, ratios);
    }

    @Benchmark
    public void figure(Megabytes counter, Blackhole bh) {
        run(counter, bh, figures);
    }

    @Benchmark
    public void all(Megabytes counter, Blackhole bh) {
        run(counter, bh, dates, ratios, figures);
    }
}
