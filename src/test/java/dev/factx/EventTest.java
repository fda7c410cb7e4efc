package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The events table as a test suite: for each row of {@code corpus/events/en.tsv}, the date with
 * the row's span must carry the row's event word (or none), extracted with the reference date
 * 2019-06-15. Adding a case means adding a row there, not code here.
 */
class EventTest {

    private static final String TABLE = "corpus/events/en.tsv";
    private static final String HEADER = "text\tspan\tevent";
    private static final String NONE = "-";

    private static final Extractor EXTRACTOR =
            new Extractor(ExtractOptions.defaults().withReferenceDate(AttributionTest.REFERENCE_DATE));

    record Row(int line, String text, String span, String event) {
    }

    @TestFactory
    Stream<DynamicTest> events() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Row> rows = read(problems);
        Stream<DynamicTest> broken = TableFile.malformed(problems);
        Stream<DynamicTest> cases = rows.stream().map(row -> dynamicTest(row.span() + " | " + row.text(),
                URI.create("classpath:/" + TABLE + "?line=" + row.line()), () -> check(row)));
        Stream<DynamicTest> both = Stream.of(dynamicTest("the table has events and non-events", () -> {
            assertThat(rows).anyMatch(r -> r.event() == null);
            assertThat(rows).anyMatch(r -> r.event() != null);
        }));
        return Stream.of(broken, both, cases).flatMap(s -> s);
    }

    private static void check(Row row) {
        List<Fact> facts = EXTRACTOR.extract("events", row.text(), false);
        int start = row.text().codePointCount(0, row.text().indexOf(row.span()));
        int end = start + row.span().codePointCount(0, row.span().length());
        String where = TABLE + ":" + row.line();
        Fact date = facts.stream().filter(f -> f.kind() == Kind.DATE && f.start() == start && f.end() == end)
                .findFirst().orElse(null);
        assertThat(date)
                .withFailMessage(() -> where + ": no date with the span '" + row.span() + "'\n  text: " + row.text()
                        + "\n  dates found: " + facts.stream().filter(f -> f.kind() == Kind.DATE)
                                .map(f -> "'" + f.text() + "'").collect(Collectors.joining(", ")))
                .isNotNull();
        assertThat(Objects.equals(date.event(), row.event()))
                .withFailMessage(() -> where + ": '" + row.span() + "' in: " + row.text() + "\n  expected event "
                        + (row.event() == null ? NONE : row.event()) + ", actual "
                        + (date.event() == null ? NONE : date.event()))
                .isTrue();
    }

    private static List<Row> read(List<String> problems) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (TableFile.Line tableLine : TableFile.read(TABLE, HEADER, problems)) {
            String[] f = tableLine.text().split("\t", -1);
            String at = "line " + tableLine.number() + ": ";
            if (f.length != 3) {
                problems.add(at + "expected 3 tab-separated fields, found " + f.length);
                continue;
            }
            String text = f[0].strip();
            String span = f[1].strip();
            int first = span.isEmpty() ? -1 : text.indexOf(span);
            if (first < 0 || text.indexOf(span, first + 1) >= 0) {
                problems.add(at + "span '" + span + "' must occur exactly once in the text");
                continue;
            }
            String event = f[2].strip();
            rows.add(new Row(tableLine.number(), text, span, event.equals(NONE) ? null : event));
        }
        return rows;
    }
}
