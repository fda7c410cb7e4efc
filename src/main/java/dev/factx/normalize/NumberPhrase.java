package dev.factx.normalize;

import java.math.BigDecimal;

/**
 * A number as written in a sentence: the tokens it spans and the value they mean.
 *
 * @param first  index of its first token
 * @param last   index of its last token (inclusive)
 * @param value  the value with scale words applied ({@code 2.5 billion} is 2500000000); null for
 *               a vague amount ({@code dozens}, {@code billions})
 * @param spelled true when written in words ({@code three and a half})
 * @param scale  the multiplier of the scale word applied ({@code billion}: 1000000000), or 1
 * @param plus   true for {@code twenty-plus}: the number is a lower bound
 *
 * <p>Immutable.
 */
public record NumberPhrase(int first, int last, BigDecimal value, boolean spelled, BigDecimal scale, boolean plus) {

    /** True when a scale word or abbreviation was applied ({@code 2.5 billion}, {@code $600m}). */
    public boolean scaled() {
        return scale.compareTo(BigDecimal.ONE) != 0;
    }

    /** The same number with another value (a sign, a scale borrowed from the other end of a range). */
    public NumberPhrase withValue(BigDecimal v) {
        return new NumberPhrase(first, last, v, spelled, scale, plus);
    }

    public boolean vague() {
        return value == null;
    }

    public NumberPhrase withLast(int newLast) {
        return new NumberPhrase(first, newLast, value, spelled, scale, plus);
    }
}
