package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.factx.model.Fact;
import dev.factx.model.Qualifier;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The attribution table as a test suite: for each row of {@code corpus/attribution/en.tsv}, the
 * figure with the row's span must carry the row's period, metric and qualifier when the text is
 * extracted with the reference date 2019-06-15. See {@code text/README.md} for the format.
 * Adding a case means adding a row there, not code here.
 */
class AttributionTest {

    static final LocalDate REFERENCE_DATE = LocalDate.of(2019, 6, 15);

    private static final String TABLE = "corpus/attribution/en.tsv";
    private static final String HEADER = "text\tspan\tperiod\tmetric\tqualifier";
    private static final String NONE = "-";
    private static final int NAME_LENGTH = 60;
    private static final Set<String> METRICS = Set.of("trade", "investment", "financing", "growth", "share",
            "companies", "people", "countries", "other");
    private static final java.util.regex.Pattern PERIOD =
            java.util.regex.Pattern.compile("\\d{4}(-(\\d{2}(-\\d{2})?|Q[1-4]|H[12]|SP|SU|FA|WI))?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");

    private static final Extractor EXTRACTOR =
            new Extractor(ExtractOptions.defaults().withReferenceDate(REFERENCE_DATE));

    /** One row as written: the expectations, with null for {@code -}. */
    record Row(int line, String text, String span, String period, String metric, String qualifier) {
    }

    @TestFactory
    Stream<DynamicTest> attribution() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Row> rows = read(problems);
        Stream<DynamicTest> broken = TableFile.malformed(problems);
        Stream<DynamicTest> cases = rows.stream().map(row -> dynamicTest(name(row),
                URI.create("classpath:/" + TABLE + "?line=" + row.line()), () -> check(row)));
        Stream<DynamicTest> size = Stream.of(dynamicTest("the table has at least 60 rows",
                () -> assertThat(rows).hasSizeGreaterThanOrEqualTo(60)));
        return Stream.of(broken, size, cases).flatMap(s -> s);
    }

    private static void check(Row row) {
        List<Fact> facts = EXTRACTOR.extract("attribution", row.text(), false);
        int start = row.text().codePointCount(0, row.text().indexOf(row.span()));
        int end = start + row.span().codePointCount(0, row.span().length());
        Fact fact = facts.stream().filter(f -> f.start() == start && f.end() == end).findFirst().orElse(null);
        String where = TABLE + ":" + row.line();
        assertThat(fact)
                .withFailMessage(() -> where + ": no fact with the span '" + row.span() + "'\n  text: " + row.text()
                        + "\n  facts found:\n" + list(facts))
                .isNotNull();
        boolean same = Objects.equals(fact.period(), row.period())
                && Objects.equals(fact.metric(), row.metric())
                && fact.qualifier().id().equals(row.qualifier());
        assertThat(same)
                .withFailMessage(() -> where + ": wrong attribution of '" + row.span() + "' (" + fact.kind().id()
                        + ", rule " + fact.rule() + ")\n  text: " + row.text()
                        + "\n  " + mark(row.period(), fact.period()) + " period     expected " + show(row.period())
                        + ", actual " + show(fact.period())
                        + "\n  " + mark(row.metric(), fact.metric()) + " metric     expected " + show(row.metric())
                        + ", actual " + show(fact.metric())
                        + "\n  " + mark(row.qualifier(), fact.qualifier().id()) + " qualifier  expected " + row.qualifier()
                        + ", actual " + fact.qualifier().id())
                .isTrue();
    }

    private static String mark(String expected, String actual) {
        return Objects.equals(expected, actual) ? " " : "✗";
    }

    private static String show(String s) {
        return s == null ? NONE : s;
    }

    private static String list(List<Fact> facts) {
        if (facts.isEmpty()) {
            return "    (none)";
        }
        return facts.stream()
                .map(f -> "    '" + f.text() + "' " + f.kind().id() + " [" + f.start() + "," + f.end() + ") period "
                        + show(f.period()) + ", metric " + show(f.metric()) + ", " + f.qualifier().id())
                .collect(Collectors.joining("\n"));
    }

    private static String name(Row row) {
        String t = row.text();
        return row.span() + " | " + (t.length() <= NAME_LENGTH ? t : t.substring(0, NAME_LENGTH));
    }

    // ---------------------------------------------------------------------------------------
    // Reading the table; a row the table itself gets wrong fails before the extractor runs.

    private static List<Row> read(List<String> problems) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (TableFile.Line tableLine : TableFile.read(TABLE, HEADER, problems)) {
            int number = tableLine.number();
            String line = tableLine.text();
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                problems.add("line " + number + ": expected 5 tab-separated fields, found " + f.length + ": '"
                        + line.replace("\t", "<TAB>") + "'");
                continue;
            }
            String text = f[0].strip();
            String span = f[1].strip();
            String period = f[2].strip();
            String metric = f[3].strip();
            String qualifier = f[4].strip();
            String at = "line " + number + ": ";
            int first = span.isEmpty() ? -1 : text.indexOf(span);
            if (first < 0) {
                problems.add(at + "span '" + span + "' does not occur in the text");
                continue;
            }
            if (text.indexOf(span, first + 1) >= 0) {
                problems.add(at + "span '" + span + "' occurs more than once in the text; make it unique");
                continue;
            }
            if (!period.equals(NONE) && !PERIOD.matcher(period).matches()) {
                problems.add(at + "period '" + period + "' is not a TIMEX3 value such as 2017, 2019-03, 2019-Q1 or 2014/2016");
                continue;
            }
            if (!METRICS.contains(metric)) {
                problems.add(at + "metric '" + metric + "' is not one of " + METRICS);
                continue;
            }
            try {
                Qualifier.fromId(qualifier);
            } catch (IllegalArgumentException e) {
                problems.add(at + "qualifier '" + qualifier + "' is not exact, approx, min or max");
                continue;
            }
            rows.add(new Row(number, text, span, period.equals(NONE) ? null : period, metric, qualifier));
        }
        return rows;
    }
}
