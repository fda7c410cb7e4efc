package dev.factx.recognize;

import dev.factx.model.Kind;
import dev.factx.normalize.NumberPhrase;
import java.math.BigDecimal;

/**
 * A number with the unit a {@link UnitReader} found for it.
 *
 * @param kind     the kind of figure
 * @param first    first token of the figure (a currency sign before the number included)
 * @param last     last token of the figure
 * @param value    the normalized value, or null for a vague amount
 * @param unit     the unit
 * @param rule     the name of the rule that read it
 * @param numberAt the token holding the number
 * @param number   the number as written
 *
 * <p>Immutable.
 */
record Reading(Kind kind, int first, int last, BigDecimal value, String unit, String rule, int numberAt,
               NumberPhrase number) {

    Reading withRule(String r) {
        return new Reading(kind, first, last, value, unit, r, numberAt, number);
    }
}
