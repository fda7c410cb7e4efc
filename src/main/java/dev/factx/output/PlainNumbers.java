package dev.factx.output;

import java.math.BigDecimal;

/**
 * Spells numbers the way the output promises: plain decimals with {@code .} as the mark, never an
 * exponent, no trailing zeros, whole numbers without a fraction ({@code 2500000000},
 * {@code 0.0000001}, {@code 4}).
 *
 * <p>Stateless and thread-safe.
 */
public final class PlainNumbers {

    private PlainNumbers() {
    }

    /** {@code value} without trailing zeros, so that its plain form is as short as possible. */
    public static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros leaves a negative scale on whole numbers (2.5E+9); a scale of 0 keeps
        // the number an integer for every consumer, including Jackson's int/float decision.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The plain decimal text of {@code value}. */
    public static String format(BigDecimal value) {
        return normalize(value).toPlainString();
    }
}
