package dev.factx.examples.spark;

import dev.factx.model.Kind;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Runs factx over a corpus too large for one machine: reads the files on Apache Spark, extracts
 * their facts with one {@link dev.factx.Extractor} per partition, and writes one row per fact,
 * with the columns of {@link dev.factx.model.Fact#FIELDS}, as CSV or Parquet.
 *
 * <pre>
 * ExtractFacts [--format csv|parquet] [--kinds KIND[,KIND...]] [--reference-date YYYY-MM-DD]
 *              [--partitions N] [--no-formula-guard] INPUT OUTPUT
 * </pre>
 *
 * <p>{@code INPUT} is what {@code SparkContext.binaryFiles} reads, on any file system Spark
 * reaches ({@code file:}, {@code hdfs:}, {@code s3a:}): a directory (its files, not its
 * subdirectories), a glob such as {@code hdfs:///news/2019/*.html}, or several separated by
 * commas.
 * Of those files, the ones whose names end in {@code .txt}, {@code .text}, {@code .html} or
 * {@code .htm} (any case) are read: those that {@code factx extract --recursive} takes. Each
 * fact's {@code file} is the file's full path as Spark names it ({@code file:/data/a.html}).
 * {@code OUTPUT} is a directory Spark creates; it must not exist.
 *
 * <p>The files are sorted by path into {@code N} partitions (default: Spark's default
 * parallelism), so reading the output's part files in name order gives the facts in the order
 * of their files' paths and, within a file, in document order, as {@code factx extract} writes
 * them: the same input always gives the same rows in the same order.
 *
 * <p>Exit codes as on the command line: 0 when every document was read; 1 when the extractor
 * failed on some (reported in the executors' logs and skipped, the others' facts written), or
 * when the input does not exist or the output does; 2 on a usage error.
 */
public final class ExtractFacts {

    /** The files {@code factx extract --recursive} takes from a directory. */
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm");

    static final String USAGE = "usage: ExtractFacts [--format csv|parquet] [--kinds KIND[,KIND...]]"
            + " [--reference-date YYYY-MM-DD] [--partitions N] [--no-formula-guard] INPUT OUTPUT";

    private ExtractFacts() {
    }

    /** The output formats. */
    enum Format { CSV, PARQUET }

    /** The command line, checked. */
    record Arguments(Format format, List<String> kinds, String referenceDate, Integer partitions,
                     boolean formulaGuard, String input, String output) {

        /** Parses {@code args}; throws IllegalArgumentException saying what is wrong. */
        static Arguments parse(String... args) {
            Format format = Format.CSV;
            List<String> kinds = new ArrayList<>();
            String referenceDate = null;
            Integer partitions = null;
            boolean formulaGuard = true;
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--format" -> {
                        String id = value(args, ++i, arg);
                        try {
                            format = Format.valueOf(id.toUpperCase(Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("unknown format '" + id + "' (csv or parquet)");
                        }
                    }
                    case "--kinds" -> {
                        for (String id : value(args, ++i, arg).split(",")) {
                            kinds.add(Kind.fromId(id).id()); // throws "unknown kind 'x'"
                        }
                    }
                    case "--reference-date" -> {
                        referenceDate = value(args, ++i, arg);
                        try {
                            LocalDate.parse(referenceDate);
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException("--reference-date: not a date YYYY-MM-DD: " + referenceDate);
                        }
                    }
                    case "--partitions" -> {
                        String n = value(args, ++i, arg);
                        try {
                            partitions = Integer.valueOf(n);
                        } catch (NumberFormatException e) {
                            partitions = 0;
                        }
                        if (partitions < 1) {
                            throw new IllegalArgumentException("--partitions: not a positive number: " + n);
                        }
                    }
                    case "--no-formula-guard" -> formulaGuard = false;
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        positional.add(arg);
                    }
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + positional.size() + " arguments");
            }
            return new Arguments(format, List.copyOf(kinds), referenceDate, partitions, formulaGuard,
                    positional.get(0), positional.get(1));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** What one run did: documents read, facts written, documents the extractor failed on. */
    record Summary(long documents, long facts, long failed) {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("factx: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        // The master comes from spark-submit, or from -Dspark.master when run with plain java.
        SparkSession spark = SparkSession.builder().appName("factx extract").getOrCreate();
        Summary summary;
        try {
            summary = run(spark, arguments);
        } catch (Exception e) {
            // An output that exists or an input that does not is the user's to fix: the message
            // says it all. Anything else (a failed job) keeps its stack trace.
            if (e instanceof AnalysisException || e instanceof IOException) {
                System.err.println("factx: " + e.getMessage());
                spark.stop();
                System.exit(1);
            }
            throw e;
        } finally {
            spark.stop();
        }
        report(summary, arguments, System.err);
        System.exit(summary.failed() > 0 ? 1 : 0);
    }

    /** Extracts the facts of {@code arguments.input()} and writes them to {@code arguments.output()}. */
    static Summary run(SparkSession spark, Arguments arguments) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = arguments.partitions() != null ? arguments.partitions() : context.defaultParallelism();

        // Sorting the (path, stream) pairs moves paths, not contents: a PortableDataStream opens
        // its file only when read, in the partition that extracts it.
        JavaPairRDD<String, PortableDataStream> files = context.binaryFiles(arguments.input(), partitions)
                .filter(file -> isArticle(file._1()))
                .sortByKey(true, partitions);

        ExtractPartition.Counters counters = new ExtractPartition.Counters(
                context.sc().longAccumulator("factx documents"),
                context.sc().longAccumulator("factx facts"),
                context.sc().longAccumulator("factx failed documents"));
        JavaRDD<Row> rows = files.mapPartitions(new ExtractPartition(arguments.kinds(), arguments.referenceDate(),
                arguments.format() == Format.CSV && arguments.formulaGuard(), counters));
        Dataset<Row> facts = spark.createDataFrame(rows, FactRows.SCHEMA);

        DataFrameWriter<Row> writer = facts.write().mode(SaveMode.ErrorIfExists);
        switch (arguments.format()) {
            case CSV -> writer
                    .option("header", true)
                    // RFC 4180, as factx writes CSV: a quote inside a quoted cell is doubled
                    // (Spark's default escapes it with a backslash), and no blank is trimmed.
                    .option("escape", "\"")
                    .option("ignoreLeadingWhiteSpace", false)
                    .option("ignoreTrailingWhiteSpace", false)
                    .csv(arguments.output());
            case PARQUET -> writer.parquet(arguments.output());
        }
        return new Summary(counters.documents().value(), counters.facts().value(), counters.failed().value());
    }

    /** True for a file that {@code factx extract --recursive} would take, by its name's extension. */
    static boolean isArticle(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static void report(Summary summary, Arguments arguments, PrintStream err) {
        err.printf("factx: %d documents, %d facts written to %s (%s)%n", summary.documents(), summary.facts(),
                arguments.output(), arguments.format().name().toLowerCase(Locale.ROOT));
        if (summary.failed() > 0) {
            err.printf("factx: extraction failed on %d documents; the executors' logs name them%n", summary.failed());
        }
    }
}
