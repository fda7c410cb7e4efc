package dev.factx.recognize;

import dev.factx.model.Kind;
import dev.factx.normalize.NumberPhrase;
import dev.factx.text.Token;

/**
 * Percentages: {@code %}, {@code per cent}, {@code percent}, {@code pct}, {@code pc},
 * {@code 10-percent}; percentage points ({@code pp}) and basis points (converted to {@code pp},
 * also as compounds: {@code a 25-basis-point cut}) kept apart from percent. Immutable and thread-safe.
 */
final class PercentReader implements UnitReader {



    PercentReader() {
    }

    @Override
    public Reading read(SentenceTokens s, NumberPhrase n) {
        if (n.vague()) {
            return null;
        }
        int a = n.last() + 1;
        Token t = s.at(a);
        if (t == null) {
            return null;
        }
        if (t.isSymbol("%")) {
            return new Reading(Kind.PERCENT, n.first(), a, n.value(), "%", "percent.sign", n.first(), n);
        }
        Token t2 = s.at(a + 1);
        if (t.is("per") && t2 != null && t2.is("cent")) {
            return new Reading(Kind.PERCENT, n.first(), a + 1, n.value(), "%", "percent.per-cent", n.first(), n);
        }
        if (t.is("percent") || t.is("pct") || t.is("per-cent") || t.is("pc")) {
            return new Reading(Kind.PERCENT, n.first(), a, n.value(), "%", "percent.word", n.first(), n);
        }
        if (t.isDash() && !t.spaceBefore() && t2 != null && !t2.spaceBefore() && (t2.is("percent") || t2.is("per"))) {
            int last = t2.is("per") && s.at(a + 2) != null && s.get(a + 2).is("cent") ? a + 2 : a + 1;
            if (t2.is("percent") || last == a + 2) {
                return new Reading(Kind.PERCENT, n.first(), last, n.value(), "%", "percent.word", n.first(), n); // "a 10-percent stake"
            }
        }
        if ((t.is("percentage") && t2 != null && (t2.is("points") || t2.is("point")))) {
            return new Reading(Kind.PERCENT, n.first(), a + 1, n.value(), "pp", "percent.points", n.first(), n);
        }
        if (t.is("pp") || t.is("ppt") || t.is("ppts")) {
            return new Reading(Kind.PERCENT, n.first(), a, n.value(), "pp", "percent.points", n.first(), n);
        }
        if (t.is("basis") && t2 != null && (t2.is("points") || t2.is("point"))) {
            return new Reading(Kind.PERCENT, n.first(), a + 1, n.value().movePointLeft(2), "pp", "percent.basis-points", n.first(), n);
        }
        if (t.is("bps") || t.is("bp")) {
            return new Reading(Kind.PERCENT, n.first(), a, n.value().movePointLeft(2), "pp", "percent.basis-points", n.first(), n);
        }
        // "a 5-percentage-point drop", "a 25-basis-point cut": the compound before a noun
        Token dash2 = s.at(a + 2);
        Token point = s.at(a + 3);
        if (t.isDash() && !t.spaceBefore() && t2 != null && !t2.spaceBefore() && dash2 != null && dash2.isDash()
                && !dash2.spaceBefore() && point != null && !point.spaceBefore() && point.is("point")) {
            if (t2.is("percentage")) {
                return new Reading(Kind.PERCENT, n.first(), a + 3, n.value(), "pp", "percent.points", n.first(), n);
            }
            if (t2.is("basis")) {
                return new Reading(Kind.PERCENT, n.first(), a + 3, n.value().movePointLeft(2), "pp", "percent.basis-points",
                        n.first(), n);
            }
        }
        return null;
    }
}
