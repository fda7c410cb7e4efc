package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line: when it shows, what it says, and that it never mixes into messages or pipes. */
class ProgressLineTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter err = new StringWriter();
    private long now = 1_000 * SECOND;

    private ProgressLine line(boolean terminal, boolean forced) {
        return new ProgressLine(new PrintWriter(err), terminal, forced, () -> now);
    }

    @Test
    void onATerminalItWaitsTwoSecondsThenRedrawsInPlace() {
        ProgressLine p = line(true, false);
        p.total(4);
        now += SECOND;
        p.inputDone(1_000_000);
        assertThat(err.toString()).isEmpty(); // a short run shows nothing
        now += 2 * SECOND;
        p.facts(1234);
        p.inputDone(2_000_000);
        assertThat(err.toString()).isEqualTo("\r\033[Kfactx: 2 of 4 files, 3.0 MB, 1.0 MB/s, 1,234 facts, 0:03 left");
        now += SECOND / 10;
        p.inputDone(0);
        assertThat(err.toString()).doesNotContain("3 of 4"); // redrawn at most four times a second
        p.finished();
        assertThat(err.toString()).endsWith("\r\033[K");
    }

    @Test
    void clearingBeforeAMessageErasesAShownLineOnly() {
        ProgressLine p = line(true, true);
        p.clear();
        assertThat(err.toString()).isEmpty();
        p.inputDone(10);
        p.clear();
        assertThat(err.toString()).endsWith("\r\033[K");
    }

    @Test
    void askedForOffATerminalItWritesWholeLinesEveryFewSeconds() {
        ProgressLine p = line(false, true);
        p.inputDone(500_000);
        now += SECOND;
        p.inputDone(500_000);
        now += ProgressLine.LOG_INTERVAL_NANOS;
        p.inputDone(500_000);
        assertThat(err.toString()).isEqualTo("factx: 1 file, 0.5 MB, 0 facts\n"
                + "factx: 3 files, 1.5 MB, 0.3 MB/s, 0 facts\n");
        p.finished();
        assertThat(err.toString()).doesNotContain("\r"); // a log gets no terminal controls
    }

    @Test
    void theCommandLineShowsNoProgressIntoAPipeUnlessAskedAndNoneWhenQuiet(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Exports rose 12% in 2018.\n");
        assertThat(new Cli().run("extract", a.toString()).err()).isEmpty();
        assertThat(new Cli().run("extract", "--progress", a.toString()).err())
                .startsWith("factx: 1 of 1 file, 0.0 MB, ").endsWith(" 2 facts\n");
        assertThat(new Cli().run("extract", "--progress", "--quiet", a.toString()).err()).isEmpty();
    }
}
