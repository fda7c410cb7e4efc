package dev.factx.output;

import java.io.Writer;
import java.util.Locale;

/**
 * The output formats factx can write, by their command-line names.
 *
 * <p>Thread-safe (an enum).
 */
public enum OutputFormat {
    CSV, JSONL, JSON;

    /** The name used on the command line ({@code csv}, {@code jsonl}, {@code json}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line name, ignoring case; throws IllegalArgumentException for an unknown one. */
    public static OutputFormat fromId(String id) {
        for (OutputFormat f : values()) {
            if (f.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'");
    }

    /**
     * Opens a writer of this format over {@code sink}.
     *
     * @param formulaGuard for CSV, whether text cells that a spreadsheet would run as a formula
     *                     are neutralized; ignored by the JSON formats, which are not opened as
     *                     spreadsheets
     */
    public FactWriter open(Writer sink, boolean formulaGuard) throws java.io.IOException {
        return switch (this) {
            case CSV -> new CsvFactWriter(sink, formulaGuard);
            case JSONL -> new JsonLinesFactWriter(sink);
            case JSON -> new JsonArrayFactWriter(sink);
        };
    }
}
