package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.model.Qualifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The example corpus as a test suite: every sentence of {@code corpus/en/<kind>.tsv} must give
 * exactly the facts of that kind its rows list, and every line of
 * {@code corpus/en/<kind>.negative.txt} must give none. See {@code corpus/README.md} for the
 * file format. Adding a rule means adding lines there, not code here.
 */
class CorpusTest {

    /** Year-less and relative dates in the tables resolve against this day. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2019, 6, 15);

    private static final String CORPUS_DIR = "corpus/en";
    private static final String TABLE_SUFFIX = ".tsv";
    private static final String NEGATIVE_SUFFIX = ".negative.txt";
    private static final String HEADER = "sentence\ttext\tvalue\tunit\tqualifier\tdate";
    /** The date table adds the {@code mod} field (early, mid, late) as a seventh column. */
    private static final String HEADER_WITH_MOD = HEADER + "\tmod";
    private static final int FIELDS = 6;
    private static final Set<String> MODS = Set.of("early", "mid", "late");
    private static final int NAME_LENGTH = 60;
    /** Values are compared after rounding both sides to this many decimals (1/3 is 0.3333). */
    private static final int SCALE = 4;
    /** Written for null in the value, unit and date columns. */
    private static final String NONE = "-";

    private static final Extractor EXTRACTOR =
            new Extractor(ExtractOptions.defaults().withReferenceDate(REFERENCE_DATE));

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException {
        Path dir = corpusDirectory();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        Map<Kind, Table> tables = new EnumMap<>(Kind.class);
        Map<Kind, NegativeList> negatives = new EnumMap<>(Kind.class);
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(NEGATIVE_SUFFIX)) {
                NegativeList list = NegativeList.read(file, kindOf(name, NEGATIVE_SUFFIX));
                negatives.put(list.kind(), list);
                nodes.add(dynamicContainer(name, list.tests()));
            } else if (name.endsWith(TABLE_SUFFIX)) {
                Table table = Table.read(file, kindOf(name, TABLE_SUFFIX));
                tables.put(table.kind(), table);
                nodes.add(dynamicContainer(name, table.tests()));
            } else {
                // A stray file is most likely a misnamed table that would otherwise never run.
                nodes.add(dynamicTest("corpus: unexpected file " + name, sourceOf(name, 0), () -> {
                    throw new AssertionError("corpus/en/" + name + " is neither <kind>" + TABLE_SUFFIX
                            + " nor <kind>" + NEGATIVE_SUFFIX + "; rename it or move it out");
                }));
            }
        }
        nodes.add(0, dynamicTest("corpus: every kind has a table and a negative list",
                () -> checkCoverage(tables, negatives)));
        return nodes.stream();
    }

    /** Every kind must be exercised both ways, and no sentence may be both expected and forbidden. */
    private static void checkCoverage(Map<Kind, Table> tables, Map<Kind, NegativeList> negatives) {
        Set<Kind> all = EnumSet.allOf(Kind.class);
        assertThat(tables.keySet()).as("kinds with a corpus/en/<kind>.tsv table").containsAll(all);
        assertThat(negatives.keySet()).as("kinds with a corpus/en/<kind>.negative.txt list").containsAll(all);
        for (Kind kind : all) {
            assertThat(tables.get(kind).rowCount()).as("rows in %s.tsv", kind.id()).isPositive();
            assertThat(negatives.get(kind).sentences()).as("sentences in %s.negative.txt", kind.id()).isNotEmpty();
            Set<String> both = new HashSet<>(tables.get(kind).sentences());
            both.retainAll(negatives.get(kind).sentences());
            assertThat(both).as("sentences both in %s.tsv and %s.negative.txt", kind.id(), kind.id()).isEmpty();
        }
    }

    private static Path corpusDirectory() {
        URL url = CorpusTest.class.getClassLoader().getResource(CORPUS_DIR);
        assertThat(url).as("test resource directory %s on the classpath", CORPUS_DIR).isNotNull();
        assertThat(url.getProtocol()).as("protocol of %s (must be a plain directory)", url).isEqualTo("file");
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        }
    }

    private static Kind kindOf(String fileName, String suffix) {
        String id = fileName.substring(0, fileName.length() - suffix.length());
        try {
            return Kind.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("corpus/en/" + fileName + ": '" + id + "' is not a kind; expected one of "
                    + Stream.of(Kind.values()).map(Kind::id).collect(Collectors.joining(", ")), e);
        }
    }

    private static List<Fact> factsOf(Kind kind, String sentence) {
        return EXTRACTOR.extract("corpus", sentence, false).stream()
                .filter(f -> f.kind() == kind)
                .toList();
    }

    private static String testName(Kind kind, String sentence) {
        return kind.id() + ": " + (sentence.length() <= NAME_LENGTH ? sentence : sentence.substring(0, NAME_LENGTH));
    }

    /** A source URI an IDE can open at the row (JUnit's {@code ClasspathResourceSource}). */
    private static URI sourceOf(String fileName, int line) {
        return URI.create("classpath:/" + CORPUS_DIR + "/" + fileName + (line > 0 ? "?line=" + line : ""));
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    private static boolean isComment(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#");
    }

    // ---------------------------------------------------------------------------------------
    // The figure as the tables spell it, and its comparison with an extracted fact.

    /**
     * The compared fields of one fact; value is null for dates and vague amounts, mod is null
     * where the table has no mod column (or the date no modifier).
     */
    record Figure(String text, BigDecimal value, String unit, Qualifier qualifier, String date, String mod) {

        static Figure of(Fact fact, boolean withMod) {
            return new Figure(fact.text(), fact.value(), fact.unit(), fact.qualifier(), fact.date(),
                    withMod ? fact.mod() : null);
        }

        /** Orders nothing: 0 when two figures agree on every compared field, else non-zero. */
        static final Comparator<Figure> SAME = (a, b) -> a.sameAs(b) ? 0 : 1;

        boolean sameAs(Figure other) {
            return Objects.equals(text, other.text)
                    && sameValue(value, other.value)
                    && Objects.equals(unit, other.unit)
                    && qualifier == other.qualifier
                    && Objects.equals(date, other.date)
                    && Objects.equals(mod, other.mod);
        }

        private static boolean sameValue(BigDecimal a, BigDecimal b) {
            if (a == null || b == null) {
                return a == b;
            }
            return a.setScale(SCALE, RoundingMode.HALF_UP).compareTo(b.setScale(SCALE, RoundingMode.HALF_UP)) == 0;
        }

        List<String> cells() {
            return List.of("'" + text + "'", show(value), show(unit),
                    qualifier == null ? "null" : qualifier.id(), show(date), show(mod));
        }

        private static String show(Object o) {
            if (o == null) {
                return NONE;
            }
            return o instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : o.toString();
        }
    }

    /**
     * Expected and actual figures side by side, one pair per position, a {@code ✗} on each pair that
     * differs, so the wrong field shows at a glance.
     */
    static String report(String where, String sentence, List<Figure> expected, List<Fact> actual, boolean withMod) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("", "", "text", "value", "unit", "qualifier", "date", "mod", "rule"));
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            Figure want = i < expected.size() ? expected.get(i) : null;
            Fact got = i < actual.size() ? actual.get(i) : null;
            boolean same = want != null && got != null && want.sameAs(Figure.of(got, withMod));
            table.add(row(same ? " " : "✗", "expected", want == null ? null : want.cells(), ""));
            table.add(row(" ", "actual", got == null ? null : Figure.of(got, withMod).cells(), got == null ? "" : got.rule()));
        }
        int[] width = new int[table.get(0).size()];
        for (List<String> r : table) {
            for (int c = 0; c < r.size(); c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder()
                .append(where).append(": wrong facts (expected ").append(expected.size())
                .append(", got ").append(actual.size()).append(")\n  sentence: ").append(sentence).append('\n');
        for (List<String> r : table) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < r.size(); c++) {
                line.append(String.format("%-" + width[c] + "s", r.get(c))).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static List<String> row(String mark, String side, List<String> cells, String rule) {
        List<String> r = new ArrayList<>(List.of(mark, side));
        r.addAll(cells == null ? List.of("(none)", "", "", "", "", "") : cells);
        r.add(rule == null ? "" : rule);
        return r;
    }

    // ---------------------------------------------------------------------------------------
    // <kind>.tsv

    /** One row of a table, as written (mod null without a mod column); checked against its sentence before it is used. */
    record Row(int line, String sentence, String text, String value, String unit, String qualifier, String date, String mod) {}

    /**
     * A parsed {@code <kind>.tsv}: rows grouped by sentence in file order, whether it has the mod
     * column, and the lines that did not parse.
     */
    record Table(Kind kind, String fileName, Map<String, List<Row>> bySentence, boolean withMod, List<String> malformed) {

        static Table read(Path file, Kind kind) throws IOException {
            String fileName = file.getFileName().toString();
            Map<String, List<Row>> bySentence = new LinkedHashMap<>();
            List<String> malformed = new ArrayList<>();
            boolean headerSeen = false;
            boolean withMod = false;
            int fields = FIELDS;
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int number = i + 1;
                if (isComment(line)) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    withMod = kind == Kind.DATE;
                    String header = withMod ? HEADER_WITH_MOD : HEADER;
                    fields = withMod ? FIELDS + 1 : FIELDS;
                    if (!line.strip().equals(header)) {
                        malformed.add(fileName + ":" + number + ": the first line must be the header '"
                                + header.replace("\t", "<TAB>") + "', found '" + line + "'");
                    }
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != fields) {
                    malformed.add(fileName + ":" + number + ": expected " + fields + " tab-separated fields, found "
                            + f.length + ": '" + line.replace("\t", "<TAB>") + "'");
                    continue;
                }
                Row row = new Row(number, f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip(),
                        f[5].strip(), withMod ? f[6].strip() : null);
                bySentence.computeIfAbsent(row.sentence(), s -> new ArrayList<>()).add(row);
            }
            if (!headerSeen) {
                malformed.add(fileName + ": no header line");
            }
            return new Table(kind, fileName, bySentence, withMod, malformed);
        }

        Set<String> sentences() {
            return bySentence.keySet();
        }

        int rowCount() {
            return bySentence.values().stream().mapToInt(List::size).sum();
        }

        Stream<DynamicNode> tests() {
            Stream<DynamicNode> broken = malformed.stream().map(problem ->
                    dynamicTest(kind.id() + ": malformed line " + problem.substring(0, problem.indexOf(": ")),
                            sourceOf(fileName, 0), () -> {
                                throw new AssertionError(problem);
                            }));
            Stream<DynamicNode> sentences = bySentence.entrySet().stream().map(e -> {
                String sentence = e.getKey();
                List<Row> rows = e.getValue();
                return dynamicTest(testName(kind, sentence), sourceOf(fileName, rows.get(0).line()),
                        () -> check(sentence, rows));
            });
            return Stream.concat(broken, sentences);
        }

        private void check(String sentence, List<Row> rows) {
            List<Figure> expected = expectedFigures(sentence, rows);
            List<Fact> actual = factsOf(kind, sentence);
            String where = fileName + ":" + rows.get(0).line();
            assertThat(actual.stream().map(f -> Figure.of(f, withMod)).toList())
                    .usingElementComparator(Figure.SAME)
                    .withFailMessage(() -> report(where, sentence, expected, actual, withMod))
                    .containsExactlyElementsOf(expected);
        }

        /**
         * Turns the rows into figures, failing on any row the table itself gets wrong: a span
         * that is not in the sentence (or not after the previous row's), a value that is not a
         * number, an unknown qualifier, a date on a non-date kind. A typo must not pass silently.
         */
        private List<Figure> expectedFigures(String sentence, List<Row> rows) {
            List<String> problems = new ArrayList<>();
            List<Figure> figures = new ArrayList<>();
            int from = 0;
            for (Row row : rows) {
                String at = fileName + ":" + row.line() + ": ";
                int start = row.text().isEmpty() ? -1 : sentence.indexOf(row.text(), from);
                if (start < 0) {
                    problems.add(at + (sentence.contains(row.text()) && !row.text().isEmpty()
                            ? "text '" + row.text() + "' occurs only before the previous row's span;"
                                    + " rows must follow the order of the sentence"
                            : "text '" + row.text() + "' does not occur in the sentence"));
                } else {
                    from = start + 1;
                }
                BigDecimal value = null;
                if (!row.value().equals(NONE)) {
                    try {
                        value = new BigDecimal(row.value());
                    } catch (NumberFormatException e) {
                        problems.add(at + "value '" + row.value() + "' is not a plain decimal or '-'");
                    }
                }
                Qualifier qualifier = null;
                try {
                    qualifier = Qualifier.fromId(row.qualifier());
                } catch (IllegalArgumentException e) {
                    problems.add(at + "qualifier '" + row.qualifier() + "' is not exact, approx, min or max");
                }
                if (kind == Kind.DATE) {
                    if (row.date().equals(NONE)) {
                        problems.add(at + "a date row needs a date value");
                    }
                    if (value != null || !row.unit().equals(NONE)) {
                        problems.add(at + "a date row has '-' for value and unit");
                    }
                } else {
                    if (!row.date().equals(NONE)) {
                        problems.add(at + "only date rows have a date; write '-'");
                    }
                    if (row.unit().equals(NONE)) {
                        problems.add(at + "a " + kind.id() + " row needs a unit");
                    }
                }
                if (row.mod() != null && !row.mod().equals(NONE) && !MODS.contains(row.mod())) {
                    problems.add(at + "mod '" + row.mod() + "' is not early, mid, late or '-'");
                }
                figures.add(new Figure(row.text(), value, nullIfNone(row.unit()), qualifier, nullIfNone(row.date()),
                        row.mod() == null ? null : nullIfNone(row.mod())));
            }
            assertThat(problems)
                    .withFailMessage(() -> "the table is wrong, fix it first:\n  sentence: " + sentence + "\n  "
                            + String.join("\n  ", problems))
                    .isEmpty();
            return figures;
        }

        private static String nullIfNone(String s) {
            return s.equals(NONE) ? null : s;
        }
    }

    // ---------------------------------------------------------------------------------------
    // <kind>.negative.txt

    /** A parsed {@code <kind>.negative.txt}: sentences (with their line) that must give no fact of the kind. */
    record NegativeList(Kind kind, String fileName, Map<String, Integer> lineOf) {

        static NegativeList read(Path file, Kind kind) throws IOException {
            Map<String, Integer> lineOf = new LinkedHashMap<>();
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (!isComment(lines.get(i))) {
                    lineOf.putIfAbsent(lines.get(i).strip(), i + 1);
                }
            }
            return new NegativeList(kind, file.getFileName().toString(), lineOf);
        }

        Set<String> sentences() {
            return lineOf.keySet();
        }

        Stream<DynamicNode> tests() {
            return lineOf.entrySet().stream().map(e -> {
                String sentence = e.getKey();
                int line = e.getValue();
                Executable check = () -> {
                    List<Fact> found = factsOf(kind, sentence);
                    assertThat(found)
                            .withFailMessage(() -> report(fileName + ":" + line + " (must give no " + kind.id()
                                    + " fact)", sentence, List.of(), found, false))
                            .isEmpty();
                };
                DynamicTest test = dynamicTest(testName(kind, sentence), sourceOf(fileName, line), check);
                return test;
            });
        }
    }
}
