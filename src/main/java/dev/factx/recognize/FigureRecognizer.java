package dev.factx.recognize;

import dev.factx.classify.QualifierReader;
import dev.factx.model.Kind;
import dev.factx.model.Qualifier;
import dev.factx.normalize.ChangeWords;
import dev.factx.normalize.Currencies;
import dev.factx.normalize.Lexicon;
import dev.factx.normalize.NumberParser;
import dev.factx.normalize.NumberPhrase;
import dev.factx.normalize.PhraseTable;
import dev.factx.normalize.Units;
import dev.factx.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the figures that are a number with a unit: money, percent, quantity, duration and count.
 *
 * <p>Every free number in the sentence ({@link NumberParser}) is offered to the unit readers in
 * a fixed order: money (a currency sign or code before it, a code, name or subunit after it),
 * percent, quantity (a unit from {@code units.tsv}), duration (a unit of time), count (a counted
 * noun). A bare number next to a figure of the same kind forms a range with it
 * ({@code 2-4%}, {@code six or seven bidders}). Then qualifiers ({@link QualifierReader}) widen
 * spans and set bounds; ranges give their lower end {@code min} and upper end {@code max},
 * except a change over time ({@code rose from X in 2007 to Y in 2017}), whose ends are exact.
 * Numbers that are ordinals, footnote marks, list numbers, times, or parts of names
 * ({@code S300}, {@code Mi-8}, {@code ASEAN+6}, {@code two-state}) make no figure.
 * Immutable and thread-safe.
 */
public final class FigureRecognizer implements Recognizer {

    /** Words before a bare number that compare it with the figure before: "up from 33.5 million". */
    private static final Set<String> ELLIPSIS_LINKS = Lexicon.words("from", "against", "versus", "vs", "than");

    /** Nouns of a level before "of" and a bare number that repeats an earlier figure's unit: "a record of 141.2 million". */
    private static final Set<String> LEVEL_NOUNS = Lexicon.words("record", "peak", "high", "low", "level", "total", "tally",
            "average", "figure", "forecast", "estimate", "target");

    private static final Set<String> ORDINAL_SUFFIXES = Lexicon.words("st", "nd", "rd", "th");
    /** How far before "from" a change word makes "from X to Y" a change rather than a range. */
    private static final int CHANGE_REACH = 16;

    private final NumberParser numbers;
    private final Currencies currencies;
    private final Units units;
    private final QualifierReader qualifiers;
    private final CountNouns nouns;
    /** Money first (a year after "$" is an amount), counts last (any plural noun would do). */
    private final List<UnitReader> readers;

    public FigureRecognizer(NumberParser numbers, Currencies currencies, Units units, CountNouns nouns,
                            QualifierReader qualifiers) {
        this.numbers = numbers;
        this.currencies = currencies;
        this.units = units;
        this.qualifiers = qualifiers;
        this.nouns = nouns;
        this.readers = List.of(new MoneyReader(currencies), new PercentReader(), new QuantityReader(units, nouns),
                new DurationReader(numbers, units, qualifiers), new CountReader(numbers, currencies, units, nouns, qualifiers));
    }

    /** The words a number in words starts with, and those of "a year", "an hour", "half a day". */
    @Override
    public Set<String> openingWords() {
        Set<String> words = new java.util.HashSet<>(numbers.wordStarts());
        words.addAll(ARTICLE_DURATION_STARTS);
        return words;
    }

    private static final Set<String> ARTICLE_DURATION_STARTS = Lexicon.words("a", "an", "half");

    /** The words of numbers in words, and the units of time that "a year" and "an hour" end with. */
    @Override
    public Set<String> cueWords() {
        Set<String> cues = new java.util.HashSet<>(numbers.allWords());
        cues.addAll(units.time.firstKeys());
        return cues;
    }

