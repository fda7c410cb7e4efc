package dev.factx.output;

import dev.factx.model.Fact;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes facts as CSV: a header row of {@link Fact#FIELDS}, RFC 4180 quoting, {@code \n} after
 * every record, no byte order mark. An absent value is an empty cell.
 *
 * <p>factx copies untrusted web text into files that people open in spreadsheets, and a cell
 * such as {@code =HYPERLINK(...)} would run there as a formula (CWE-1236). With the formula guard
 * on, a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return, and has something after it, is prefixed with {@code '}, which spreadsheets read as
 * "this is text"; {@code --no-formula-guard} turns this off. Numeric columns
 * ({@code article}, {@code start}, {@code end}, {@code value}) are never prefixed: a negative
 * value stays a number.
 *
 * <p>Not thread-safe.
 */
public final class CsvFactWriter implements FactWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\n")
            .build();

    private final Writer sink;
    private final boolean formulaGuard;
    /**
     * Per column, the last value written and its printed form (delimiter, quotes and all): the
     * file, title, sentence and dates repeat from one record to the next, since a sentence holds
     * several figures and an article many, and a long sentence is quoted once, not once per figure.
     */
    private final String[] lastValue = new String[Column.ALL.size()];
    private final String[] lastPrinted = new String[Column.ALL.size()];
    private final StringBuilder printing = new StringBuilder(256);

    /**
     * Writes the header row at once.
     *
     * @param sink         where the CSV goes; flushed by {@link #finish()}, never closed
     * @param formulaGuard whether to neutralize text cells that start like a formula
     */
    public CsvFactWriter(Writer sink, boolean formulaGuard) throws IOException {
        this.sink = sink;
        this.formulaGuard = formulaGuard;
        for (int i = 0; i < Fact.FIELDS.size(); i++) {
            FORMAT.print(Fact.FIELDS.get(i), sink, i == 0);
        }
        sink.write(FORMAT.getRecordSeparator());
    }

    @Override
    public void write(Fact fact) throws IOException {
        // Commons CSV quotes each cell (CSVFormat.print, as a CSVPrinter does); this class only
        // remembers the result for a cell that repeats
        for (int i = 0; i < lastValue.length; i++) {
            Column column = Column.ALL.get(i);
            String value = cell(column, column.valueOf(fact));
            String printed = lastPrinted[i];
            if (printed == null || !java.util.Objects.equals(value, lastValue[i])) {
                printing.setLength(0);
                FORMAT.print(value, printing, i == 0);
                printed = printing.toString();
                lastValue[i] = value;
                lastPrinted[i] = printed;
            }
            sink.write(printed);
        }
        sink.write(FORMAT.getRecordSeparator());
    }

    @Override
    public void finish() throws IOException {
        // the sink belongs to the caller: flushed, never closed
        sink.flush();
    }

    private String cell(Column column, Object value) {
        if (value == null) {
            return null;
        }
        if (column.numeric()) {
            return value instanceof BigDecimal d ? PlainNumbers.format(d) : value.toString();
        }
        String text = value.toString();
        return formulaGuard ? guardFormula(text) : text;
    }

    /**
     * {@code text} as a CSV text cell holds it with the formula guard on: prefixed with {@code '}
     * when a spreadsheet would run it as a formula, else unchanged. For CSV written by other code
     * (a Spark job, say) that should be as safe to open as factx's own.
     */
    public static String guardFormula(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /**
     * True when a spreadsheet would evaluate {@code text} typed into a cell as a formula. A lone
     * sign has nothing to evaluate, and {@code -} is how the {@code file} column names standard
     * input, so a one-character cell is left as it is.
     */
    static boolean startsLikeFormula(String text) {
        if (text.length() < 2) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
    }
}
