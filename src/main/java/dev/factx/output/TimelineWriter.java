package dev.factx.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.factx.timeline.TimelineEvent;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes timeline events, one record each, in the order given, to a sink the caller owns:
 * {@link #finish()} flushes but never closes it. The fields are {@link TimelineEvent#FIELDS}.
 *
 * <p>Not thread-safe.
 */
public interface TimelineWriter {

    void write(TimelineEvent event) throws IOException;

    /** Completes the document and flushes the sink. */
    void finish() throws IOException;

    /** CSV: a header row, RFC 4180 quoting, {@code \n} line ends, the formula guard of {@link CsvFactWriter}. */
    static TimelineWriter csv(Writer sink, boolean formulaGuard) throws IOException {
        CSVPrinter printer = new CSVPrinter(sink, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
        printer.printRecord(TimelineEvent.FIELDS);
        return new TimelineWriter() {
            private final List<String> row = new ArrayList<>();

            @Override
            public void write(TimelineEvent event) throws IOException {
                row.clear();
                for (String field : TimelineEvent.FIELDS) {
                    Object v = event.field(field);
                    String cell = v == null ? null : v.toString();
                    boolean text = v instanceof String;
                    row.add(text && formulaGuard && CsvFactWriter.startsLikeFormula(cell) ? "'" + cell : cell);
                }
                printer.printRecord(row);
            }

            @Override
            public void finish() throws IOException {
                printer.flush();
            }
        };
    }

    /** JSON Lines: one compact object per event with every field, absent values null. */
    static TimelineWriter jsonLines(Writer sink) throws IOException {
        JsonGenerator generator = JsonFacts.generator(sink, null);
        return new TimelineWriter() {
            @Override
            public void write(TimelineEvent event) throws IOException {
                generator.writeStartObject();
                for (String field : TimelineEvent.FIELDS) {
                    Object v = event.field(field);
                    generator.writeFieldName(field);
                    if (v == null) {
                        generator.writeNull();
                    } else if (v instanceof Integer i) {
                        generator.writeNumber(i);
                    } else {
                        generator.writeString(v.toString());
                    }
                }
                generator.writeEndObject();
                generator.writeRaw('\n');
            }

            @Override
            public void finish() throws IOException {
                generator.close(); // AUTO_CLOSE_TARGET is off: flushes, leaves the sink open
            }
        };
    }

    /**
     * A Markdown table for reading: date, event word, the sentence, and where it comes from
     * (title and file). A {@code |} in a cell is escaped and line breaks become spaces, so every
     * event is one table row. No events gives the header alone.
     */
    static TimelineWriter markdown(Writer sink) throws IOException {
        sink.write("| date | event | sentence | article | file |\n|---|---|---|---|---|\n");
        return new TimelineWriter() {
            @Override
            public void write(TimelineEvent event) throws IOException {
                var f = event.fact();
                String article = f.title() != null ? f.title() : "article " + f.article();
                sink.write("| " + cell(f.date()) + " | " + cell(f.event()) + " | " + cell(f.sentence())
                        + " | " + cell(article) + " | " + cell(f.file()) + " |\n");
            }

            @Override
            public void finish() throws IOException {
                sink.flush();
            }
        };
    }

    /**
     * A Markdown table cell: a pipe would end the cell, a {@code <} could open an HTML tag in the
     * rendered page, and a backslash would escape the next character, so these three are escaped;
     * line breaks are folded to spaces.
     */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '|', '<' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
