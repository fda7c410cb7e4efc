package dev.factx.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.output.CsvFactWriter;
import dev.factx.output.FactWriter;
import dev.factx.output.PlainNumbers;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example in Spark local mode over factx's {@code samples/}: its rows must be the facts the
 * library gives for the same files, in the same order, the CSV cell for cell as factx writes it.
 */
class ExtractFactsTest {

    private static final Path SAMPLES = Path.of(System.getProperty("factx.samples", "../../samples"))
            .toAbsolutePath().normalize();

    private static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .appName("factx example test")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void csvHoldsTheLibrarysFactsInPathAndDocumentOrder() throws IOException {
        Path out = temp.resolve("facts-csv");
        ExtractFacts.Summary summary = ExtractFacts.run(spark,
                ExtractFacts.Arguments.parse("--partitions", "3", SAMPLES.toString(), out.toString()));

        List<Path> samples = samples();
        StringWriter expectedCsv = new StringWriter();
        FactWriter writer = new CsvFactWriter(expectedCsv, true);
        Extractor extractor = new Extractor(ExtractOptions.defaults());
        long facts = 0;
        for (Path sample : samples) {
            for (Fact fact : extractor.extract(sparkName(sample), Files.readAllBytes(sample))) {
                writer.write(fact);
                facts++;
            }
        }
        writer.finish();
        List<List<String>> expected = records(new StringReader(expectedCsv.toString()));

        List<List<String>> actual = new ArrayList<>();
        List<Path> parts = partFiles(out, ".csv");
        assertFalse(parts.isEmpty(), "no CSV part files in " + out);
        for (Path part : parts) {
            try (Reader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                actual.addAll(records(in));
            }
        }
        assertEquals(expected.size(), actual.size(), "fact count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "fact " + i);
        }
        assertEquals(new ExtractFacts.Summary(samples.size(), facts, 0), summary);
    }

    @Test
    void parquetHasTheSchemaOfFactFieldsAndKeepsTheSelectedKinds() throws IOException {
        Path out = temp.resolve("facts-parquet");
        ExtractFacts.run(spark, ExtractFacts.Arguments.parse("--format", "parquet", "--kinds", "money,date",
                "--reference-date", "2019-06-15", SAMPLES.toString(), out.toString()));

        Dataset<Row> rows = spark.read().parquet(out.toString());
        List<String> columns = Stream.of(rows.schema().fields()).map(StructField::name).toList();
        assertEquals(Fact.FIELDS, columns);
        assertEquals("integer", rows.schema().apply("start").dataType().typeName());
        assertEquals("string", rows.schema().apply("value").dataType().typeName());

        Extractor extractor = new Extractor(ExtractOptions.defaults()
                .withKinds(EnumSet.of(Kind.MONEY, Kind.DATE))
                .withReferenceDate(java.time.LocalDate.of(2019, 6, 15)));
        List<String> expected = new ArrayList<>();
        for (Path sample : samples()) {
            for (Fact fact : extractor.extract(sparkName(sample), Files.readAllBytes(sample))) {
                expected.add(String.join("|", fact.file(), String.valueOf(fact.start()), fact.kind().id(),
                        fact.value() == null ? "null" : PlainNumbers.format(fact.value()), String.valueOf(fact.date())));
            }
        }
        List<String> actual = new ArrayList<>();
        for (Row row : rows.select("file", "start", "kind", "value", "date").collectAsList()) {
            actual.add(String.join("|", row.getString(0), String.valueOf(row.getInt(1)), row.getString(2),
                    String.valueOf(row.getString(3)), String.valueOf(row.getString(4))));
        }
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
    }

    @Test
    void argumentsAreCheckedBeforeSparkStarts() {
        ExtractFacts.Arguments defaults = ExtractFacts.Arguments.parse("in", "out");
        assertEquals(ExtractFacts.Format.CSV, defaults.format());
        assertTrue(defaults.formulaGuard());
        assertTrue(defaults.kinds().isEmpty());
        assertEquals("unknown kind 'cats'",
                assertThrows(IllegalArgumentException.class,
                        () -> ExtractFacts.Arguments.parse("--kinds", "money,cats", "in", "out")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExtractFacts.Arguments.parse("--format", "xml", "in", "out"));
        assertThrows(IllegalArgumentException.class, () -> ExtractFacts.Arguments.parse("--partitions", "0", "in", "out"));
        assertThrows(IllegalArgumentException.class, () -> ExtractFacts.Arguments.parse("--reference-date", "2019-13-01", "in", "out"));
        assertThrows(IllegalArgumentException.class, () -> ExtractFacts.Arguments.parse("in"));
    }

    @Test
    void readsTheFilesFactxReadsFromADirectory() {
        assertTrue(ExtractFacts.isArticle("hdfs://nn/news/a.HTML"));
        assertTrue(ExtractFacts.isArticle("file:/data/b.text"));
        assertFalse(ExtractFacts.isArticle("file:/data/_SUCCESS"));
        assertFalse(ExtractFacts.isArticle("file:/data/html/notes.md"));
    }

    /** The samples the example reads, in the order of the names Spark gives them. */
    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> ExtractFacts.isArticle(p.toString()))
                    .sorted((a, b) -> sparkName(a).compareTo(sparkName(b))).toList();
        }
    }

    /** How binaryFiles names a local file. */
    private static String sparkName(Path file) {
        return "file:" + file.toAbsolutePath();
    }

    private static List<Path> partFiles(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The records of one CSV document after its header, each as its list of cells. */
    private static List<List<String>> records(Reader csv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(csv)) {
            assertEquals(Fact.FIELDS, record.getParser().getHeaderNames());
            out.add(record.toList());
        }
        return out;
    }
}
