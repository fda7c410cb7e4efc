package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --jobs N} changes how fast, never what: the real extractor over the samples and bad
 * inputs mixed among them gives the same standard output bytes, the same messages in the same
 * order and the same exit code with one job as with several.
 */
class JobsTest {

    @TempDir
    Path dir;

    private final List<String> inputs = new ArrayList<>();

    /** Each sample a few times over, with an empty, a binary and a missing file among them. */
    @BeforeEach
    void corpus() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThan(3);
        for (int copy = 0; copy < 3; copy++) {
            for (Path sample : samples) {
                Path target = dir.resolve("c" + copy + "-" + sample.getFileName());
                Files.copy(sample, target);
                inputs.add(target.toString());
            }
            if (copy == 0) {
                inputs.add(Files.writeString(dir.resolve("empty.txt"), "").toString());
            } else if (copy == 1) {
                inputs.add(Files.write(dir.resolve("zip.txt"), "PK\u0003\u0004\u0000\u0000 rose 12%".getBytes(StandardCharsets.ISO_8859_1)).toString());
            } else {
                inputs.add(dir.resolve("missing.txt").toString());
            }
        }
    }

    private Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(inputs);
        return new Cli().run(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "jsonl", "json"})
    void twoJobsWriteTheSameBytesAsOne(String format) {
        Cli.Result one = run("extract", "--format", format, "--jobs", "1");
        Cli.Result two = run("extract", "--format", format, "--jobs", "2");
        Cli.Result many = run("extract", "--format", format, "--jobs", "7");
        assertThat(one.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(one.out().lines().count()).isGreaterThan(500);
        assertThat(one.err()).contains("empty.txt: empty file", "zip.txt: binary file", "missing.txt: No such file",
                "factx: 3 of 27 files skipped");
        for (Cli.Result other : List.of(two, many)) {
            assertThat(other.out()).isEqualTo(one.out());
            assertThat(other.err()).isEqualTo(one.err());
            assertThat(other.exitCode()).isEqualTo(one.exitCode());
        }
    }

    @Test
    void theTimelineIsTheSameWithJobs() {
        Cli.Result one = run("timeline", "--jobs", "1");
        Cli.Result two = run("timeline", "--jobs", "2");
        assertThat(one.out()).isNotEmpty().isEqualTo(two.out());
        assertThat(two.err()).isEqualTo(one.err());
    }

    @Test
    void failFastStopsAtTheSameInputWithJobs() {
        Cli.Result one = run("extract", "--fail-fast", "--jobs", "1");
        Cli.Result two = run("extract", "--fail-fast", "--jobs", "2");
        assertThat(one.err()).endsWith("factx: 1 of 9 files skipped (--fail-fast: stopped at the first)\n");
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(two.err()).isEqualTo(one.err());
    }

    @Test
    void aNumberOfJobsOutsideOneTo256IsAUsageError() {
        for (String bad : List.of("0", "-1", "257", "two")) {
            Cli.Result r = new Cli().run("extract", "--jobs", bad, "x.txt");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE_ERROR);
            assertThat(r.err()).startsWith("factx: invalid value for option '--jobs': invalid number of jobs '" + bad + "'");
        }
    }
}
