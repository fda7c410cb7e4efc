package dev.factx.output;

import dev.factx.model.Fact;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
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
    /**
     * Per column with few distinct values (a kind, a unit, a metric, a rule...), every printed
     * form met so far, at most {@link #REMEMBERED} per column: these change from one figure to
     * the next but take few values over a run. Null for the other columns.
     */
    private final Map<String, String>[] printedByValue;
    private final StringBuilder printing = new StringBuilder(256);

    private static final Set<Column> FEW_VALUES = EnumSet.of(Column.KIND, Column.UNIT, Column.QUALIFIER, Column.DATE,
            Column.PERIOD, Column.METRIC, Column.RULE, Column.DOC_DATE_SOURCE, Column.MOD, Column.EVENT);
    private static final int REMEMBERED = 1024;

    /**
     * Writes the header row at once.
     *
     * @param sink         where the CSV goes; flushed by {@link #finish()}, never closed
     * @param formulaGuard whether to neutralize text cells that start like a formula
     */
    public CsvFactWriter(Writer sink, boolean formulaGuard) throws IOException {
        this.sink = sink;
        this.formulaGuard = formulaGuard;
        @SuppressWarnings("unchecked")
        Map<String, String>[] maps = new Map[Column.ALL.size()];
        for (int i = 0; i < maps.length; i++) {
            maps[i] = FEW_VALUES.contains(Column.ALL.get(i)) ? new HashMap<>() : null;
        }
        this.printedByValue = maps;
        for (int i = 0; i < Fact.FIELDS.size(); i++) {
            FORMAT.print(Fact.FIELDS.get(i), sink, i == 0);
        }
        sink.write(FORMAT.getRecordSeparator());
    }

    @Override
    public void write(Fact fact) throws IOException {
        // Commons CSV quotes each cell (CSVFormat.print, as a CSVPrinter does); this class only
        // remembers the result for a cell that repeats, and passes a plain number as it is
        for (int i = 0; i < lastValue.length; i++) {
            Column column = Column.ALL.get(i);
            String value = cell(column, column.valueOf(fact));
            String printed = lastPrinted[i];
            if (printed == null || !java.util.Objects.equals(value, lastValue[i])) {
                printed = print(i, column, value);
                lastValue[i] = value;
                lastPrinted[i] = printed;
            }
            sink.write(printed);
        }
        sink.write(FORMAT.getRecordSeparator());
    }

    /** The cell as it goes into the file, delimiter before it (except in the first column) and quotes as needed. */
    private String print(int i, Column column, String value) throws IOException {
        if (i > 0 && column.numeric() && value != null && isPlainNumber(value)) {
            return FORMAT.getDelimiterString() + value;
        }
        Map<String, String> remembered = printedByValue[i];
        String printed = remembered == null || value == null ? null : remembered.get(value);
        if (printed == null) {
            printing.setLength(0);
            FORMAT.print(value, printing, i == 0);
            printed = printing.toString();
            if (remembered != null && value != null) {
                if (remembered.size() >= REMEMBERED) {
                    remembered.clear(); // a run with endless distinct values: start again
                }
                remembered.put(value, printed);
            }
        }
        return printed;
    }

    /**
     * True for a number as the numeric columns write it: an optional minus, digits, at most one
     * point with digits after it. Such a cell needs no quotes ({@code CsvFactWriterTest} checks
     * this against CSVFormat), which spares the quoting scan for the offsets and values of every
     * figure.
     */
    static boolean isPlainNumber(String value) {
        int n = value.length();
        int k = n > 0 && value.charAt(0) == '-' ? 1 : 0;
        if (k == n) {
            return false;
        }
        boolean point = false;
        for (int j = k; j < n; j++) {
            char c = value.charAt(j);
            if (c == '.' && !point && j > k && j + 1 < n) {
                point = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
            // Column.valueOf gives a value already normalized (PlainNumbers.normalize)
            return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
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
