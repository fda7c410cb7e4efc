package dev.factx.bench;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.model.Fact;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole extractor on one sample page, from its bytes (decoding, HTML reading, articles,
 * sentences, tokens, recognizers, dates, periods, metrics) to its list of facts: what the
 * command line does for each file, less reading the file and writing the output.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractorBench {

    /** A page of samples/. */
    @Param({"markets-digest.txt", "trade-and-energy.txt", "allotment-blog.html", "forum-report.html",
        "harvest-data.html", "storm-live.html", "tram-extension.html", "two-stories.html"})
    public String page;

    private Extractor extractor;
    private Samples.Page input;
    private double mb;

    @Setup
    public void setUp() {
        extractor = new Extractor(ExtractOptions.defaults());
        input = Samples.page(page);
        mb = input.bytes().length / 1e6;
    }

    @Benchmark
    public List<Fact> extract(Megabytes counter) {
        counter.mb += mb;
        return extractor.extract(input.name(), input.bytes());
    }
}