    @Override
    public void recognize(SentenceTokens s, List<Mention> out) {
        List<Token> toks = s.tokens();
        // 1. numbers, each with the unit a reader finds (or none)
        List<NumberPhrase> phrases = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!s.mayOpen(i)) {
                i++;
                continue; // a word that starts no number and no "a year", "half an hour"
            }
            NumberPhrase n = s.free(i) ? fractionOfATimeUnit(s, i) : null;
            if (n == null && s.free(i)) {
                n = s.number(numbers, i);
            }
            if (n == null && s.free(i)) {
                n = articleDuration(s, i);
            }
            if (n == null || !s.freeRange(n.first(), n.last()) || !isFigureNumber(s, n)) {
                i++;
                continue;
            }
            phrases.add(n);
            Reading r = read(s, n);
            if (r != null && !s.freeRange(r.first(), r.last())) {
                r = null; // the unit's words already belong to another figure
            }
            readings.add(r);
            i = (r != null ? Math.max(r.last(), n.last()) : n.last()) + 1;
        }
        // 2. ranges and changes between neighbouring numbers
        Qualifier[] bounds = new Qualifier[readings.size()];
        for (int k = 0; k + 1 < phrases.size(); k++) {
            Reading a = readings.get(k);
            Reading b = readings.get(k + 1);
            NumberPhrase pa = phrases.get(k);
            NumberPhrase pb = phrases.get(k + 1);
            if (a == null && b == null) {
                continue;
            }
            int aFirst = a != null ? a.first() : pa.first();
            int aLast = a != null ? a.last() : pa.last();
            int bFirst = b != null ? b.first() : pb.first();
            Token link = s.at(aLast + 1);
            if (link == null || aLast + 2 != bFirst) {
                continue;
            }
            Token before = s.at(aFirst - 1);
            boolean between = before != null && before.is("between") && link.is("and");
            boolean fromTo = before != null && before.is("from") && (link.is("to") || link.isDash());
            boolean plainRange = link.isDash() || link.is("to") || link.is("or");
            if (!(between || fromTo || plainRange)) {
                continue;
            }
            boolean bothOwn = a != null && b != null;
            if (a == null) {
                a = lowerEnd(pa, b); // "2-4%", "20 to 25 million euros"
                if (a == null) {
                    continue;
                }
                readings.set(k, a);
            } else if (b == null) {
                if (before != null && (before.is("by") || ChangeWords.contains(before.lower())) && !link.isDash()) {
                    if (a.kind() == Kind.COUNT && link.is("to") && !pb.spelled()) {
                        readings.set(k + 1, upperEnd(a, pb)); // "by 9 votes to 4": both counts of votes, exact
                    }
                    continue; // "fell 0.9 per cent to 20,412.55": a change and the level it reached
                }
                b = upperEnd(a, pb); // "$3-4 billion"
                if (b == null) {
                    continue;
                }
                readings.set(k + 1, b);
                a = rescaled(a, pb);
                readings.set(k, a);
            } else if (a.kind() != b.kind() || !java.util.Objects.equals(a.unit(), b.unit())) {
                continue; // "dropped 0.3 percentage points to 4.1%" is a change and a level, not a range
            }
            if (bothOwn && before != null && (before.is("by") || ChangeWords.contains(before.lower()))) {
                continue; // "raised rates by 50 basis points to 7.75%": a change and the level it reached
            }
            if (fromTo && isChange(s, aFirst - 1)) {
                continue; // a change over time: both ends exact
            }
            bounds[k] = Qualifier.MIN;
            bounds[k + 1] = Qualifier.MAX;
        }
        // 2b. counts whose noun is written once: "daily slots from 36 to as few as 22",
        // "149 countries backed it, 12 voted against and 19 abstained", "Delegates accredited: more than 1,200"
        for (int k = 0; k < readings.size(); k++) {
            NumberPhrase p = phrases.get(k);
            if (readings.get(k) != null || p.vague() || !s.get(p.first()).isNumber()) {
                continue;
            }
            String noun = elidedNoun(s, p, readings, k);
            if (noun != null) {
                readings.set(k, new Reading(Kind.COUNT, p.first(), p.last(), p.value(), noun, "count.elided", p.first(), p));
            }
        }
        // 2c. (after 2b, so that a count named there is compared too) "to 35 million tonnes, up
        // from 33.5 million", "the 2019 record of 141.2 million": a bare number after "from"/"against" repeats
        // the unit of the figure it is compared with
        for (int k = 1; k < readings.size(); k++) {
            NumberPhrase p = phrases.get(k);
            QualifierReader.Found q = qualifiers.before(s.tokens(), p.first());
            Token before = s.at((q != null ? q.first() : p.first()) - 1); // "against roughly 1,600" looks past "roughly"
            Token after = s.at(p.last() + 1);
            boolean levelOf = before != null && before.is("of") && s.at(p.first() - 2) != null
                    && LEVEL_NOUNS.contains(s.get(p.first() - 2).lower()); // "the 2019 record of 141.2 million"
            if (readings.get(k) != null || p.vague() || p.spelled() || before == null
                    || !(ELLIPSIS_LINKS.contains(before.lower()) || levelOf)
                    || (after != null && after.isWord() && !after.is("last") && !after.is("a") && !after.is("in")
                        && !after.is("on") && !after.is("at") && !after.is("the") && !after.is("previously")
                        && !after.is("before") && !timeSpanAt(s, p.last() + 1))) {
                continue; // "from one of the banks", "from 2.1 times a year ago": not the same unit again
            }
            for (int j = k - 1; j >= 0; j--) {
                Reading r = readings.get(j);
                if (r != null && r.kind() == Kind.DURATION && !s.get(r.number().first()).isNumber()) {
                    continue; // "221,000 people had waited more than a year, against 1,600": past the "a year"
                }
                if (r != null) {
                    // "1,184 people ..., up from 731 a year earlier": counts too
                    if (r.kind() != Kind.DURATION && r.value() != null && !r.number().vague()) {
                        readings.set(k, lowerEnd(p, r).withRule(r.rule() + "+ellipsis"));
                    }
                    break;
                }
            }
        }
        // 2d. "scheduled for four hours, ran for nine": a bare number after "for" that ends its clause
        // lasts in the unit of the duration before it
        for (int k = 1; k < readings.size(); k++) {
            NumberPhrase p = phrases.get(k);
            Token before = s.at(p.first() - 1);
            Token after = s.at(p.last() + 1);
            if (readings.get(k) != null || p.vague() || before == null || !before.is("for")
                    || !(after == null || after.isSymbol(".,;:)") || after.is("and") || after.is("but"))) {
                continue;
            }
            for (int j = k - 1; j >= 0; j--) {
                Reading r = readings.get(j);
                if (r != null) {
                    if (r.kind() == Kind.DURATION && r.value() != null && !r.number().vague()) {
                        readings.set(k, lowerEnd(p, r).withRule(r.rule() + "+ellipsis"));
                    }
                    break;
                }
            }
        }
        // 2e. "rises 1.2 points to 15%", "4.1%, up 0.3 points": points beside a percentage are percentage points
        boolean percentInSentence = false;
        for (Reading r : readings) {
            percentInSentence |= r != null && r.kind() == Kind.PERCENT && "%".equals(r.unit());
        }
        for (int k = 0; percentInSentence && k < readings.size(); k++) {
            NumberPhrase p = phrases.get(k);
            Reading r = readings.get(k);
            Token unit = s.at(p.last() + 1);
            if (p.vague() || unit == null || !(unit.is("points") || unit.is("point")) || !unit.spaceBefore()
                    || (r != null && r.kind() != Kind.COUNT) || !s.free(p.last() + 1)
                    || p.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                continue;
            }
            QualifierReader.Found q = qualifiers.before(s.tokens(), p.first());
            Token before = s.at((q != null ? q.first() : p.first()) - 1);
            if (before == null || !(before.is("by") || before.is("up") || before.is("down") || ChangeWords.contains(before.lower()))) {
                continue; // a change of so many points, not a level: "closed at 7,420 points"
            }
            if (restatedAsPercent(s, readings, p.last() + 2)) {
                continue; // "fell 45 points (0.6%)", "rose 120 points, or 1.1%,": an index's points, the percentage their change
            }
            readings.set(k, new Reading(Kind.PERCENT, p.first(), p.last() + 1, p.value(), "pp", "percent.points-beside-percent",
                    p.first(), p));
        }
        // 3. qualifiers and output
        Reading previous = null;
        Qualifier previousQualifier = null;
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            if (r == null) {
                continue;
            }
            int first = r.first();
            int last = r.last();
            Qualifier q = Qualifier.EXACT;
            QualifierReader.Found before = qualifiers.before(toks, first);
            if (before != null && r.kind() == Kind.DURATION && before.first() == before.last() && toks.get(before.first()).is("over")
                    && !(s.at(before.first() - 1) != null && DurationReader.DURATION_CUES.contains(s.get(before.first() - 1).lower()))) {
                before = null; // "carried out over four days" is during, not more than
            }
            if (before != null && s.freeRange(before.first(), before.last()) && bounds[k] == null) {
                q = before.qualifier();
                first = before.first();
            } else {
                Qualifier verb = qualifiers.verbBefore(toks, first);
                if (verb != null) {
                    q = verb;
                }
            }
            QualifierReader.Found afterQ = qualifiers.after(toks, last);
            if (afterQ != null && s.freeRange(afterQ.first(), afterQ.last()) && bounds[k] == null) {
                q = afterQ.qualifier();
                last = afterQ.last();
            }
            if (r.number().plus()) {
                q = Qualifier.MIN;
            }
            if (r.number().vague()) {
                q = Qualifier.APPROX;
            }
            if (bounds[k] != null) {
                q = bounds[k];
            }
            // a conversion in brackets takes over the bound of the figure it converts: "up to 300bn yen ($2.7bn)"
            if (previous != null && previous.kind() == r.kind() && r.kind() == Kind.MONEY && q == Qualifier.EXACT
                    && inBracketsAfter(s, previous.last(), r.first())) {
                q = previousQualifier;
            }
            out.add(new Mention(first, last, r.kind(), r.value(), r.unit(), q, r.rule(), null, r.numberAt()));
            s.claim(first, last);
            previous = r;
            previousQualifier = q;
        }
    }


    /** Fractions of a unit of time: "a quarter of an hour", "three-quarters of a century", "a third of a year". */
    private static final java.util.Map<String, BigDecimal> TIME_FRACTIONS = Lexicon.lookup(java.util.Map.of(
            "quarter", new BigDecimal("0.25"), "quarters", new BigDecimal("0.25"),
            "third", BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL64),
            "thirds", BigDecimal.ONE.divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL64)));

    /**
     * "a quarter of a century", "three quarters of an hour", "two-thirds of a year" as a number
     * phrase ending right before the unit, so the duration reader takes it (and no ratio is read);
     * null otherwise. One takes a singular fraction, more a plural one.
     */
    NumberPhrase fractionOfATimeUnit(SentenceTokens s, int i) {
        Token t = s.get(i);
        BigDecimal count;
        if (t.is("a") || t.is("one")) {
            count = BigDecimal.ONE;
        } else if (t.isWord() && numbers.isNumberWord(t.lower())) {
            NumberPhrase n = s.number(numbers, i);
            if (n == null || n.last() != i || n.vague()) {
                return null;
            }
            count = n.value();
        } else {
            return null;
        }
        int k = i + 1;
        if (s.at(k) != null && s.get(k).isDash() && !s.get(k).spaceBefore()) {
            k++;
        }
        Token fraction = s.at(k);
        Token unit = s.at(k + 3);
        if (fraction == null || unit == null || !TIME_FRACTIONS.containsKey(fraction.lower())
                || (count.compareTo(BigDecimal.ONE) > 0) != fraction.lower().endsWith("s")
                || !s.get(k + 1).is("of") || !(s.get(k + 2).is("a") || s.get(k + 2).is("an"))
                || !ARTICLE_UNITS.contains(unit.lower())) {
            return null;
        }
        return new NumberPhrase(i, k + 2, count.multiply(TIME_FRACTIONS.get(fraction.lower()), java.math.MathContext.DECIMAL64),
                true, BigDecimal.ONE, false);
    }

    /** Units of time "a" or "an" can count as one: not "a second", which is most often "another". */
    static final Set<String> ARTICLE_UNITS = Lexicon.words("year", "month", "week", "fortnight", "day", "hour",
            "minute", "decade", "century");

    /**
     * "an hour", "a decade", "half an hour", "a year and a half" as a number phrase ending right
     * before the time unit, so the duration reader can take it; null when the article is not a
     * number there ("twice a year", "a year ago").
     */
    private NumberPhrase articleDuration(SentenceTokens s, int i) {
        Token t = s.get(i);
        BigDecimal value;
        int unitAt;
        if ((t.is("a") || t.is("an")) && units.time.matchAt(s.tokens(), i + 1) != null) {
            value = BigDecimal.ONE;
            unitAt = i + 1;
        } else if (t.is("half") && s.at(i + 1) != null && (s.get(i + 1).is("a") || s.get(i + 1).is("an"))
                && units.time.matchAt(s.tokens(), i + 2) != null) {
            value = new BigDecimal("0.5");
            unitAt = i + 2;
        } else {
            return null;
        }
        Token prev = s.at(i - 1);
        Token unit = s.get(unitAt);
        Token after = s.at(unitAt + 1);
        if (!ARTICLE_UNITS.contains(unit.lower())
                || (after != null && (after.is("ago") || after.is("earlier") || after.is("later")))) {
            return null;
        }
        boolean andAHalf = s.at(unitAt + 3) != null && s.get(unitAt + 1).is("and") && s.get(unitAt + 2).is("a")
                && s.get(unitAt + 3).is("half");
        if (value.equals(BigDecimal.ONE) && !andAHalf && !(prev != null && DurationReader.DURATION_CUES.contains(prev.lower()))) {
            return null; // "twice a year" is a frequency; "a century and a half" is a length of time
        }
        // "a year and a half": the half joins after the unit; the reader sees the number before the unit
        return new NumberPhrase(i, unitAt - 1, value, true, BigDecimal.ONE, false);
    }

    /** How long a fact-box label before its colon may be: "3. Bilateral meetings held by the crown prince: 11". */
    private static final int LABEL_WORDS = 12;

    /** Verbs of a group of counted things after an elided count: "12 voted against", "19 abstained". */
    private static final Set<String> GROUP_VERBS = Lexicon.words("voted", "abstained", "backed", "opposed", "supported",
            "said", "were", "are", "did", "signed", "joined", "left", "stayed", "agreed", "refused", "attended",
            "have", "had", "remain", "remained", "died", "fled", "finished", "completed", "survived", "returned",
            "arrived", "applied", "will", "would", "could", "may", "might", "must", "should", "can");

    /** The counted noun a bare number takes from its neighbours, or null. */
    private String elidedNoun(SentenceTokens s, NumberPhrase p, List<Reading> readings, int k) {
        int at = p.first();
        QualifierReader.Found q = qualifiers.before(s.tokens(), at);
        int start = q != null ? q.first() : at;
        Token before = s.at(start - 1);
        Token after = s.at(p.last() + 1);
        // "slots from 36 to as few as 22": a plural noun before "from"
        if (before != null && before.is("from") && s.at(start - 2) != null && nouns.isPluralNoun(s.get(start - 2))) {
            return s.get(start - 2).lower();
        }
        if (before != null && before.is("to") && k > 0 && readings.get(k - 1) != null
                && "count.elided".equals(readings.get(k - 1).rule())) {
            return readings.get(k - 1).unit();
        }
        // "149 countries backed it, 12 voted against and 19 abstained"
        if (after != null && GROUP_VERBS.contains(after.lower()) && before != null && (before.isSymbol(",") || before.is("and"))) {
            for (int j = k - 1; j >= 0; j--) {
                Reading r = readings.get(j);
                if (r != null && r.kind() == Kind.COUNT) {
                    return r.unit();
                }
            }
        }
        // "the company, which employs 2,300, made": a whole number that ends its clause after a verb of hiring
        boolean endsClause = after == null || after.isSymbol(".,;:)") || after.is("and") || after.is("but");
        if (before != null && EMPLOY_VERBS.contains(before.lower()) && (endsClause || s.isClaimed(p.last() + 1)) // "hired 400 last year"
                && p.value().stripTrailingZeros().scale() <= 0) {
            return "people";
        }
        // "drew a crowd of 74,310", "a delegation of 30": a group of people of that size
        if (before != null && before.is("of") && s.at(start - 2) != null && (PEOPLE_GROUPS.contains(s.get(start - 2).lower()) || PEOPLE_COUNT_NOUNS.contains(s.get(start - 2).lower()))
                && p.value().stripTrailingZeros().scale() <= 0) {
            return "people";
        }
        // "The number of patients waiting fell to 412,300, down from 447,900": the noun "the number
        // of" names, for a number that a verb or preposition of level or change leads to
        boolean whole = p.scaled() || p.value().stripTrailingZeros().scale() <= 0;
        boolean compared = before != null && ELLIPSIS_LINKS.contains(before.lower()) && countBefore(readings, k);
        Token link = linkBeforeRecord(s, start, before); // "hit a record 906,000": the verb before "a record"
        if (whole && !compared && link != null && NUMBER_OF_LINKS.contains(link.lower())) {
            // (a number compared with a count before it, "1,184 people ..., up from 731", repeats that
            // count's noun in the next pass)
            String counted = numberOfNoun(s, start - 1);
            if (counted == null) {
                counted = subjectNoun(s, start - 1);
            }
            if (counted != null) {
                return counted;
            }
        }
        // "France brought 30 and Germany 28", "the ministry approved 85": a whole number that ends its
        // clause after a verb, or after a name in a clause that leaves the verb out, counts what the
        // count before it counts
        boolean clauseEnd = after == null || after.isSymbol(".,;:)") || after.is("and") || after.is("but");
        if (clauseEnd && whole && before != null && before.isWord() && !p.spelled()) {
            Token beforeName = s.at(start - 2);
            boolean verb = !before.isCapitalized() && isPastVerb(before);
            boolean gapped = before.isCapitalized() && beforeName != null && (beforeName.is("and") || beforeName.isSymbol(","));
            if (verb || gapped) {
                for (int j = k - 1; j >= 0; j--) {
                    Reading r = readings.get(j);
                    if (r != null) {
                        return r.kind() == Kind.COUNT ? r.unit() : null;
                    }
                }
            }
        }
        // "Delegates accredited: more than 1,200": a label line
        if (before != null && before.isSymbol(":") && start - 1 <= LABEL_WORDS) {
            for (int j = 0; j < start - 1; j++) {
                Token w = s.get(j);
                if (w.isWord() && nouns.isPluralNoun(w)) {
                    return w.lower();
                }
            }
        }
        return null;
    }

    /** True when a percentage follows at {@code at} in brackets or after ", or", restating the figure before. */
    private static boolean restatedAsPercent(SentenceTokens s, List<Reading> readings, int at) {
        int k = at;
        if (s.at(k) != null && s.get(k).isSymbol("(")) {
            k++;
        } else if (s.at(k) != null && s.get(k).isSymbol(",") && s.at(k + 1) != null && s.get(k + 1).is("or")) {
            k += 2;
        } else {
            return false;
        }
        for (Reading r : readings) {
            if (r != null && r.kind() == Kind.PERCENT && "%".equals(r.unit()) && r.first() >= k && r.first() <= k + 2) {
                return true;
            }
        }
        return false;
    }

    /** True for a spelled count of time units at {@code k}: "three months earlier", "two years ago". */
    private boolean timeSpanAt(SentenceTokens s, int k) {
        return s.at(k) != null && s.get(k).isWord() && numbers.isNumberWord(s.get(k).lower())
                && units.time.matchAt(s.tokens(), k + 1) != null;
    }

    /** Words that lead to the level a "number of" reached or the change it made: "fell to", "stood at", "reached". */
    private static final Set<String> NUMBER_OF_LINKS = Lexicon.words("to", "at", "from", "by", "reached", "hit", "topped",
            "totalled", "totaled", "exceeded", "passed", "surpassed", "was", "were", "is", "are", "reach", "reaching",
            "exceed", "top", "surpass");
    /** Adjectives between "the" and "number of": "the total number of", "the daily number of". */
    private static final Set<String> NUMBER_OF_ADJECTIVES = Lexicon.words("total", "overall", "combined", "official",
            "daily", "weekly", "monthly", "annual", "average");
    private static final int NUMBER_OF_MODIFIERS = 6;

    /**
     * The plural noun after "the number of" (or "the total number of", "record numbers of") before
     * {@code end}, past at most a few modifiers ("the number of foreign-owned companies"), or the
     * listed plural of the noun before "numbers" ("passenger numbers"), or "people" for "the
     * population" (or the noun after "population of"); or null. "a number of"
     * means "several" and names no count.
     */
    private String numberOfNoun(SentenceTokens s, int end) {
        for (int j = 0; j < end; j++) {
            if (s.get(j).is("toll") && j > 0 && s.get(j - 1).is("death") && isHeadBeforeVerb(s.get(j + 1))) {
                return "deaths"; // "the death toll rose to 214"
            }
            if (PEOPLE_COUNT_NOUNS.contains(s.get(j).lower()) && isHeadBeforeVerb(s.get(j + 1))) {
                // "The population is expected to reach 9.7 billion", "Net migration hit 906,000":
                // people, unless "of" after "population" names who; not "the population density was 410"
                if (!s.get(j).lower().startsWith("population")) {
                    return "people";
                }
                String counted = s.get(j + 1).is("of") ? pluralAfter(s, j + 2, end) : "people";
                if (counted == null && s.get(j + 1).is("of") && namesAPlace(s, j + 2, end)) {
                    counted = "people"; // "the population of Lagos", "of the Philippines"
                }
                if (counted != null) {
                    return counted;
                }
                continue;
            }
            if (j == 0) {
                continue;
            }
            if (s.get(j).is("count") && s.get(j - 1).isWord() && !s.get(j - 1).isCapitalized()
                    && isHeadBeforeVerb(s.get(j + 1)) && !s.get(j + 1).is("of") && !nouns.isFunctionWord(s.get(j - 1))
                    && !numbers.isNumberWord(s.get(j - 1).lower())) {
                // "its seat count to 21", "the vote count reached 1.2 million": a count of the noun before "count"
                return CountNouns.plural(s.get(j - 1).lower());
            }
            if (s.get(j).is("numbers") && s.get(j - 1).isWord() && !s.get(j + 1).is("of")) {
                // "Passenger numbers reached 142.6 million": a listed noun before "numbers" names the count
                String plural = nouns.listedPlural(s.get(j - 1).lower());
                if (plural != null && !nouns.isFunctionWord(s.get(j - 1))) {
                    return plural;
                }
                continue;
            }
            if (!(s.get(j).is("number") || s.get(j).is("numbers")) || j + 1 >= end || !s.get(j + 1).is("of")) {
                continue;
            }
            Token det = s.get(j - 1);
            if (NUMBER_OF_ADJECTIVES.contains(det.lower()) && j >= 2) {
                det = s.get(j - 2);
            }
            if (!det.is("the") && !s.get(j).is("numbers")) {
                continue; // "a number of" is "several"; "record numbers of tourists" names them
            }
            String counted = pluralAfter(s, j + 2, end);
            if (counted == null && j + 2 < end && PEOPLE_ADJECTIVES.contains(s.get(j + 2).lower())) {
                counted = "people"; // "the number of dead", "the number of unemployed"
            }
            if (counted != null) {
                return counted;
            }
        }
        return null;
    }

    /** True when a capitalized name follows at {@code at}, after "the" or not: a place whose people are counted. */
    private static boolean namesAPlace(SentenceTokens s, int at, int end) {
        int k = at < end && s.get(at).is("the") ? at + 1 : at;
        return k < end && s.get(k).isWord() && s.get(k).isCapitalized();
    }

    /**
     * The word before "a record" ("a new record", "an all-time record") right before the number at
     * {@code start}, or {@code before} when no such words stand there.
     */
    private static Token linkBeforeRecord(SentenceTokens s, int start, Token before) {
        if (before == null || !before.is("record")) {
            return before;
        }
        int k = start - 2;
        if (s.at(k) != null && (s.get(k).is("new") || s.get(k).is("all-time"))) {
            k--;
        }
        return s.at(k) != null && (s.get(k).is("a") || s.get(k).is("an")) ? s.at(k - 1) : before;
    }

    /** Verbs whose bare object is a number of people: "employs 2,300", "hired 400". */
    private static final Set<String> EMPLOY_VERBS = Lexicon.words("employs", "employ", "employed", "employing", "hired",
            "hires", "hiring", "recruited", "recruits", "recruiting");

    /**
     * Nouns of a group of people whose size "of" and a bare number give ("a crowd of 74,310"),
     * beside those of {@code people-count-nouns.txt} ("an attendance of 45,000").
     */
    private static final Set<String> PEOPLE_GROUPS = Lexicon.words("crowd", "crowds", "delegation", "team", "congregation",
            "gathering", "staff", "army", "force", "contingent", "cohort", "class");

    /** {@code people-count-nouns.txt}: "population", "migration", "attendance"... stand for a number of people. */
    private static final Set<String> PEOPLE_COUNT_NOUNS = Set.copyOf(Lexicon.lines("people-count-nouns.txt"));

    /** Adjectives that name people after "the number of": "the number of dead had risen to 214". */
    static final Set<String> PEOPLE_ADJECTIVES = Lexicon.words("dead", "injured", "wounded", "missing", "displaced",
            "unemployed", "homeless", "jobless", "sick", "elderly", "poor");

    private static boolean countBefore(List<Reading> readings, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (readings.get(j) != null && readings.get(j).kind() == Kind.COUNT) {
                return true;
            }
        }
        return false;
    }

    /** Irregular past forms that end a clause before an elided count: "France brought 30". */
    private static final Set<String> PAST_FORMS = Lexicon.words("brought", "sent", "took", "won", "had", "got", "made",
            "gave", "sold", "bought", "built", "saw", "kept", "lost", "held", "chose", "drew");

    /** A past verb that can govern a count, not "aged" (an age) or "numbered". */
    private static boolean isPastVerb(Token t) {
        String w = t.lower();
        return PAST_FORMS.contains(w) || (w.length() > 4 && w.endsWith("ed") && !w.equals("aged") && !w.equals("numbered"));
    }

    /** True when {@code next} shows the word before it heads its phrase: "of", punctuation, a function word or a verb. */
    private boolean isHeadBeforeVerb(Token next) {
        String w = next.lower();
        return !next.isWord() || w.equals("of") || nouns.isFunctionWord(next) || ChangeWords.contains(w)
                || NUMBER_OF_LINKS.contains(w) || (w.endsWith("ed") && w.length() > 4);
    }

    /** {@code measure-nouns.txt}: plural nouns of amounts, which count nothing ("Prices rose to 268,400"). */
    private static final Set<String> MEASURE_NOUNS = Set.copyOf(Lexicon.lines("measure-nouns.txt"));
    /** Verbs of level after a sentence's subject: "Passenger journeys reached 1.6 billion". */
    private static final Set<String> LEVEL_VERBS = Lexicon.words("reached", "hit", "topped", "totalled", "totaled", "stood",
            "exceeded", "passed", "surpassed", "numbered");
    /** How many words a plain subject may have before its verb: "Mortgage approvals for house purchases climbed". */
    private static final int MAX_SUBJECT = 6;

    /**
     * The plural noun that heads a sentence's plain subject, right before its first verb of level or
     * change ("Passenger journeys reached 1.6 billion", "Mortgage approvals climbed to 66,000") or
     * before its first preposition ("Deaths from overdoses rose to 107,543"), when it counts things
     * and not an amount ({@link #MEASURE_NOUNS}); or null.
     */
    private String subjectNoun(SentenceTokens s, int end) {
        int preposition = -1;
        for (int j = 1; j <= end && j <= MAX_SUBJECT; j++) {
            Token t = s.get(j);
            if (!t.isWord()) {
                return null; // a number, a comma or a bracket before the verb: no plain subject
            }
            if (preposition < 0 && SUBJECT_PREPOSITIONS.contains(t.lower())) {
                preposition = j; // "Deaths from overdoses rose": the head stands before the preposition
            }
            if (LEVEL_VERBS.contains(t.lower()) || ChangeWords.contains(t.lower())) {
                int at = preposition > 0 ? preposition - 1 : j - 1;
                Token head = s.get(at);
                return nouns.isPluralNoun(head) && !nouns.isFunctionWord(head) && !MEASURE_NOUNS.contains(head.lower())
                        && !(head.isCapitalized() && at > 0) ? head.lower() : null;
            }
        }
        return null;
    }

    /** Prepositions that end a subject's head: "Deaths from overdoses", "Mortgage approvals for house purchases". */
    private static final Set<String> SUBJECT_PREPOSITIONS = Lexicon.words("of", "from", "for", "in", "at", "by", "among",
            "with", "on", "to");

    /** The first plural noun from {@code from}, past at most a few modifiers, before {@code end}; or null. */
    private String pluralAfter(SentenceTokens s, int from, int end) {
        for (int k = from; k < end && k < from + NUMBER_OF_MODIFIERS; k++) {
            Token w = s.get(k);
            if (w.isDash() && !w.spaceBefore()) {
                continue; // "foreign-owned"
            }
            if (!w.isWord() || nouns.isFunctionWord(w)) {
                break;
            }
            if (nouns.isPluralNoun(w) && !w.isCapitalized()) {
                return w.lower();
            }
        }
        return null;
    }

    /** The lower end of a range written without its unit takes the unit of the upper end: {@code 2-4%}. */
    private Reading lowerEnd(NumberPhrase a, Reading b) {
        if (a.vague() || b.number().vague() || b.value() == null) {
            return null;
        }
        BigDecimal value = a.value();
        if (!a.scaled() && a.value().abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
            // "between 2 and 3 billion": the scale written once applies to both; but "2.16m
            // attendances, an average of 74,500 a day" is written out in full
            value = value.multiply(b.number().scale());
        }
        value = value.multiply(unitFactor(b));
        return new Reading(b.kind(), a.first(), a.last(), value, b.unit(), b.rule() + "+range", a.first(), a);
    }

    /** The upper end of a range written without its unit takes the unit of the lower end: {@code $3-4 billion}. */
    private Reading upperEnd(Reading a, NumberPhrase b) {
        if (b.vague() || a.number().vague() || a.value() == null) {
            return null;
        }
        return new Reading(a.kind(), b.first(), b.last(), b.value().multiply(unitFactor(a)), a.unit(), a.rule() + "+range", b.first(), b);
    }

    /** The lower end takes the scale written only on the upper end: {@code $3-4 billion} is $3 billion to $4 billion. */
    private static Reading rescaled(Reading a, NumberPhrase b) {
        if (a.number().scaled() || !b.scaled()) {
            return a;
        }
        return new Reading(a.kind(), a.first(), a.last(), a.value().multiply(b.scale()), a.unit(), a.rule(), a.numberAt(),
                a.number().withValue(a.number().value().multiply(b.scale())));
    }

    /** The factor the unit applied (a subunit's 0.01, a unit conversion), without the scale word. */
    private static BigDecimal unitFactor(Reading r) {
        if (r.number().value().signum() == 0 || r.value() == null) {
            return BigDecimal.ONE;
        }
        return r.value().divide(r.number().value(), java.math.MathContext.DECIMAL64);
    }

    /** True when a change verb stands just before "from": "rose from X to Y". */
    private static boolean isChange(SentenceTokens s, int fromAt) {
        // "tickets will go up from £16.50 to £18, and a 28-day ticket from £60 to £66": the verb may stand well before
        for (int k = fromAt - 1; k >= 0 && k >= fromAt - CHANGE_REACH; k--) {
            if (ChangeWords.contains(s.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBracketsAfter(SentenceTokens s, int prevLast, int first) {
        Token open = s.at(first - 1);
        if (open == null) {
            return false;
        }
        if (open.isSymbol("(")) {
            return first - 1 == prevLast + 1;
        }
        // "300bn yen ($2.7bn; £2.1bn)": a later conversion in the same brackets
        if (open.isSymbol(";,")) {
            for (int k = first - 2; k > prevLast; k--) {
                if (s.get(k).isSymbol("(")) {
                    return true;
                }
                if (s.get(k).isSymbol(")")) {
                    return false;
                }
            }
        }
        return false;
    }

    // ---- which numbers can be figures at all ----

    private boolean isFigureNumber(SentenceTokens s, NumberPhrase n) {
        Token first = s.get(n.first());
        Token prev = s.at(n.first() - 1);
        Token next = s.at(n.last() + 1);
        if (first.isNumber()) {
            if (prev != null && !first.spaceBefore()) {
                if (prev.isWord() && currencies.marks.matchEndingAt(s.tokens(), n.first() - 1) == null) {
                    return false; // S300, G20, Q1; but USD2bn is money
                }
                Token beforePrev = s.at(n.first() - 2);
                if (beforePrev != null && !prev.spaceBefore()
                        && ((prev.isDash() && beforePrev.isWord()) || (prev.isSymbol("+/") && (beforePrev.isWord() || beforePrev.isNumber())))) {
                    return false; // Mi-8, ASEAN+6, 24/7; but 2-4% is a range
                }
                if (prev.isSymbol(":.#№") && currencies.marks.matchEndingAt(s.tokens(), n.first() - 1) == null) {
                    return false; // 10:30, No.5; but Rs.306 is money
                }
            }
            if (next != null && !next.spaceBefore()) {
                if (next.isSymbol(":") && s.at(n.last() + 2) != null && s.get(n.last() + 2).isNumber()) {
                    return false; // 10:30
                }
                if (next.isWord() && ORDINAL_SUFFIXES.contains(next.lower())) {
                    return false; // 5th
                }
            }
            if (next != null && next.isWord() && ORDINAL_SUFFIXES.contains(next.lower()) && n.first() == n.last()) {
                return false; // "13 th", as scraped pages write it
            }
            if (prev != null && prev.isSymbol("[") && next != null && next.isSymbol("]")) {
                return false; // footnote mark [1]
            }
            if (n.first() == 0 && next != null && next.isSymbol(".)") && !next.spaceBefore()
                    && first.text().length() <= 2 && s.at(n.last() + 2) != null && s.get(n.last() + 2).spaceBefore()) {
                return false; // list numbering: "1. Wheat", "2) Oil"
            }
            if (prev != null && prev.isSymbol("(") && next != null && next.isSymbol(")") && n.first() <= 1) {
                return false; // "(1) ..." list numbering
            }
            // a.m./p.m. times: "at 9 am", "3 p.m."
            if (next != null && next.isWord() && (next.is("am") || next.is("pm") || next.is("a.m") || next.is("p.m"))) {
                return false;
            }
        } else {
            // spelled numbers in hyphenated compounds are adjectives: "two-state solution", "six-party talks"
            if (next != null && next.isDash() && !next.spaceBefore() && s.at(n.last() + 2) != null
                    && !s.get(n.last() + 2).spaceBefore() && s.get(n.last() + 2).isWord()
                    && !s.get(n.last() + 2).is("plus") && units.time.matchAt(s.tokens(), n.last() + 2) == null
                    && !s.get(n.last() + 2).is("fold")) {
                return false;
            }
        }
        return true;
    }


    // ---- the unit readers, in order, and the sign before the number ----

    private Reading read(SentenceTokens s, NumberPhrase n) {
        Reading r = readUnit(s, n);
        if (r == null || r.kind() == Kind.COUNT || r.kind() == Kind.DURATION || r.value() == null || r.first() != n.first()) {
            return r;
        }
        // "-0.4%", "−15°C": a minus sign glued to the number and spaced from what stands before it
        Token sign = s.at(n.first() - 1);
        if (sign != null && sign.isSymbol("-\u2212") && !s.get(n.first()).spaceBefore() && s.free(n.first() - 1)
                && (n.first() - 1 == 0 || sign.spaceBefore() || s.get(n.first() - 2).isSymbol("(["))) {
            BigDecimal negated = r.value().negate();
            if (r.kind() == Kind.QUANTITY && r.unit().equals("°C")) {
                // a temperature is converted with an offset: the sign goes on the number, before it;
                // "-9C", Celsius without the degree sign, matches no unit phrase and needs no converting
                PhraseTable.Match<Units.Unit> unit = units.physical.matchAt(s.tokens(), n.last() + 1);
                negated = unit == null ? n.value().negate() : unit.value().convert(n.value().negate());
            }
            return new Reading(r.kind(), n.first() - 1, r.last(), negated, r.unit(), r.rule() + "+sign", r.numberAt(),
                    n.withValue(n.value().negate()));
        }
        return r;
    }

    private Reading readUnit(SentenceTokens s, NumberPhrase n) {
        for (UnitReader reader : readers) {
            Reading r = reader.read(s, n);
            if (r != null) {
                return r;
            }
        }
        return null;
    }






}
