package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.model.Qualifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the extractor over each case under {@code src/test/resources/golden/<case>/} and compares
 * the facts, as JSON Lines, byte for byte with the case's {@code expected.jsonl}.
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the expected files from the current
 * output instead; a behaviour change then shows up as a diff to review before committing.
 * Each case's {@code intended.md} says, by hand, what the input is meant to yield.
 */
class GoldenTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path CASES = BASEDIR.resolve("src/test/resources/golden");
    private static final Path SAMPLES = BASEDIR.resolve("samples");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String EXPECTED = "expected.jsonl";
    private static final String UPDATE_COMMAND = "mvn -q test -Dtest=GoldenTest -Dgolden.update=true";

    @TestFactory
    Stream<DynamicNode> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CASES)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("golden cases in %s", CASES).isNotEmpty();
        return cases.stream().map(dir -> {
            Path input = inputOf(dir);
            List<DynamicNode> checks = new ArrayList<>();
            Path sample = SAMPLES.resolve(dir.getFileName() + extensionOf(input));
            if (Files.exists(sample)) {
                checks.add(dynamicTest("input is a copy of samples/" + sample.getFileName(),
                        () -> assertSameBytes(sample, input)));
            }
            checks.add(dynamicTest("facts match " + EXPECTED, () -> checkCase(dir, input)));
            return dynamicContainer(dir.getFileName().toString(), checks);
        });
    }

    /** The case's single input file, {@code input.txt} or {@code input.html}. */
    private static Path inputOf(Path dir) {
        List<Path> inputs = Stream.of("input.txt", "input.html").map(dir::resolve).filter(Files::exists).toList();
        if (inputs.size() != 1) {
            throw new IllegalStateException(dir + ": needs exactly one of input.txt, input.html; found " + inputs);
        }
        return inputs.get(0);
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    private static void assertSameBytes(Path sample, Path input) throws IOException {
        if (!Arrays.equals(Files.readAllBytes(sample), Files.readAllBytes(input))) {
            fail("%s differs from %s; copy the sample again: cp %s %s",
                    input, sample, BASEDIR.relativize(sample), BASEDIR.relativize(input));
        }
    }

    private static void checkCase(Path dir, Path input) throws IOException {
        String text = Files.readString(input, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the Extractor expects decoded text without a BOM, as the CLI gives it
        }
        boolean html = input.getFileName().toString().endsWith(".html");
        List<Fact> facts = new Extractor(ExtractOptions.defaults())
                .extract(input.getFileName().toString(), text, html);
        byte[] actual = FactLines.toBytes(facts);

        Path expectedFile = dir.resolve(EXPECTED);
        if (UPDATE) {
            if (!Files.exists(expectedFile) || !Arrays.equals(Files.readAllBytes(expectedFile), actual)) {
                Files.write(expectedFile, actual);
                System.err.println("golden: rewrote " + BASEDIR.relativize(expectedFile) + " (" + facts.size() + " facts)");
            }
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("%s is missing; create it with %s and review it against %s",
                    expectedFile, UPDATE_COMMAND, dir.resolve("intended.md"));
        }
        byte[] expected = Files.readAllBytes(expectedFile);
        if (!Arrays.equals(expected, actual)) {
            fail(describeDifference(dir.getFileName().toString(),
                    new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8)));
        }
    }

    /** Names the first line that differs, shows both versions around the first differing column. */
    static String describeDifference(String caseName, String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int line = 0;
        while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
            line++;
        }
        StringBuilder msg = new StringBuilder();
        msg.append("golden case ").append(caseName).append(": output differs from ").append(EXPECTED)
                .append(" at line ").append(line + 1)
                .append(" (expected ").append(want.size()).append(" lines, got ").append(got.size()).append(")\n");
        String w = line < want.size() ? want.get(line) : null;
        String g = line < got.size() ? got.get(line) : null;
        if (w != null && g != null) {
            int col = 0;
            while (col < w.length() && col < g.length() && w.charAt(col) == g.charAt(col)) {
                col++;
            }
            msg.append("  first difference at column ").append(col + 1).append('\n');
            msg.append("  expected: ").append(around(w, col)).append('\n');
            msg.append("  actual:   ").append(around(g, col)).append('\n');
        } else if (w != null) {
            msg.append("  missing:  ").append(w).append('\n');
        } else if (g != null) {
            msg.append("  extra:    ").append(g).append('\n');
        } else {
            msg.append("  (the lines agree; the files differ in line endings or a final newline)\n");
        }
        msg.append("If the change is intended, run ").append(UPDATE_COMMAND).append(" and review the diff.");
        return msg.toString();
    }

    private static String around(String line, int col) {
        int from = Math.max(0, col - 60);
        int to = Math.min(line.length(), col + 60);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }

    /**
     * The test's own JSON Lines writer, kept apart from the product's output package so that a bug
     * there cannot hide itself by also changing the expected files' format.
     */
    static final class FactLines {

        private static final JsonFactory JSON = JsonFactory.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();

        private FactLines() {
        }

        static byte[] toBytes(List<Fact> facts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                write(facts, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        static void write(List<Fact> facts, OutputStream out) throws IOException {
            try (JsonGenerator gen = JSON.createGenerator(out)) {
                // The default separator between root values is a space: every line after the first would start with one.
                gen.setRootValueSeparator(null);
                for (Fact fact : facts) {
                    gen.writeStartObject();
                    for (String field : Fact.FIELDS) {
                        writeField(gen, field, fact);
                    }
                    gen.writeEndObject();
                    gen.writeRaw('\n');
                }
            }
        }

        private static void writeField(JsonGenerator gen, String field, Fact f) throws IOException {
            gen.writeFieldName(field);
            switch (field) {
                case "file" -> gen.writeString(f.file());
                case "article" -> gen.writeNumber(f.article());
                case "title" -> gen.writeString(f.title());
                case "start" -> gen.writeNumber(f.start());
                case "end" -> gen.writeNumber(f.end());
                case "text" -> gen.writeString(f.text());
                case "kind" -> gen.writeString(f.kind() == null ? null : f.kind().id());
                case "value" -> gen.writeNumber(f.value());
                case "unit" -> gen.writeString(f.unit());
                case "qualifier" -> gen.writeString(f.qualifier() == null ? null : f.qualifier().id());
                case "date" -> gen.writeString(f.date());
                case "period" -> gen.writeString(f.period());
                case "metric" -> gen.writeString(f.metric());
                case "sentence" -> gen.writeString(f.sentence());
                case "rule" -> gen.writeString(f.rule());
                case "doc_date" -> gen.writeString(f.docDate());
                case "doc_date_source" -> gen.writeString(f.docDateSource());
                case "mod" -> gen.writeString(f.mod());
                case "event" -> gen.writeString(f.event());
                case "site" -> gen.writeString(f.site());
                case "url" -> gen.writeString(f.url());
                // A new field in Fact.FIELDS must be added here, or the golden files would silently lack it.
                default -> throw new IllegalStateException("GoldenTest does not know the field '" + field + "'");
            }
        }
    }

    @Test
    void factLinesWritesOneCompactObjectPerLineWithEveryField() {
        Fact money = new Fact("input.txt", 2, "Grain \"exports\" rise", 10, 23, "$ 2.5 billion", Kind.MONEY,
                new BigDecimal("2.5E+9"), "USD", Qualifier.MIN, null, "2018", "trade",
                "Sales passed $ 2.5 billion.", "money.sign-scale", "2019-04-25", "inferred", null, null, "Grain Daily", "https://example.org/a");
        Fact date = new Fact("input.txt", 2, null, 30, 43, "early 90s", Kind.DATE,
                null, null, Qualifier.EXACT, "199X", null, null, "Since the early 90s.", "date.decade", null, null, "early", "hold", null, null);

        String out = new String(FactLines.toBytes(List.of(money, date)), StandardCharsets.UTF_8);

        assertThat(out).isEqualTo(
                "{\"file\":\"input.txt\",\"article\":2,\"title\":\"Grain \\\"exports\\\" rise\",\"start\":10,\"end\":23,"
                        + "\"text\":\"$ 2.5 billion\",\"kind\":\"money\",\"value\":2500000000,\"unit\":\"USD\","
                        + "\"qualifier\":\"min\",\"date\":null,\"period\":\"2018\",\"metric\":\"trade\","
                        + "\"sentence\":\"Sales passed $ 2.5 billion.\",\"rule\":\"money.sign-scale\","
                        + "\"doc_date\":\"2019-04-25\",\"doc_date_source\":\"inferred\",\"mod\":null,\"event\":null,"
                        + "\"site\":\"Grain Daily\",\"url\":\"https://example.org/a\"}\n"
                        + "{\"file\":\"input.txt\",\"article\":2,\"title\":null,\"start\":30,\"end\":43,"
                        + "\"text\":\"early 90s\",\"kind\":\"date\",\"value\":null,\"unit\":null,"
                        + "\"qualifier\":\"exact\",\"date\":\"199X\",\"period\":null,\"metric\":null,"
                        + "\"sentence\":\"Since the early 90s.\",\"rule\":\"date.decade\","
                        + "\"doc_date\":null,\"doc_date_source\":null,\"mod\":\"early\",\"event\":\"hold\","
                        + "\"site\":null,\"url\":null}\n");
    }

    @Test
    void noFactsIsAnEmptyFile() {
        assertThat(FactLines.toBytes(List.of())).isEmpty();
    }

    @Test
    void differenceNamesTheFirstDifferingLineAndColumn() {
        String msg = describeDifference("demo",
                "{\"a\":1}\n{\"text\":\"40,000\",\"value\":40000}\n",
                "{\"a\":1}\n{\"text\":\"40,000\",\"value\":40}\n");
        assertThat(msg).contains("at line 2 (expected 2 lines, got 2)", "column 28",
                "expected: {\"text\":\"40,000\",\"value\":40000}", "actual:   {\"text\":\"40,000\",\"value\":40}");
    }

    @Test
    void differenceReportsMissingAndExtraLines() {
        assertThat(describeDifference("demo", "{\"a\":1}\n{\"b\":2}\n", "{\"a\":1}\n"))
                .contains("at line 2 (expected 2 lines, got 1)", "missing:  {\"b\":2}");
        assertThat(describeDifference("demo", "", "{\"a\":1}\n"))
                .contains("at line 1 (expected 0 lines, got 1)", "extra:    {\"a\":1}");
    }
}
