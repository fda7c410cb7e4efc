package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and messy input through the real command line and the real extractor: each bad input
 * costs only itself, is named once on standard error with its reason, the others are written, a
 * summary says how many were skipped, and the exit code says it. One case per rule of issue 5.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private static final String GOOD = "Exports rose 12% to $4.5 billion in 2018.\n";

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static long lines(String out) {
        return out.lines().count();
    }

    // --- every input accounted for ---

    @Test
    void anEmptyFileIsReportedAndSkipped() throws IOException {
        Path empty = file("empty.txt", "");
        Path good = file("good.txt", GOOD);
        Cli.Result r = new Cli().run("extract", empty.toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: " + empty + ": empty file\nfactx: 1 of 2 files skipped\n");
        assertThat(lines(r.out())).isEqualTo(1 + 3); // header and the good file's three facts
    }

    @Test
    void aFileOfOnlyWhiteSpaceIsEmpty() throws IOException {
        Path blank = file("blank.txt", " \n\t\r\n  \n");
        Cli.Result r = new Cli().run("extract", blank.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: " + blank + ": empty file (only white space)\nfactx: 1 of 1 file skipped\n");
    }

    @Test
    void emptyStandardInputIsReported() {
        Cli.Result r = new Cli().stdin("").run("extract", "-");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: -: empty file\nfactx: 1 of 1 file skipped\n");
    }

    @Test
    void aFileWithNulBytesIsBinary() throws IOException {
        byte[] bytes = "PK\u0003\u0004 Exports rose 12% in 2018 \u0000\u0000 $4.5 billion".getBytes(StandardCharsets.ISO_8859_1);
        Path zip = file("archive.txt", bytes);
        Path good = file("good.txt", GOOD);
        Cli.Result r = new Cli().run("extract", "--format", "jsonl", zip.toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: " + zip + ": binary file (NUL bytes)\nfactx: 1 of 2 files skipped\n");
        assertThat(r.out()).doesNotContain("archive.txt").contains("good.txt");
    }

    @Test
    void mostlyControlOrUndecodableCharactersIsBinary() throws IOException {
        byte[] bytes = new byte[400];
        Random random = new Random(5);
        for (int i = 0; i < bytes.length; i++) {
            // control bytes and bytes that are neither UTF-8 nor windows-1252 letters, never NUL
            bytes[i] = (byte) (random.nextBoolean() ? 1 + random.nextInt(8) : 0x81);
        }
        Path noise = file("noise.txt", bytes);
        Cli.Result r = new Cli().run("extract", noise.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).matches("factx: \\Q" + noise + "\\E: binary file \\(\\d+% control or undecodable characters\\)\n"
                + "factx: 1 of 1 file skipped\n");
    }

    @Test
    void aFewStrayBytesInTextAreOnlyAWarning() throws IOException {
        byte[] text = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 1];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = (byte) 0xFF;
        Path stray = file("stray.txt", bytes);
        Cli.Result r = new Cli().run("extract", stray.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("factx: " + stray + ": 1 invalid UTF-8 sequence replaced\n");
        assertThat(lines(r.out())).isEqualTo(1 + 3);
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkIsTextDespiteItsZeroBytes() throws IOException {
        byte[] body = GOOD.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path utf16 = file("utf16.txt", bytes);
        Cli.Result r = new Cli().run("extract", utf16.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(lines(r.out())).isEqualTo(1 + 3);
    }

    @Test
    void aDirectoryWithoutRecursiveAndAMissingFileAreEachNamedOnce() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path missing = dir.resolve("missing.txt");
        Path good = file("good.txt", GOOD);
        Cli.Result r = new Cli().run("extract", sub.toString(), missing.toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: " + sub + ": is a directory (use --recursive)\n"
                + "factx: " + missing + ": No such file or directory\n"
                + "factx: 2 of 3 files skipped\n");
    }

    // --- --fail-fast ---

    @Test
    void failFastStopsAtTheFirstBadInputKeepingWhatWasWritten() throws IOException {
        Path first = file("a.txt", GOOD);
        Path empty = file("b.txt", "");
        Path last = file("c.txt", GOOD);
        Cli.Result r = new Cli().run("extract", "--fail-fast", "--format", "jsonl",
                first.toString(), empty.toString(), last.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: " + empty + ": empty file\n"
                + "factx: 1 of 2 files skipped (--fail-fast: stopped at the first)\n");
        assertThat(r.out()).contains(first.toString()).doesNotContain(last.toString());
        assertThat(lines(r.out())).isEqualTo(3);
    }

    @Test
    void failFastStopsARecursiveWalkToo() throws IOException {
        file("in/a.txt", "");
        file("in/b.txt", GOOD);
        Cli.Result r = new Cli().run("extract", "--fail-fast", "--recursive", "--format", "jsonl",
                dir.resolve("in").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).endsWith("factx: 1 of 1 file skipped (--fail-fast: stopped at the first)\n");
    }

    // --- --max-file-size ---

    @Test
    void aFileOverTheSizeLimitIsSkippedNamingBothSizes() throws IOException {
        Path big = file("big.txt", GOOD.repeat(100)); // 4,200 bytes
        Path good = file("good.txt", GOOD);
        Cli.Result r = new Cli().run("extract", "--max-file-size", "2k", big.toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: " + big + ": 4.1 KiB, larger than --max-file-size (2 KiB)\n"
                + "factx: 1 of 2 files skipped\n");
        assertThat(lines(r.out())).isEqualTo(1 + 3);
    }

    @Test
    void standardInputOverTheSizeLimitIsSkipped() {
        Cli.Result r = new Cli().stdin(GOOD.repeat(100)).run("extract", "--max-file-size", "1KiB");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(r.err()).isEqualTo("factx: -: larger than --max-file-size (1 KiB)\nfactx: 1 of 1 file skipped\n");
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException {
        Path p = file("exact.txt", GOOD);
        Cli.Result r = new Cli().run("extract", "--max-file-size", String.valueOf(GOOD.length()), p.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void sizesTakeBytesAndBinaryUnits() {
        Converters.SizeConverter c = new Converters.SizeConverter();
        assertThat(c.convert("1048576")).isEqualTo(1048576L);
        assertThat(c.convert("500k")).isEqualTo(500L * 1024);
        assertThat(c.convert("10M")).isEqualTo(10L << 20);
        assertThat(c.convert("64MiB")).isEqualTo(64L << 20);
        assertThat(c.convert("1GB")).isEqualTo(1L << 30);
    }

    @Test
    void aBadSizeIsAUsageError() {
        for (String bad : new String[] {"0", "-5", "12 parsecs", "3T", "4096G"}) {
            Cli.Result r = new Cli().run("extract", "--max-file-size", bad, "-");
            assertThat(r.exitCode()).as(bad).isEqualTo(ExitCodes.USAGE_ERROR);
            assertThat(r.err()).as(bad).contains("--max-file-size");
        }
    }

    // --- output integrity ---

    @Test
    void jsonLinesStayValidWhateverControlCharactersTheTextHolds() throws IOException {
        String text = "Exports\u0001 rose \u001B[31m12%\u0007 to $4.5 billion\u000B in \"2018\" \\ \u2028 ok.\n";
        Path p = file("ctrl.txt", text);
        Cli.Result r = new Cli().run("extract", "--format", "jsonl", p.toString());
        assertThat(r.exitCode()).isZero();
        JsonFactory json = new JsonFactory();
        int records = 0;
        for (String line : r.out().split("\n")) {
            try (JsonParser parser = json.createParser(line)) {
                while (parser.nextToken() != null) {
                    if (parser.currentToken() == JsonToken.FIELD_NAME && parser.currentName().equals("sentence")) {
                        parser.nextToken();
                        assertThat(parser.getText()).contains("\u0001").contains("\u001B[31m");
                    }
                }
            }
            records++;
        }
        assertThat(records).isPositive();
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralized() throws IOException {
        Path p = file("formula.txt", "=HYPERLINK(\"http://x\") Exports rose 12% in 2018.\n");
        Cli.Result guarded = new Cli().run("extract", p.toString());
        Cli.Result raw = new Cli().run("extract", "--no-formula-guard", p.toString());
        assertThat(guarded.out()).contains("\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
        assertThat(raw.out()).contains("\"=HYPERLINK(");
    }

    // --- a thousand good files and ten bad ones ---

    @Test
    void aThousandGoodFilesAndTenBadOnes() throws IOException {
        List<String> args = new ArrayList<>(List.of("extract", "--format", "jsonl", "--max-file-size", "1k"));
        List<Path> good = new ArrayList<>();
        List<String> expectedErrors = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Path p = file(String.format("in/good-%04d.txt", i),
                    "Exports rose " + (i % 90 + 1) + "% to $" + (i + 1) + " million in " + (1990 + i % 30) + ".\n");
            good.add(p);
            args.add(p.toString());
            if (i % 100 == 50) {
                // the bad ones stand among the good, each of a different kind
                int k = i / 100;
                Path bad = dir.resolve("in/bad-" + k + ".txt");
                String reason;
                switch (k % 5) {
                    case 0 -> reason = "No such file or directory";
                    case 1 -> {
                        file("in/bad-" + k + ".txt", "");
                        reason = "empty file";
                    }
                    case 2 -> {
                        file("in/bad-" + k + ".txt", new byte[] {'a', 0, 'b', 0});
                        reason = "binary file (NUL bytes)";
                    }
                    case 3 -> {
                        file("in/bad-" + k + ".txt", GOOD.repeat(40));
                        reason = "1.6 KiB, larger than --max-file-size (1 KiB)";
                    }
                    default -> {
                        bad = Files.createDirectories(dir.resolve("in/bad-dir-" + k));
                        reason = "is a directory (use --recursive)";
                    }
                }
                args.add(bad.toString());
                expectedErrors.add("factx: " + bad + ": " + reason);
            }
        }
        Cli.Result all = new Cli().run(args.toArray(String[]::new));

        assertThat(all.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        List<String> err = all.err().lines().toList();
        assertThat(err).hasSize(11);
        assertThat(err.subList(0, 10)).containsExactlyElementsOf(expectedErrors);
        assertThat(err.get(10)).isEqualTo("factx: 10 of 1,010 files skipped");

        // every fact of the good files, as each gives alone, in argument order
        StringBuilder alone = new StringBuilder();
        for (Path p : List.of(good.get(0), good.get(499), good.get(999))) {
            alone.append(new Cli().run("extract", "--format", "jsonl", p.toString()).out());
        }
        for (String line : alone.toString().split("\n")) {
            assertThat(all.out()).contains(line);
        }
        assertThat(lines(all.out())).isEqualTo(1000L * 3);
    }

    // --- bounded memory ---

    @Test
    void aFileOverTheStreamingSizeIsWrittenFactByFactWithEveryFact() throws IOException {
        int copies = Inputs.STREAMED_BYTES / GOOD.length() + 1000;
        Path big = file("big.txt", ("Markets\n\n" + GOOD).repeat(copies));
        Path small = file("small.txt", GOOD);
        Cli.Result r = new Cli().run("extract", "--jobs", "2", "--format", "jsonl", big.toString(), small.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(lines(r.out())).isEqualTo(3L * copies + 3);
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow()).contains("small.txt"); // order kept
    }

    @Test
    void anArticleOfOneHugeParagraphKeepsEveryFactPastTheRetainedTokens() throws IOException {
        // one line of about 300,000 tokens: its sentences are let go in batches as their facts are written
        int copies = 30_000;
        Path line = file("line.txt", GOOD.strip().concat(" ").repeat(copies));
        Cli.Result r = new Cli().run("extract", "--format", "jsonl", line.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(lines(r.out())).isEqualTo(3L * copies);
    }
}
