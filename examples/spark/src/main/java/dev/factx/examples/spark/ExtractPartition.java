package dev.factx.examples.spark;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.input.DecodedInput;
import dev.factx.input.InputDecoder;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The work of one partition: one {@link Extractor}, built on the executor, run over the
 * partition's files in order, giving their facts as rows ({@link FactRows}).
 *
 * <p>An Extractor is thread-safe but not serializable, and building one loads its lexicons: one
 * per partition is built where it runs and never shipped. Only the options travel, as strings.
 *
 * <p>As on the command line, a document the extractor fails on (a bug) is reported on standard
 * error, which is the executor's log, and skipped; the count of such documents goes back to the
 * driver. So do the warnings of how a file that is not plain UTF-8 was decoded.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Row> {

    private static final long serialVersionUID = 1L;

    private final List<String> kinds;
    private final String referenceDate;
    private final boolean formulaGuard;
    private final Counters counters;

    /** What the driver learns of the run; a retried task counts its documents again. */
    record Counters(LongAccumulator documents, LongAccumulator facts, LongAccumulator failed)
            implements java.io.Serializable {
    }

    /**
     * @param kinds         the kinds to report, by their output names; all when empty
     * @param referenceDate {@code --reference-date} as YYYY-MM-DD, or null
     * @param formulaGuard  whether text cells get the CSV formula guard
     */
    ExtractPartition(List<String> kinds, String referenceDate, boolean formulaGuard, Counters counters) {
        this.kinds = List.copyOf(kinds);
        this.referenceDate = referenceDate;
        this.formulaGuard = formulaGuard;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        EnumSet<Kind> selected = EnumSet.allOf(Kind.class);
        if (!kinds.isEmpty()) {
            selected.clear();
            kinds.forEach(id -> selected.add(Kind.fromId(id)));
        }
        ExtractOptions options = new ExtractOptions(selected,
                referenceDate == null ? null : LocalDate.parse(referenceDate));
        return new Rows(files, new Extractor(options));
    }

    /**
     * The rows of the partition's files, extracted one file at a time as they are asked for, so
     * that a partition's facts never have to be held all at once.
     */
    private final class Rows implements Iterator<Row> {

        private final Iterator<Tuple2<String, PortableDataStream>> files;
        private final Extractor extractor;
        private Iterator<Fact> facts = Collections.emptyIterator();

        Rows(Iterator<Tuple2<String, PortableDataStream>> files, Extractor extractor) {
            this.files = files;
            this.extractor = extractor;
        }

        @Override
        public boolean hasNext() {
            while (!facts.hasNext() && files.hasNext()) {
                facts = extract(files.next()).iterator();
            }
            return facts.hasNext();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return FactRows.row(facts.next(), formulaGuard);
        }

        private List<Fact> extract(Tuple2<String, PortableDataStream> file) {
            String name = file._1();
            // Bytes, not text: factx decodes them by its own rules (byte order mark, declared
            // charset, windows-1252), and the name's extension tells HTML, as on the command line.
            DecodedInput input = InputDecoder.decode(file._2().toArray(), name);
            counters.documents().add(1);
            input.notes().forEach(note -> System.err.println("factx: " + name + ": " + note));
            try {
                List<Fact> found = extractor.extract(name, input);
                counters.facts().add(found.size());
                return found;
            } catch (RuntimeException e) {
                // A bug met on one document should not cost the job the facts of the others.
                counters.failed().add(1);
                System.err.println("factx: " + name + ": extraction failed: " + e);
                e.printStackTrace();
                return List.of();
            }
        }
    }
}
