package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.factx.TableFile;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sentence table as a test suite: every row of {@code text/sentences.tsv} is a paragraph
 * and the sentences {@link SentenceSplitter} must cut it into. See {@code text/README.md} for
 * the format. Adding a case means adding a row there, not code here.
 */
class SentenceSplitterTest {

    private static final String TABLE = "text/sentences.tsv";
    private static final String HEADER = "paragraph\tsentences";
    private static final String SEPARATOR = " || ";
    private static final int NAME_LENGTH = 60;
    /** Text around the paragraph when it is split as a region of a larger document. */
    private static final String BEFORE = "Unrelated heading\n\nA sentence before. ";
    private static final String AFTER = " A sentence after.\n\nTrailer";

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** One row: its line in the table, the paragraph (escapes decoded) and the expected sentences. */
    record Row(int line, String paragraph, List<String> sentences) {
    }

    @TestFactory
    Stream<DynamicTest> sentences() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Row> rows = read(problems);
        Stream<DynamicTest> broken = TableFile.malformed(problems);
        Stream<DynamicTest> cases = rows.stream().flatMap(row -> Stream.of(
                dynamicTest(name(row), source(row), () -> checkAlone(row)),
                dynamicTest(name(row) + " [inside a document]", source(row), () -> checkInside(row))));
        return Stream.concat(broken, cases);
    }

    @TestFactory
    Stream<DynamicTest> tableIsLargeEnough() {
        return Stream.of(dynamicTest("sentences.tsv has at least 40 rows", () ->
                assertThat(read(new ArrayList<>())).hasSizeGreaterThanOrEqualTo(40)));
    }

    /** The paragraph as the whole document. */
    private static void checkAlone(Row row) {
        List<Sentence> got = SPLITTER.split(row.paragraph(), 0, row.paragraph().length());
        compare(row, row.paragraph(), 0, row.paragraph().length(), got);
    }

    /** The paragraph as a region of a larger document: offsets must point into that document. */
    private static void checkInside(Row row) {
        String doc = BEFORE + row.paragraph() + AFTER;
        int from = BEFORE.length();
        int to = from + row.paragraph().length();
        compare(row, doc, from, to, SPLITTER.split(doc, from, to));
    }

    private static void compare(Row row, String doc, int from, int to, List<Sentence> got) {
        List<String> texts = got.stream().map(Sentence::text).toList();
        assertThat(texts)
                .withFailMessage(() -> report(row, texts))
                .containsExactlyElementsOf(row.sentences());
        int previousEnd = from;
        for (Sentence s : got) {
            assertThat(s.start()).as("start of '%s' (line %d)", s.text(), row.line()).isBetween(previousEnd, to);
            assertThat(s.end()).as("end of '%s' (line %d)", s.text(), row.line()).isBetween(s.start(), to);
            assertThat(Sentence.fold(doc, s.start(), s.end()))
                    .as("the text at the offsets of sentence '%s' (line %d)", s.text(), row.line())
                    .isEqualTo(s.text());
            previousEnd = s.end();
        }
    }

    private static String report(Row row, List<String> actual) {
        StringBuilder b = new StringBuilder(TABLE + ":" + row.line() + ": wrong sentences\n  paragraph: "
                + escape(row.paragraph()) + "\n  expected (" + row.sentences().size() + "):\n");
        row.sentences().forEach(s -> b.append("    | ").append(s).append('\n'));
        b.append("  actual (").append(actual.size()).append("):\n");
        actual.forEach(s -> b.append("    | ").append(s).append('\n'));
        return b.toString().stripTrailing();
    }

    private static String name(Row row) {
        String p = escape(row.paragraph());
        return "line " + row.line() + ": " + (p.length() <= NAME_LENGTH ? p : p.substring(0, NAME_LENGTH));
    }

    private static URI source(Row row) {
        return URI.create("classpath:/" + TABLE + "?line=" + row.line());
    }

    // ---------------------------------------------------------------------------------------
    // Reading the table

    private static List<Row> read(List<String> problems) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (TableFile.Line tableLine : TableFile.read(TABLE, HEADER, problems)) {
            int number = tableLine.number();
            String line = tableLine.text();
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                problems.add("line " + number + ": expected two non-empty tab-separated columns: '"
                        + line.replace("\t", "<TAB>") + "'");
                continue;
            }
            try {
                rows.add(new Row(number, unescape(f[0]), Arrays.stream(f[1].split(" \\|\\| ", -1)).map(String::strip).toList()));
            } catch (IllegalArgumentException e) {
                problems.add("line " + number + ": " + e.getMessage());
            }
        }
        return rows;
    }

    /** Decodes {@code \n}, {@code \r}, {@code \t} and {@code \\}; any other backslash is a table error. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i + 1 >= s.length()) {
                throw new IllegalArgumentException("a lone backslash at the end of the paragraph");
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case '\\' -> b.append('\\');
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " (use \\n, \\r, \\t or \\\\)");
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
