package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code factx timeline samples/*} in each format, compared byte for byte with
 * {@code src/test/resources/golden-timeline/samples.<format>}; {@code intended.md} there says by
 * hand which events the samples hold. Run with {@code -Dgolden.update=true} to rewrite the
 * expected files and review the diff.
 */
class TimelineGoldenTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path EXPECTED = BASEDIR.resolve("src/test/resources/golden-timeline");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> samplesTimeline() throws IOException {
        List<String> args = new ArrayList<>(List.of("timeline", "--format", "FORMAT"));
        try (Stream<Path> samples = Files.list(BASEDIR.resolve("samples"))) {
            samples.map(p -> BASEDIR.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".txt") || n.endsWith(".html")).sorted().forEach(args::add);
        }
        assertThat(args).hasSizeGreaterThan(3);
        return Stream.of("csv", "jsonl", "md").map(format -> dynamicTest("samples." + format, () -> {
            args.set(2, format);
            Cli.Result r = new Cli().run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isZero();
            Path expected = EXPECTED.resolve("samples." + format);
            if (UPDATE) {
                Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
                System.out.println("golden: rewrote " + BASEDIR.relativize(expected));
                return;
            }
            assertThat(r.out()).as("timeline of samples/ as %s; if the change is intended, rerun with"
                    + " -Dgolden.update=true and review the diff", format)
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }));
    }
}
