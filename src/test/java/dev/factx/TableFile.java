package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Reads a tab-separated table of examples from the test classpath, the way every table test
 * here does: {@code #} lines and blank lines skipped, the first other line the header (checked),
 * then one data line a row, each with its line number so a failing row can be named.
 */
public final class TableFile {

    /** A data line of a table and where it stands. */
    public record Line(int number, String text, String[] fields) {
    }

    private TableFile() {
    }

    /**
     * The data lines of {@code resource}; a missing or wrong header is added to {@code problems}.
     *
     * @param header the exact header line the table must have
     */
    public static List<Line> read(String resource, String header, List<String> problems) throws IOException {
        List<Line> lines = new ArrayList<>();
        boolean headerSeen = false;
        int number = 0;
        try (InputStream in = TableFile.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (!line.equals(header)) {
                        problems.add("line " + number + ": the first line must be the header '"
                                + header.replace("\t", "<TAB>") + "'");
                    }
                    continue;
                }
                lines.add(new Line(number, line, line.split("\t", -1)));
            }
        }
        if (!headerSeen) {
            problems.add(resource + ": no header line");
        }
        return lines;
    }

    /** One failing test per problem found in a table ("malformed line 12"), so a bad row is seen, not skipped. */
    public static Stream<DynamicTest> malformed(List<String> problems) {
        return problems.stream().map(p -> DynamicTest.dynamicTest(
                "malformed " + (p.contains(": ") ? p.substring(0, p.indexOf(": ")) : p), () -> {
                    throw new AssertionError(p);
                }));
    }
}
