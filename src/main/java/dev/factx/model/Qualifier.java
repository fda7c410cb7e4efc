package dev.factx.model;

import java.util.Locale;

/**
 * How exact the text says a figure is: {@code exact}, {@code approx} (about, nearly),
 * {@code min} (more than, at least), {@code max} (up to, less than).
 *
 * <p>Thread-safe (an enum).
 */
public enum Qualifier {
    EXACT, APPROX, MIN, MAX;

    /** The name used in the output. */
    public String id() {
        return id;
    }

    /** Made once: every fact written asks for it. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** Parses an output name such as {@code "approx"}; throws IllegalArgumentException for an unknown one. */
    public static Qualifier fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
