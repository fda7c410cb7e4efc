package dev.factx.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The formats {@code factx timeline} can write, by their command-line names.
 *
 * <p>Thread-safe (an enum).
 */
public enum TimelineFormat {
    CSV, JSONL, MD;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a command-line name, ignoring case; throws IllegalArgumentException for an unknown one. */
    public static TimelineFormat fromId(String id) {
        for (TimelineFormat f : values()) {
            if (f.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'");
    }

    public TimelineWriter open(Writer sink, boolean formulaGuard) throws IOException {
        return switch (this) {
            case CSV -> TimelineWriter.csv(sink, formulaGuard);
            case JSONL -> TimelineWriter.jsonLines(sink);
            case MD -> TimelineWriter.markdown(sink);
        };
    }
}
