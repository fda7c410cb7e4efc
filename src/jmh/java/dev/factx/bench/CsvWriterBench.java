package dev.factx.bench;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.model.Fact;
import dev.factx.output.CsvFactWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
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
 * CSV writing: one operation writes the facts of every page of samples/ (extracted once, in the
 * set-up) with {@link CsvFactWriter}, formula guard on as by default, header row included, into
 * a writer that only counts characters. The {@code mb} counter is output megabytes, counted as
 * one byte per character.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CsvWriterBench {

    /** Counts what it is given and keeps none of it. */
    static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
        }

        @Override
        public void write(String s, int off, int len) {
            chars += len;
        }

        @Override
        public void write(int c) {
            chars++;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private List<Fact> facts;

    @Setup
    public void setUp() {
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        facts = new ArrayList<>();
        for (Samples.Page page : Samples.pages()) {
            facts.addAll(extractor.extract(page.name(), page.bytes()));
        }
    }

    @Benchmark
    public void writeCsv(Megabytes counter, Blackhole bh) throws IOException {
        CountingWriter sink = new CountingWriter();
        CsvFactWriter writer = new CsvFactWriter(sink, true);
        for (Fact fact : facts) {
            writer.write(fact);
        }
        writer.finish();
        counter.mb += sink.chars / 1e6;
        bh.consume(sink.chars);
    }
}
