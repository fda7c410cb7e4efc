package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.factx.ExtractOptions;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.output.TestFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help;

/** Drives {@code factx extract} with a stand-in extractor whose facts name the document they came from. */
class ExtractCommandTest {

    private static final String HEADER = String.join(",", Fact.FIELDS) + "\n";

    @TempDir
    Path dir;

    /** What the stand-in extractor was asked. */
    record Call(String file, String text, boolean html, ExtractOptions options) {
    }

    /** Filled from the worker threads of --jobs, hence synchronized; in call order only with --jobs 1. */
    private final List<Call> calls = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * A stand-in extractor: for a document it returns one money fact per line of its text, in line
     * order, with the line as the sentence, so a test can tell which document and line each record
     * came from.
     */
    private Cli cli() {
        return new Cli().sources(options -> (file, text, html) -> {
            calls.add(new Call(file, text, html, options));
            List<Fact> facts = new ArrayList<>();
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    facts.add(TestFacts.money().file(file).article(i + 1).sentence(lines[i].strip()).build());
                }
            }
            return facts;
        });
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static List<CSVRecord> csv(String out) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out)).getRecords();
    }

    private static List<String> column(String out, String name) throws IOException {
        return csv(out).stream().map(r -> r.get(name)).toList();
    }

    // --- standard input and formats ---

    @Test
    void noFileReadsStandardInput() throws IOException {
        Cli.Result r = cli().stdin("first\nsecond\n").run("extract");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith(HEADER);
        assertThat(column(r.out(), "file")).containsExactly("-", "-");
        assertThat(column(r.out(), "sentence")).containsExactly("first", "second");
    }

    @Test
    void dashReadsStandardInputAmongFiles() throws IOException {
        Path a = file("a.txt", "from a\n");
        Cli.Result r = cli().stdin("from stdin\n").run("extract", a.toString(), "-");
        assertThat(r.exitCode()).isZero();
        assertThat(column(r.out(), "sentence")).containsExactly("from a", "from stdin");
        assertThat(column(r.out(), "file")).containsExactly(a.toString(), "-");
    }

    @Test
    void jsonlFormatWritesOneParsableObjectPerFact() throws IOException {
        Cli.Result r = cli().stdin("one\ntwo\nthree\n").run("extract", "--format", "jsonl", "-");
        assertThat(r.exitCode()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3);
        JsonFactory json = new JsonFactory();
        for (String line : lines) {
            try (JsonParser p = json.createParser(line)) {
                assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
                p.skipChildren();
                assertThat(p.nextToken()).isNull();
            }
        }
        assertThat(lines[2]).contains("\"sentence\":\"three\"").contains("\"value\":3500000000,");
    }

    @Test
    void jsonFormatWritesOneArray() throws IOException {
        Cli.Result r = cli().stdin("one\ntwo\n").run("extract", "--format=json");
        assertThat(r.exitCode()).isZero();
        int objects = 0;
        try (JsonParser p = new JsonFactory().createParser(r.out())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                p.skipChildren();
                objects++;
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(p.nextToken()).isNull();
        }
        assertThat(objects).isEqualTo(2);
    }

    @Test
    void formatNamesIgnoreCase() {
        assertThat(cli().stdin("x\n").run("extract", "--format", "JSONL").out()).startsWith("{");
    }

    @Test
    void csvGuardsFormulasUnlessTurnedOff() throws IOException {
        assertThat(column(cli().stdin("=HYPERLINK(1)\n").run("extract").out(), "sentence"))
                .containsExactly("'=HYPERLINK(1)");
        assertThat(column(cli().stdin("=HYPERLINK(1)\n").run("extract", "--no-formula-guard").out(), "sentence"))
                .containsExactly("=HYPERLINK(1)");
    }

    // --- order, options passed through, determinism ---

    @Test
    void factsKeepExtractorOrderAndFilesKeepArgumentOrder() throws IOException {
        Path b = file("b.txt", "b1\nb2\n");
        Path a = file("a.txt", "a1\na2\n");
        Cli.Result r = cli().run("extract", b.toString(), a.toString());
        assertThat(column(r.out(), "sentence")).containsExactly("b1", "b2", "a1", "a2");
    }

    @Test
    void sameInputGivesSameBytes() throws IOException {
        Path a = file("a.txt", "€1\n£2\n");
        String first = cli().run("extract", "--format", "jsonl", a.toString()).out();
        String second = cli().run("extract", "--format", "jsonl", a.toString()).out();
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void passesKindsReferenceDateAndHtmlToTheExtractor() throws IOException {
        Path page = file("page.html", "<p>x</p>\n");
        Path text = file("notes.txt", "<html>\n");
        Path plain = file("plain.txt", "plain\n");
        Cli.Result r = cli().run("extract", "--jobs", "1", "--kinds", "money,date", "--kinds=percent",
                "--reference-date", "2019-03-01", page.toString(), text.toString(), plain.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(calls).extracting(Call::html).containsExactly(true, true, false);
        ExtractOptions options = calls.get(0).options();
        assertThat(options.kinds()).containsExactlyInAnyOrder(Kind.MONEY, Kind.DATE, Kind.PERCENT);
        assertThat(options.referenceDate()).isEqualTo(LocalDate.of(2019, 3, 1));
    }

    @Test
    void withoutOptionsEveryKindAndNoReferenceDate() {
        cli().stdin("x\n").run("extract");
        assertThat(calls.get(0).options().kinds()).isEqualTo(EnumSet.allOf(Kind.class));
        assertThat(calls.get(0).options().referenceDate()).isNull();
    }

    @Test
    void extractorSeesDecodedTextWithCrlfAndWithoutBom() throws IOException {
        Path a = dir.resolve("a.txt");
        Files.write(a, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', '\r', '\n'});
        cli().run("extract", a.toString());
        assertThat(calls.get(0).text()).isEqualTo("hi\r\n");
    }

    // --- input errors: reported, others still processed, exit 1 ---

    @Test
    void missingFileIsReportedAndTheOthersStillProcessed() throws IOException {
        Path a = file("a.txt", "a1\n");
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = cli().run("extract", missing.toString(), a.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: " + missing + ": No such file or directory\n"
                + "factx: 1 of 2 files skipped\n");
        assertThat(column(r.out(), "sentence")).containsExactly("a1");
    }

    @Test
    void directoryWithoutRecursiveIsAnError() throws IOException {
        file("sub/a.txt", "a1\n");
        Path sub = dir.resolve("sub");
        Cli.Result r = cli().run("extract", sub.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("factx: " + sub + ": is a directory (use --recursive)\n"
                + "factx: 1 of 1 file skipped\n");
        assertThat(r.out()).isEqualTo(HEADER);
    }

    @Test
    void recursiveWalksInSortedOrderTakingTextAndHtmlFiles() throws IOException {
        file("in/b.txt", "b\n");
        file("in/a.html", "a\n");
        file("in/c/z.text", "z\n");
        file("in/c/y.HTM", "y\n");
        file("in/d.md", "not taken\n");
        file("in/e.csv", "not taken\n");
        Path in = dir.resolve("in");
        Cli.Result r = cli().run("extract", "--recursive", in.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(column(r.out(), "sentence")).containsExactly("a", "b", "y", "z");
        assertThat(column(r.out(), "file")).containsExactly(
                in.resolve("a.html").toString(), in.resolve("b.txt").toString(),
                in.resolve("c/y.HTM").toString(), in.resolve("c/z.text").toString());
    }

    @Test
    void invalidUtf8IsReplacedWithAWarningAndExitZero() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', (byte) 0xFF, '\n', (byte) 0xC3, '('});
        Cli.Result r = cli().run("extract", bad.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("factx: " + bad + ": 2 invalid UTF-8 sequences replaced\n");
        assertThat(calls.get(0).text()).isEqualTo("ok\uFFFD\n\uFFFD(");
    }

    @Test
    void oneInvalidSequenceIsSingular() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {(byte) 0xFF});
        assertThat(cli().run("extract", bad.toString()).err())
                .isEqualTo("factx: " + bad + ": 1 invalid UTF-8 sequence replaced\n");
    }

    @Test
    void aWindows1252FileIsReadAsSuchWithANote() throws IOException {
        Path legacy = dir.resolve("legacy.txt");
        // "Tickets cost £12, or €14." in windows-1252: 0xA3 is £ and 0x80 is €.
        byte[] bytes = "Tickets cost _12, or _14.\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        bytes[13] = (byte) 0xA3;
        bytes[21] = (byte) 0x80;
        Files.write(legacy, bytes);
        Cli.Result r = cli().run("extract", legacy.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("factx: " + legacy + ": not valid UTF-8; read as windows-1252\n");
        assertThat(calls.get(0).text()).isEqualTo("Tickets cost \u00A312, or \u20AC14.\n");
    }

    @Test
    void anExtractorFailureCostsOnlyThatFile() throws IOException {
        Path a = file("a.txt", "a1\n");
        Path boom = file("boom.txt", "x\n");
        Cli cli = new Cli().sources(options -> (name, text, html) -> {
            if (name.endsWith("boom.txt")) {
                throw new IllegalStateException("no rule for this");
            }
            return List.of(TestFacts.money().file(name).build());
        });
        Cli.Result r = cli.run("extract", boom.toString(), a.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("factx: " + boom
                + ": extraction failed: java.lang.IllegalStateException: no rule for this\n"
                + "factx: 1 of 2 files skipped\n");
        assertThat(column(r.out(), "file")).containsExactly(a.toString());
    }

    @Test
    void stacktraceOnlyWhenAskedFor() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Cli.Result quiet = cli().run("extract", missing.toString());
        Cli.Result loud = cli().run("extract", "--stacktrace", missing.toString());
        assertThat(quiet.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(loud.err()).startsWith("factx: " + missing + ": No such file or directory\n")
                .contains("java.nio.file.NoSuchFileException").contains("\tat ");
    }

    // --- argument syntax ---

    @Test
    void doubleDashEndsOptions() {
        // No such file in the working directory: what matters is that it is read as a file name.
        Cli.Result afterDashes = cli().run("extract", "--", "-weird.txt");
        assertThat(afterDashes.exitCode()).isEqualTo(1);
        assertThat(afterDashes.err()).isEqualTo("factx: -weird.txt: No such file or directory\n"
                + "factx: 1 of 1 file skipped\n");
        Cli.Result withoutDashes = cli().run("extract", "-weird.txt");
        assertThat(withoutDashes.exitCode()).isEqualTo(2);
        assertThat(withoutDashes.err()).startsWith("factx: unknown option: '-weird.txt'");
    }

    @Test
    void argfileExpandsToArguments() throws IOException {
        Path a = file("a.txt", "a1\n");
        Path b = file("b.txt", "b1\n");
        Path args = file("args", "--format\njsonl\n" + a + "\n" + b + "\n");
        Cli.Result r = cli().run("extract", "@" + args);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().split("\n")).hasSize(2).allMatch(l -> l.startsWith("{"));
        assertThat(r.out().split("\n")[0]).contains(a.toString());
        assertThat(calls).extracting(Call::file).containsExactlyInAnyOrder(a.toString(), b.toString());
    }

    // --- usage errors: one line, usage, exit 2, nothing on stdout ---

    @Test
    void unknownKindIsAUsageErrorNamingIt() {
        Cli.Result r = cli().run("extract", "--kinds", "money,dollars", "x.txt");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE_ERROR);
        assertThat(r.err().lines().findFirst()).hasValue("factx: invalid value for option '--kinds' (KIND):"
                + " unknown kind 'dollars' (expected money, percent, count, quantity, ratio, duration, date)");
        assertThat(r.err()).contains("Usage: factx extract");
        assertThat(r.out()).isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void badReferenceDateIsAUsageError() {
        for (String bad : List.of("2019-02-30", "01/03/2019", "2019-3-1")) {
            Cli.Result r = cli().run("extract", "--reference-date", bad, "x.txt");
            assertThat(r.exitCode()).as(bad).isEqualTo(2);
            assertThat(r.err().lines().findFirst()).as(bad).hasValue("factx: invalid value for option"
                    + " '--reference-date': '" + bad + "' is not a date of the form YYYY-MM-DD");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli.Result r = cli().run("extract", "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().findFirst()).hasValue(
                "factx: invalid value for option '--format': unknown format 'xml' (expected csv, jsonl, json)");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = cli().run("extract", "--frmat", "csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("factx: unknown option: '--frmat'\n").contains("--format");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingCommandIsAUsageError() {
        Cli.Result r = cli().run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("factx: missing command (try 'factx extract FILE...')\nUsage: factx");
        assertThat(r.out()).isEmpty();
    }

    // --- help and version: stdout, exit 0 ---

    @Test
    void versionGoesToStdout() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"},
                new String[] {"extract", "--version"})) {
            Cli.Result r = cli().run(args);
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).matches("factx \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void helpGoesToStdout() {
        Cli.Result top = cli().run("--help");
        Cli.Result extract = cli().run("extract", "-h");
        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).startsWith("Usage: factx").contains("extract");
        assertThat(extract.exitCode()).isZero();
        assertThat(extract.out()).startsWith("Usage: factx extract")
                .contains("--format", "--output", "--kinds", "--reference-date", "--recursive",
                        "--no-formula-guard", "--stacktrace", "Exit codes:");
        assertThat(extract.err()).isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void noColorTurnsOffAnsiInHelp() {
        assertThat(FactxCommand.ansi(streamsWithEnv(Map.of("NO_COLOR", "1")))).isEqualTo(Help.Ansi.OFF);
        assertThat(FactxCommand.ansi(streamsWithEnv(Map.of("NO_COLOR", "")))).isEqualTo(Help.Ansi.AUTO);
        assertThat(FactxCommand.ansi(streamsWithEnv(Map.of()))).isEqualTo(Help.Ansi.AUTO);
        Cli.Result r = cli().env("NO_COLOR", "1").run("extract", "--help");
        assertThat(r.out()).startsWith("Usage:").doesNotContain("\u001B[");
    }

    private static StandardStreams streamsWithEnv(Map<String, String> env) {
        return new StandardStreams(InputStream.nullInputStream(), new StringWriter(),
                new PrintWriter(new StringWriter()), env);
    }

    // --- output file ---

    @Test
    void outputFileReceivesTheRecordsAndStdoutStaysEmpty() throws IOException {
        Path a = file("a.txt", "a1\n");
        Path out = dir.resolve("out.csv");
        Cli.Result r = cli().run("extract", "-o", out.toString(), a.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(column(Files.readString(out), "sentence")).containsExactly("a1");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "out.csv");
        }
    }

    @Test
    void outputFileAppearsOnlyWhenTheRunHasWrittenEverything() throws IOException {
        Path a = file("a.txt", "a1\n");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "previous run\n");
        List<String> seenDuringRun = new ArrayList<>();
        Cli cli = new Cli().sources(options -> (name, text, html) -> {
            try {
                seenDuringRun.add(Files.readString(out));
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).forEach(seenDuringRun::add);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return List.of(TestFacts.money().file(name).build());
        });
        Cli.Result r = cli.run("extract", "--format", "jsonl", "--output", out.toString(), a.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(seenDuringRun).hasSize(2);
        assertThat(seenDuringRun.get(0)).isEqualTo("previous run\n");
        assertThat(seenDuringRun.get(1)).startsWith(".out.jsonl.");
        assertThat(Files.readString(out)).startsWith("{\"file\":").endsWith("}\n");
    }

    @Test
    void outputIntoAMissingDirectoryIsAnError() throws IOException {
        Path a = file("a.txt", "a1\n");
        Path out = dir.resolve("no/such/dir/out.csv");
        Cli.Result r = cli().run("extract", "-o", out.toString(), a.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: " + out + ": No such file or directory\n");
        assertThat(calls).isEmpty();
    }

    @Test
    void outputDashIsStdout() throws IOException {
        Cli.Result r = cli().stdin("x\n").run("extract", "-o", "-");
        assertThat(column(r.out(), "sentence")).containsExactly("x");
    }

    @Test
    void inputErrorsStillProduceTheOutputFile() throws IOException {
        Path a = file("a.txt", "a1\n");
        Path out = dir.resolve("out.csv");
        Cli.Result r = cli().run("extract", "-o", out.toString(), dir.resolve("gone.txt").toString(), a.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(column(Files.readString(out), "sentence")).containsExactly("a1");
    }

    // --- standard output failures ---

    @Test
    void brokenPipeEndsTheRunQuietlyWithExitZero() {
        FailingStream closedPipe = new FailingStream("Broken pipe");
        Cli.Result r = cli().stdin("line\n".repeat(5000)).stdout(closedPipe).run("extract", "--format", "jsonl");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(closedPipe.attempts).isPositive();
    }

    @Test
    void brokenPipeStopsReadingFurtherInputs() throws IOException {
        Path a = file("a.txt", "line\n".repeat(5000));
        Path b = file("b.txt", "b\n");
        cli().stdout(new FailingStream("Broken pipe")).run("extract", "--jobs", "1", a.toString(), b.toString());
        assertThat(calls).extracting(Call::file).containsExactly(a.toString());
    }

    @Test
    void brokenPipeStopsReadingFurtherInputsWithJobsAfterThoseInHand() throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add(file("f" + i + ".txt", "line\n".repeat(2000)).toString());
        }
        List<String> args = new ArrayList<>(List.of("extract", "--jobs", "2"));
        args.addAll(names);
        Cli.Result r = cli().stdout(new FailingStream("Broken pipe")).run(args.toArray(String[]::new));
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        // the workers read a few files ahead of the one being written, never the whole list
        assertThat(calls.size()).isBetween(1, 10);
    }

    @Test
    void otherStdoutWriteErrorsAreReported() {
        Cli.Result r = cli().stdin("x\n").stdout(new FailingStream("No space left on device")).run("extract");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OUTPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: standard output: No space left on device\n");
    }

    /** Standard output whose reader is gone: every write fails with {@code message}. */
    static final class FailingStream extends OutputStream {
        private final String message;
        int attempts;

        FailingStream(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            attempts++;
            throw new IOException(message);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            attempts++;
            throw new IOException(message);
        }
    }
}
