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
 * @param scaled true when a scale word or abbreviation was applied
 * @param plus   true for {@code twenty-plus}: the number is a lower bound
 *
 * <p>Immutable.
 */
public record NumberPhrase(int first, int last, BigDecimal value, boolean spelled, boolean scaled, boolean plus) {

    public boolean vague() {
        return value == null;
    }

    public NumberPhrase withLast(int newLast) {
        return new NumberPhrase(first, newLast, value, spelled, scaled, plus);
    }
}
