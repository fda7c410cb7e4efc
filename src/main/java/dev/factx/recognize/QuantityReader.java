package dev.factx.recognize;

import dev.factx.model.Kind;
import dev.factx.normalize.Lexicon;
import dev.factx.normalize.NumberPhrase;
import dev.factx.normalize.PhraseTable;
import dev.factx.normalize.Units;
import dev.factx.text.Token;
import java.util.Set;

/**
 * Physical and trade quantities with a unit from {@code units.tsv}, converted to its canonical
 * unit ({@code 30 billion cubic metres} is 3e10 m3), with a rate when one follows
 * ({@code a year} adds {@code /yr}, {@code a day} {@code /d}); vague amounts
 * ({@code thousands of tonnes}). Immutable and thread-safe.
 */
final class QuantityReader implements UnitReader {

    private static final Set<String> RATE_YEAR = Lexicon.words("year", "annum", "annually", "yearly");
    private static final Set<String> RATE_DAY = Lexicon.words("day", "daily");

    /** Words of size after "m" that make it metres, not million: "828m tall", "11m deep". */
    private static final Set<String> DIMENSIONS = Lexicon.words("tall", "high", "long", "deep", "wide", "thick", "across",
            "away");

    private final Units units;
    private final CountNouns nouns;

    QuantityReader(Units units, CountNouns nouns) {
        this.units = units;
        this.nouns = nouns;
    }

    @Override
    public Reading read(SentenceTokens s, NumberPhrase n) {
        if (n.vague()) {
            // "thousands of tonnes"
            Token of = s.at(n.last() + 1);
            PhraseTable.Match<Units.Unit> u = of != null && of.is("of") ? units.physical.matchAt(s.tokens(), n.last() + 2) : null;
            if (u == null || s.get(n.last() + 2).text().length() <= 2) {
                return null;
            }
            return new Reading(Kind.QUANTITY, n.first(), u.last(), null, u.value().canonical(), "quantity.vague", n.first(), n);
        }
        int unitAt = n.last() + 1;
        Token dash = s.at(unitAt);
        if (dash != null && dash.isDash() && !dash.spaceBefore() && s.at(unitAt + 1) != null && !s.get(unitAt + 1).spaceBefore()) {
            unitAt++; // "a 1,511-km pipeline", "an 870-kilometre line"
        }
        PhraseTable.Match<Units.Unit> u = units.physical.matchAt(s.tokens(), unitAt);
        if (u == null) {
            Token after = s.at(n.last() + 1);
            Token glued = s.get(n.last());
            if (n.scaled() && n.first() < n.last() && glued.text().equals("m") && !glued.spaceBefore() && after != null
                    && DIMENSIONS.contains(after.lower())) {
                // "828m tall", "a 40m-long ship" reads "m" as million; before a word of size it is metres
                java.math.BigDecimal metres = n.value().divide(n.scale(), java.math.MathContext.DECIMAL64);
                return new Reading(Kind.QUANTITY, n.first(), n.last(), metres.movePointLeft(3), "km", "quantity.unit", n.first(), n);
            }
            Token c = s.at(n.last() + 1);
            if (c != null && !c.spaceBefore() && (c.text().equals("C")) && s.get(n.first()).isNumber()
                    && (s.at(n.last() + 2) == null || s.get(n.last() + 2).spaceBefore() || !s.get(n.last() + 2).isWord())) {
                // "above 40C": degrees Celsius without the degree sign
                return new Reading(Kind.QUANTITY, n.first(), n.last() + 1, n.value(), "°C", "quantity.celsius", n.first(), n);
            }
            return null;
        }
        Token unitTok = s.get(unitAt);
        if (unitTok.text().length() == 1 && unitTok.isCapitalized() && !unitTok.text().equals("W")) {
            return null; // "5 T" in prose is a name more often than a unit
        }
        int last = u.last();
        String unit = u.value().canonical();
        // a rate: "30 billion cubic metres a year", "per day"
        int rateAt = last + 1;
        if (s.at(rateAt) != null && s.get(rateAt).is("of") && s.at(rateAt + 1) != null && s.get(rateAt + 1).isWord()
                && !nouns.isFunctionWord(s.get(rateAt + 1))) {
            rateAt += 2; // "400,000 litres of milk a day": the rate follows what is measured
        }
        Token r1 = s.at(rateAt);
        Token r2 = s.at(rateAt + 1);
        int before = last;
        int rateEnd = -1;
        if (r1 != null && r2 != null && (r1.is("a") || r1.is("per") || r1.is("each")) && !unit.contains("/")
                && s.free(rateAt + 1)) { // "4.9 mln t a year ago": the date took "a year", no rate
            if (RATE_YEAR.contains(r2.lower())) {
                unit += "/yr";
                rateEnd = rateAt + 1;
            } else if (RATE_DAY.contains(r2.lower())) {
                unit += "/d";
                rateEnd = rateAt + 1;
            }
        } else if (r1 != null && (r1.is("annually") || r1.is("yearly")) && !unit.contains("/")) {
            unit += "/yr";
            rateEnd = rateAt;
        }
        // a rate right after the unit joins the span ("16.5 bcm a year"); after "of milk" it only sets the unit
        last = rateEnd >= 0 && rateAt == before + 1 ? rateEnd : before;
        return new Reading(Kind.QUANTITY, n.first(), last, u.value().convert(n.value()), unit, "quantity.unit", n.first(), n);
    }
}
