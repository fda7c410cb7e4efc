package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.cli.Main;
import dev.factx.cli.StandardStreams;
import dev.factx.input.DecodedInput;
import dev.factx.input.InputDecoder;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.output.FactFields;
import dev.factx.output.FactWriter;
import dev.factx.output.OutputFormat;
import dev.factx.output.PlainNumbers;
import dev.factx.output.StdoutSink;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library API as the README's "Using factx as a library" shows it: {@link #readmeExample}
 * holds the README's code block line for line (a test checks that), so the documented example
 * compiles, runs and gives what {@code factx extract} gives; and one {@link Extractor} shared by
 * several threads gives the facts it gives alone.
 */
class LibraryApiTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path README = BASEDIR.resolve("README.md");
    private static final Path THIS_SOURCE = BASEDIR.resolve("src/test/java/dev/factx/LibraryApiTest.java");
    private static final String README_SECTION = "## Using factx as a library";
    private static final String BEGIN = "// README example: begin";
    private static final String END = "// README example: end";

    /** The README's example, run from the repository root as the README's paths assume. */
    @Test
    void readmeExample() throws IOException {
        // README example: begin
        // One extractor for the whole program: building it loads the lexicons; it is thread-safe.
        Extractor extractor = new Extractor(ExtractOptions.defaults()
                .withKinds(EnumSet.of(Kind.MONEY, Kind.PERCENT, Kind.DATE)));

        // A file, read as `factx extract FILE` reads it (encoding, HTML or plain text).
        List<Fact> facts = new ArrayList<>(extractor.extract(Path.of("samples/trade-and-energy.txt")));

        // Bytes from anywhere: the name goes into each fact's file field; .html makes it a page.
        byte[] page = Files.readAllBytes(Path.of("samples/forum-report.html"));
        facts.addAll(extractor.extract("forum-report.html", page));

        List<String> amounts = facts.stream()
                .filter(fact -> fact.kind() == Kind.MONEY)
                .map(fact -> PlainNumbers.format(fact.value()) + " " + fact.unit())
                .toList(); // "10000000000 USD", ...

        // The records `factx extract --format jsonl` writes, to any Writer.
        StringWriter jsonl = new StringWriter();
        FactWriter writer = OutputFormat.JSONL.open(jsonl, true);
        for (Fact fact : facts) {
            writer.write(fact);
        }
        writer.finish();
        // README example: end

        assertThat(amounts).contains("10000000000 USD");
        assertThat(facts).extracting(Fact::kind).containsOnly(Kind.MONEY, Kind.PERCENT, Kind.DATE);
        assertThat(facts).extracting(Fact::file).containsOnly("samples/trade-and-energy.txt", "forum-report.html");

        // the library's records are the command line's, byte for byte, but for the name given to the bytes
        String cli = runCli("extract", "--kinds", "money,percent,date", "--format", "jsonl",
                "samples/trade-and-energy.txt", "samples/forum-report.html");
        assertThat(jsonl.toString())
                .isEqualTo(cli.replace("\"file\":\"samples/forum-report.html\"", "\"file\":\"forum-report.html\""));
    }

    @Test
    void readmeShowsTheCodeThisTestRuns() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf(README_SECTION);
        assertThat(section).as("README section '%s'", README_SECTION).isNotNegative();
        int open = readme.indexOf("```java\n", section);
        assertThat(open).as("a java code block in the README's library section").isNotNegative();
        int body = open + "```java\n".length();
        List<String> documented = readme.substring(body, readme.indexOf("```", body)).lines().toList();

        String source = Files.readString(THIS_SOURCE, StandardCharsets.UTF_8);
        // the markers end their lines in the method; in the constants above, a quote follows them
        int begin = source.indexOf(BEGIN + "\n") + BEGIN.length() + 1;
        int end = source.lastIndexOf('\n', source.indexOf(END + "\n"));
        List<String> tested = source.substring(begin, end).stripIndent().lines().toList();

        assertThat(documented).as("the README's example, as %s runs it", THIS_SOURCE.getFileName())
                .containsExactlyElementsOf(tested);
    }

    @Test
    void bytesAndDecodedInputGiveTheFactsOfThePath() throws IOException {
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        for (Path sample : samples()) {
            List<Fact> fromPath = extractor.extract(sample);
            byte[] bytes = Files.readAllBytes(sample);
            assertThat(extractor.extract(sample.toString(), bytes)).as("%s as bytes", sample).isEqualTo(fromPath);
            DecodedInput decoded = InputDecoder.decode(bytes, sample.toString());
            assertThat(extractor.extract(sample.toString(), decoded)).as("%s decoded", sample).isEqualTo(fromPath);
            assertThat(extractor.extract(sample.toString(), decoded.text(), decoded.html())).isEqualTo(fromPath);
        }
    }

    @Test
    void htmlIsToldByNameOrByContentAsOnTheCommandLine() {
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        String page = "<html><body><article><h1>Trade</h1><p>Exports rose by 12% in 2018.</p>"
                + "<p>Imports <b>fell</b> by 3% in 2018.</p></article></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        // read as a page, the markup is gone from the sentences; read as text, it is not
        assertThat(extractor.extract("page", bytes)).extracting(Fact::sentence)
                .contains("Imports fell by 3% in 2018.");
        assertThat(extractor.extract("page.txt", ("Note: " + page).getBytes(StandardCharsets.UTF_8)))
                .extracting(Fact::sentence).noneMatch(s -> s.equals("Imports fell by 3% in 2018."));
        assertThat(extractor.extract("page.HTML", ("Note: " + page).getBytes(StandardCharsets.UTF_8)))
                .extracting(Fact::sentence).contains("Imports fell by 3% in 2018.");
    }

    @Test
    void factFieldsAreTheWritersValuesInFieldOrder() {
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        Fact fact = extractor.extract("a.txt", "Exports rose to $2.5 billion in 2018.", false).get(0);
        List<Object> values = FactFields.values(fact);
        assertThat(values).hasSameSizeAs(Fact.FIELDS);
        Map<String, Object> byName = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            byName.put(Fact.FIELDS.get(i), values.get(i));
        }
        assertThat(byName).containsEntry("file", "a.txt").containsEntry("article", 1)
                .containsEntry("text", "$2.5 billion").containsEntry("kind", "money")
                .containsEntry("value", new BigDecimal("2500000000")).containsEntry("unit", "USD")
                .containsEntry("qualifier", "exact").containsEntry("period", "2018").containsEntry("date", null);
    }

    /**
     * One extractor, several threads, every sample many times in different orders: each call
     * gives exactly the facts a lone call gives. Shared mutable state in any stage (a cache, a
     * reused buffer, a lazily filled table) would show up here as a wrong or missing fact.
     */
    @Test
    void oneExtractorSharedByThreadsGivesTheFactsItGivesAlone() throws Exception {
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        List<Path> samples = samples();
        Map<Path, List<Fact>> alone = new LinkedHashMap<>();
        for (Path sample : samples) {
            alone.put(sample, extractor.extract(sample));
        }
        assertThat(alone.values()).allSatisfy(facts -> assertThat(facts).isNotEmpty());

        int threads = 4;
        int rounds = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Map<Path, List<List<Fact>>>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await(); // all threads begin together, so that their calls overlap
                    Map<Path, List<List<Fact>>> seen = new LinkedHashMap<>();
                    for (int r = 0; r < rounds; r++) {
                        for (int i = 0; i < samples.size(); i++) {
                            // each thread starts at another sample, so that different pages meet
                            Path sample = samples.get((i + offset * 3 + r) % samples.size());
                            seen.computeIfAbsent(sample, s -> new ArrayList<>()).add(extractor.extract(sample));
                        }
                    }
                    return seen;
                }));
            }
            start.countDown();
            for (Future<Map<Path, List<List<Fact>>>> result : results) {
                Map<Path, List<List<Fact>>> seen = result.get(2, TimeUnit.MINUTES);
                assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(samples);
                seen.forEach((sample, runs) -> assertThat(runs).as("%s in a thread", sample)
                        .hasSize(rounds).allSatisfy(facts -> assertThat(facts).isEqualTo(alone.get(sample))));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.sorted().toList();
        }
    }

    /** Runs the real command line in-process and returns its standard output; it must succeed. */
    private static String runCli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StandardStreams io = new StandardStreams(new ByteArrayInputStream(new byte[0]), StdoutSink.over(out),
                new PrintWriter(err, true), Map.of());
        int code = Main.run(io, args);
        assertThat(code).as("factx exit code; stderr: %s", err).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
