package dev.factx.model;

import java.util.Locale;

/**
 * The kinds of fact factx reports, as named in the output schema.
 *
 * <p>Thread-safe (an enum).
 */
public enum Kind {
    MONEY, PERCENT, COUNT, QUANTITY, RATIO, DURATION, DATE;

    /** The name used in the output ({@code money}, {@code percent}, ...). */
    public String id() {
        return id;
    }

    /** Made once: every fact written asks for it. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** Parses an output name such as {@code "money"}; throws IllegalArgumentException for an unknown one. */
    public static Kind fromId(String id) {
        for (Kind k : values()) {
            if (k.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + id + "'");
    }
}
