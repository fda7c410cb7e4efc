package dev.factx.bench;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.text.Sentence;
import dev.factx.text.SentenceSplitter;
import dev.factx.text.Token;
import dev.factx.text.Tokenizer;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sentence splitting and tokenizing. One operation handles every article of samples/: the
 * splitter splits each article text into sentences, the tokenizer tokenizes each sentence.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextBench {

    private SentenceSplitter splitter;
    private List<String> articles;
    private double articlesMb;
    private List<Samples.SentenceIn> sentences;
    private double sentencesMb;

    @Setup
    public void setUp() {
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        splitter = new SentenceSplitter();
        articles = Samples.articleTexts(extractor);
        articlesMb = articles.stream().mapToDouble(Samples::megabytes).sum();
        sentences = Samples.sentences(extractor);
        sentencesMb = sentences.stream().mapToDouble(s -> Samples.megabytes(s.sentence().text())).sum();
    }

    @Benchmark
    public void splitSentences(Megabytes counter, Blackhole bh) {
        for (String text : articles) {
            List<Sentence> out = splitter.split(text, 0, text.length());
            bh.consume(out);
        }
        counter.mb += articlesMb;
    }

    @Benchmark
    public void tokenize(Megabytes counter, Blackhole bh) {
        for (Samples.SentenceIn s : sentences) {
            List<Token> out = Tokenizer.tokenize(s.text(), s.sentence().start(), s.sentence().end());
            bh.consume(out);
        }
        counter.mb += sentencesMb;
    }
}
