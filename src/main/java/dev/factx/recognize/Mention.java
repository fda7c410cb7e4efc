package dev.factx.recognize;

import dev.factx.model.Kind;
import dev.factx.model.Qualifier;
import dev.factx.normalize.TimeValue;
import java.math.BigDecimal;

/**
 * A figure found in a sentence, before attribution: its span (token indices), kind, normalized
 * value and the rule that found it.
 *
 * @param first     index of its first token in the sentence
 * @param last      index of its last token (inclusive)
 * @param kind      the kind of figure
 * @param value     the normalized number, or null
 * @param unit      the unit, or null
 * @param qualifier how exact the text says it is
 * @param rule      the name of the rule that produced it
 * @param time      for dates, what the date means before it is resolved; else null
 * @param numberAt  index of the token holding the number itself (where qualifiers and
 *                  attribution look around), or {@code first}
 *
 * <p>Immutable.
 */
public record Mention(int first, int last, Kind kind, BigDecimal value, String unit, Qualifier qualifier,
                      String rule, TimeValue time, int numberAt) {

    public Mention withQualifier(Qualifier q) {
        return new Mention(first, last, kind, value, unit, q, rule, time, numberAt);
    }

    public Mention withSpan(int newFirst, int newLast) {
        return new Mention(newFirst, newLast, kind, value, unit, qualifier, rule, time, numberAt);
    }

    public Mention withTime(TimeValue t) {
        return new Mention(first, last, kind, value, unit, qualifier, rule, t, numberAt);
    }

    public Mention withRule(String r) {
        return new Mention(first, last, kind, value, unit, qualifier, r, time, numberAt);
    }

    public Mention withUnit(String u) {
        return new Mention(first, last, kind, value, unit == null ? u : unit, qualifier, rule, time, numberAt);
    }

    public boolean overlaps(int from, int to) {
        return first <= to && from <= last;
    }
}
