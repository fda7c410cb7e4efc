package dev.factx.recognize;

import dev.factx.classify.QualifierReader;
import dev.factx.model.Kind;
import dev.factx.normalize.Lexicon;
import dev.factx.normalize.NumberParser;
import dev.factx.normalize.NumberPhrase;
import dev.factx.normalize.PhraseTable;
import dev.factx.normalize.Units;
import dev.factx.text.Token;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Durations: a number and a unit of time from {@code time-units.tsv} ({@code for two hours},
 * {@code three and a half hours}, {@code a year and a half}, {@code a 25-year contract}).
 * Ages ({@code 10 years old}), dates ({@code two years ago}), names ({@code the Hundred Years'
 * War}) and "one day" meaning someday are not durations. Immutable and thread-safe.
 */
final class DurationReader implements UnitReader {

    /** Words before "a year", "an hour", "one day" that make it a length of time rather than a frequency or "someday". */
    static final Set<String> DURATION_CUES = Lexicon.words("for", "lasted", "lasting", "lasts", "took", "takes", "within",
            "spent", "after", "than", "nearly", "almost", "about", "around", "over", "under", "roughly", "some",
            "half", "by", "in", "of");

    /**
     * How many of a smaller unit make one of the larger: "1 hour 40 minutes", "2 years and 6
     * months", "8 minutes 41 seconds". The whole is told in the larger unit, as "three and a half
     * hours" is.
     */
    private static final java.util.Map<String, BigDecimal> SMALLER = Lexicon.lookup(java.util.Map.of(
            "hour>minute", BigDecimal.valueOf(60), "day>hour", BigDecimal.valueOf(24), "year>month", BigDecimal.valueOf(12),
            "week>day", BigDecimal.valueOf(7), "minute>second", BigDecimal.valueOf(60)));

    /** {@code duration-modifiers.txt}: words between a number and its unit ("three consecutive years"). */
    private static final Set<String> MODIFIERS = Set.copyOf(Lexicon.lines("duration-modifiers.txt"));
    private static final int MAX_MODIFIERS = 2;

    private final NumberParser numbers;
    private final Units units;
    private final QualifierReader qualifiers;

    DurationReader(NumberParser numbers, Units units, QualifierReader qualifiers) {
        this.numbers = numbers;
        this.units = units;
        this.qualifiers = qualifiers;
    }

    @Override
    public Reading read(SentenceTokens s, NumberPhrase n) {
        if (n.vague()) {
            return null;
        }
        int a = n.last() + 1;
        Token t = s.at(a);
        if (t == null || (!t.spaceBefore() && t.isWord())) {
            return null;
        }
        if (t.isDash() && !t.spaceBefore()) {
            // "a 25-year contract", "a two-week tour"; but "a 10-year-old boy" is an age
            Token unitTok = s.at(a + 1);
            PhraseTable.Match<Units.Unit> u = unitTok != null && !unitTok.spaceBefore() ? units.time.matchAt(s.tokens(), a + 1) : null;
            Token after = u == null ? null : s.at(u.last() + 1);
            if (u == null || (after != null && after.isDash() && !after.spaceBefore())) {
                return null;
            }
            if (unitTok.isCapitalized() && after != null && after.isWord() && after.isCapitalized()) {
                return null; // "the Six-Day War": a name
            }
            return new Reading(Kind.DURATION, n.first(), u.last(), u.value().convert(n.value()), u.value().canonical(),
                    "duration.compound", n.first(), n);
        }
        PhraseTable.Match<Units.Unit> u = units.time.matchAt(s.tokens(), a);
        // "three consecutive years", "two more working days": the unit after at most two modifiers
        for (int k = a; u == null && k < a + MAX_MODIFIERS && s.at(k) != null && s.get(k).isWord()
                && MODIFIERS.contains(s.get(k).lower()) && s.free(k); k++) {
            u = units.time.matchAt(s.tokens(), k + 1);
        }
        if (u == null) {
            return null;
        }
        Token numberTok = s.get(n.first());
        Token before = s.at(n.first() - 1);
        if (numberTok.is("one") && !(before != null && (DURATION_CUES.contains(before.lower())
                || qualifiers.before(s.tokens(), n.first()) != null))) {
            return null; // "may one day buy": someday, not a length of time
        }
        if (t.isCapitalized() && s.get(n.first()).isCapitalized() && n.first() > 0) {
            int k = u.last() + 1;
            if (s.at(k) != null && s.get(k).isSymbol("'’")) {
                k++;
            }
            if (s.at(k) != null && s.get(k).isWord() && s.get(k).isCapitalized()) {
                return null; // "the Hundred Years' War", "the Six Day War": a name
            }
        }
        Token next = s.at(u.last() + 1);
        if (next != null && (next.is("old") || next.is("ago") || next.is("of") && s.at(u.last() + 2) != null
                && s.get(u.last() + 2).is("age"))) {
            return null; // an age, or a date ("two years ago" is read as a date)
        }
        if (next != null && next.isDash() && !next.spaceBefore()) {
            return null; // "10-year-old"
        }
        BigDecimal value = n.value();
        int last = u.last();
        if (s.at(last + 3) != null && s.get(last + 1).is("and") && s.get(last + 2).is("a") && s.get(last + 3).is("half")) {
            value = value.add(new BigDecimal("0.5")); // "a year and a half"
            last += 3;
        } else {
            // "1 hour 40 minutes", "two hours and 15 minutes": a smaller unit after the first adds to it
            int k = s.at(last + 1) != null && s.get(last + 1).is("and") ? last + 2 : last + 1;
            NumberPhrase part = s.at(k) != null && s.free(k) ? s.number(numbers, k) : null;
            PhraseTable.Match<Units.Unit> small = part == null || part.vague() || part.scaled() || s.at(part.last() + 1) == null
                    ? null : units.time.matchAt(s.tokens(), part.last() + 1);
            BigDecimal ratio = small == null ? null : SMALLER.get(u.value().canonical() + ">" + small.value().canonical());
            if (ratio != null) {
                value = value.add(part.value().multiply(small.value().factor()).divide(ratio, java.math.MathContext.DECIMAL64));
                last = small.last();
            }
        }
        return new Reading(Kind.DURATION, n.first(), last, u.value().convert(value), u.value().canonical(),
                "duration.unit", n.first(), n);
    }
}
