package dev.factx.classify;

import dev.factx.model.Kind;
import dev.factx.normalize.ChangeWords;
import dev.factx.normalize.Lexicon;
import dev.factx.recognize.Mention;
import dev.factx.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Ties a figure to the time the sentence says it refers to ({@code period}).
 *
 * <p>A figure takes a date of its own clause ({@link Clauses}): the one linked right after it
 * ({@code $7.4 billion in 2017}), else one right before it, else the nearest. A date that is only
 * the base of a comparison ({@code the figure for 2017}, {@code compared with 2016}) is not a
 * period. A bracketed clause without a date looks in the clause around it. When the clause has
 * none, a date that opens the sentence ({@code In 2010, ...}) applies to all of it, and
 * {@code at that time} / {@code by then} refers to the date last mentioned. A multiplier followed
 * by brackets that give both ends of the change ({@code quadrupling (from ... 2007 to ... 2017)})
 * takes the interval. Frequencies ({@code every year}) are never periods. Durations and dates
 * have no period. Immutable and thread-safe.
 */
public final class PeriodAttributor {

    private static final Set<String> LINKS = Lexicon.words("in", "for", "during", "by", "over", "as", "of", "at", "on", "since");
    private static final Set<String> COMPARISON = Lexicon.words("compared", "than", "versus", "vs", "vs.", "against", "relative");

    /**
     * @param toks          the sentence's tokens
     * @param clauses       its clauses
     * @param dates         the sentence's dates, resolved, in order
     * @param figure        the figure
     * @param lastDateBefore the value of the last date mentioned before this sentence, or null
     */
    public String period(List<Token> toks, Clauses clauses, List<DatedMention> dates, Mention figure, String lastDateBefore) {
        if (figure.kind() == Kind.DATE || figure.kind() == Kind.DURATION) {
            return null;
        }
        if (figure.kind() == Kind.QUANTITY && figure.last() + 1 < toks.size()
                && DIMENSIONS.contains(toks.get(figure.last() + 1).lower())) {
            return null; // "a ship 400 metres long": a dimension has no period
        }
        int clause = clauses.of(figure.numberAt());
        String p = inClause(toks, clauses, dates, figure, clause);
        if (p != null) {
            return p;
        }
        if (figure.kind() == Kind.RATIO && "times".equals(figure.unit())) {
            p = changeInBracketsAfter(toks, clauses, dates, figure);
            if (p != null) {
                return p;
            }
        }
        if (clauses.bracketed(clause)) {
            int outer = clauses.parentOf(clause);
            p = inClause(toks, clauses, dates, figure, outer);
            if (p != null) {
                return p;
            }
            clause = outer;
        }
        if (lastDateBefore != null && anaphoricTime(toks, clauses, clause)) {
            return lastDateBefore;
        }
        // "In 2010, Russia became ...", "In the dry season of 2023, when ...": a date in the phrase that
        // opens the sentence scopes over all of it
        for (DatedMention d : dates) {
            Mention m = d.mention();
            if (inOpeningPhrase(toks, m) && !isBase(toks, m)) {
                return d.value();
            }
        }
        return null;
    }

    /** Prepositions that open a sentence with a time phrase. */
    private static final Set<String> OPENING = Lexicon.words("in", "on", "during", "by", "at", "after", "before", "since",
            "throughout", "between", "from", "over", "until", "last", "this", "early", "late", "for");

    /** A date in the phrase that opens the sentence: "For the 2025 financial year ...", "In 2019 ...". */
    private static boolean opensSentence(List<Token> toks, Mention date) {
        return date.first() == 0 || (date.first() <= 2 && OPENING.contains(toks.get(0).lower()));
    }

    private static boolean inOpeningPhrase(List<Token> toks, Mention date) {
        Token after = date.last() + 1 < toks.size() ? toks.get(date.last() + 1) : null;
        if (date.first() <= 2 && after != null && after.isSymbol(",")) {
            return true;
        }
        if (toks.isEmpty() || !OPENING.contains(toks.get(0).lower()) || date.last() > 10) {
            return false;
        }
        for (int k = 0; k < date.first(); k++) {
            if (toks.get(k).isSymbol(",;")) {
                return false; // the opening phrase ended before the date
            }
        }
        return after != null && after.isSymbol(",");
    }

    /** ", in 2015," set off by commas: an adverbial of its whole clause, however far the figure. */
    private static boolean setOffByCommas(List<Token> toks, Mention date) {
        int k = date.first() - 1;
        if (k >= 0 && LINKS.contains(toks.get(k).lower())) {
            k--;
        }
        return k >= 0 && toks.get(k).isSymbol(",") && date.last() + 1 < toks.size() && toks.get(date.last() + 1).isSymbol(",");
    }

    private static boolean nowBetween(List<Token> toks, Mention date, Mention figure) {
        for (int j = Math.min(date.last(), figure.last()) + 1; j < Math.max(date.first(), figure.first()); j++) {
            if (NOW.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private String inClause(List<Token> toks, Clauses clauses, List<DatedMention> dates, Mention figure, int clause) {
        DatedMention labelling = null;
        DatedMention after = null;
        DatedMention before = null;
        DatedMention nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (DatedMention d : dates) {
            Mention m = d.mention();
            if (clauses.of(m.first()) != clause || isBase(toks, m) || isStartingPoint(toks, m) || isFounding(toks, m, figure)
                    || isPriceBase(toks, m)
                    || (isAttributive(toks, m) && !namesFigure(toks, m, figure))) {
                continue;
            }
            if (nowBetween(toks, m, figure) && !opensSentence(toks, m)) {
                continue; // "opened last July and can now carry up to 21 million cubic metres a day"; but
                          // "For the 2025 financial year the group now expects ..." speaks of 2025
            }
            if (datesALaterBase(toks, figure, m) || datesAnEarlierBase(toks, figure, m)) {
                continue; // "turnout was 67%, compared with 69% in 2019": 2019 is the 69%'s
            }
            if (farAcrossComma(toks, clauses, figure, m) && !setOffByCommas(toks, m)) {
                continue; // "climb to $10 billion, a target first floated in Istanbul in 2012"
            }
            if (labelling == null && m.last() < figure.first() && namesFigure(toks, m, figure)) {
                labelling = d; // "third-quarter revenue of US$4.87 billion on Thursday": the label, not the day told
            }
            if (m.first() > figure.last() && m.first() - figure.last() <= 2 && after == null
                    && (m.first() == figure.last() + 1 || LINKS.contains(toks.get(m.first() - 1).lower()))) {
                after = d;
            }
            if (after == null && labelsTheNoun(toks, figure, m)) {
                after = d; // "a $1.4 billion operating budget for fiscal 2026"
            }
            if (m.last() < figure.first() && figure.first() - m.last() <= 2) {
                before = d;
            }
            int distance = m.first() > figure.last() ? m.first() - figure.last() : figure.first() - m.last();
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearest = d;
            }
        }
        DatedMention chosen = labelling != null ? labelling : after != null ? after : before != null ? before : nearest;
        return chosen == null ? null : stretchEndingAt(toks, chosen);
    }

    private static final java.util.Map<String, Integer> STEP_COUNTS = Lexicon.lookup(java.util.Map.ofEntries(
            java.util.Map.entry("two", 2), java.util.Map.entry("three", 3), java.util.Map.entry("four", 4),
            java.util.Map.entry("five", 5), java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7),
            java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10),
            java.util.Map.entry("eleven", 11), java.util.Map.entry("twelve", 12), java.util.Map.entry("thirteen", 13),
            java.util.Map.entry("sixteen", 16), java.util.Map.entry("eighteen", 18)));

    /**
     * "in the three months to September", "in the year to March" (or "ended", "ending"): the stretch of so many months
     * that ends in the month named ({@code 2024-07/2024-09}), as statistics offices report; "in the
     * 13 weeks to 28 December", "the six months to 30 June": so many weeks, days or months ending on
     * the day named ({@code 2024-09-29/2024-12-28}; whole months as months, {@code 2024-01/2024-06});
     * else the date's own value.
     */
    private static String stretchEndingAt(List<Token> toks, DatedMention d) {
        Mention m = d.mention();
        String v = d.value();
        int k = m.first() - 1;
        boolean month = v != null && v.length() == 7 && v.charAt(4) == '-';
        boolean day = v != null && v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-';
        if (!(month || day) || k < 2 || !(toks.get(k).is("to") || toks.get(k).is("ended") || toks.get(k).is("ending"))) {
            return v;
        }
        Token unit = toks.get(k - 1);
        Token count = toks.get(k - 2);
        Integer n = count.isNumber() && count.text().matches("\\d{1,2}") ? Integer.valueOf(count.text()) : STEP_COUNTS.get(count.lower());
        Integer months = null;
        Integer days = null;
        boolean the = count.is("the") || count.is("financial") || count.is("fiscal");
        if (unit.is("year") && the) {
            months = 12;
        } else if (unit.is("quarter") && the) {
            months = 3; // "the quarter ended 30 June"
        } else if (day && unit.is("week") && the) {
            days = 7; // "in the week to Sunday"
        } else if (day && unit.is("month") && the) {
            months = 1; // "in the month to 15 May"
        } else if (unit.is("half") && the) {
            months = 6;
        } else if (unit.is("months")) {
            months = n;
        } else if (day && unit.is("weeks") && n != null) {
            days = n * 7;
        } else if (day && unit.is("days") && n != null) {
            days = n;
        }
        try {
            if (months != null && (months >= 2 || day) && months >= 1 && months <= 24) {
                if (month) {
                    java.time.YearMonth end = java.time.YearMonth.parse(v);
                    return end.minusMonths(months - 1L) + "/" + end;
                }
                java.time.LocalDate end = java.time.LocalDate.parse(v);
                if (end.getDayOfMonth() == end.lengthOfMonth()) {
                    // to a month's last day, the stretch is whole months, written as months:
                    // "the six months to 30 June" is 2024-01/2024-06
                    java.time.YearMonth last = java.time.YearMonth.from(end);
                    return last.minusMonths(months - 1L) + "/" + last;
                }
                return end.minusMonths(months).plusDays(1) + "/" + end;
            }
            if (days != null && days >= 2 && days <= 400) {
                java.time.LocalDate end = java.time.LocalDate.parse(v);
                return end.minusDays(days - 1L) + "/" + end;
            }
        } catch (java.time.format.DateTimeParseException e) {
            return v; // "XXXX-09": no year to count back from
        }
        return v;
    }

    /** "quadrupling over the last 10 years (from X in 2007 to Y in 2017)": the interval of the bracketed change. */
    private String changeInBracketsAfter(List<Token> toks, Clauses clauses, List<DatedMention> dates, Mention figure) {
        int clause = clauses.of(figure.numberAt());
        for (int k = figure.last() + 1; k < toks.size(); k++) {
            if (!toks.get(k).isSymbol("(") && clauses.of(k) != clause) {
                return null;
            }
            if (toks.get(k).isSymbol("(")) {
                int inner = clauses.of(k);
                DatedMention first = null;
                DatedMention last = null;
                for (DatedMention d : dates) {
                    if (clauses.of(d.mention().first()) == inner) {
                        if (first == null) {
                            first = d;
                        }
                        last = d;
                    }
                }
                if (first != null && last != first && !first.value().contains("/") && !last.value().contains("/")) {
                    return first.value() + "/" + last.value();
                }
                return null;
            }
        }
        return null;
    }

    /** How far a date may stand from a figure across a comma and still be its period. */
    private static final int COMMA_REACH = 8;

    /**
     * True when a comma separates the date from the figure and they stand far apart, unless the
     * date opens the clause ("last year's turnover amounted to $2.5 billion, exceeding ... by 19%").
     */
    private static boolean farAcrossComma(List<Token> toks, Clauses clauses, Mention figure, Mention date) {
        int from = Math.min(figure.last(), date.last());
        int to = Math.max(figure.first(), date.first());
        if (to - from <= COMMA_REACH) {
            return false;
        }
        boolean comma = false;
        for (int k = from + 1; k < to && !comma; k++) {
            comma = toks.get(k).isSymbol(",");
        }
        if (!comma) {
            return false;
        }
        int clauseStart = clauses.firstToken(clauses.of(date.first()));
        return date.first() - clauseStart > 3;
    }

    /**
     * "since May 2018", "before 2022", "after 2010": the edge of an open stretch of time, not the
     * time a figure refers to; but "before the end of 2026" is a deadline within the figure's time.
     */
    private static boolean isStartingPoint(List<Token> toks, Mention date) {
        if (date.first() == 0) {
            return false;
        }
        Token before = toks.get(date.first() - 1);
        if (before.is("in")) {
            // "since the IPO in 2021", "since its launch in March": the date of the event a stretch began with
            for (int k = date.first() - 2; k >= 0 && k >= date.first() - 5; k--) {
                Token t = toks.get(k);
                if (t.is("since")) {
                    return true;
                }
                if (!t.isWord() || t.isNumber()) {
                    break;
                }
            }
        }
        return before.is("since") || ((before.is("before") || before.is("after")) && !toks.get(date.first()).is("the"));
    }

    /** Nouns of a level a change is measured from: "from a peak of", "from the record of". */
    private static final Set<String> LEVELS = Lexicon.words("peak", "high", "low", "record", "level", "trough");

    /** True for "a peak of", "the record", "a 2022 high of" at {@code k}: a level that has its own time. */
    private static boolean namesALevel(List<Token> toks, int k) {
        if (k >= toks.size() || !(toks.get(k).is("a") || toks.get(k).is("the") || toks.get(k).is("its") || toks.get(k).is("their"))) {
            return false;
        }
        for (int j = k + 1; j < toks.size() && j <= k + 3; j++) {
            if (LEVELS.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "their 2015 peak", "its 2019 outlook", "for March delivery", "December-loading cargoes": a date naming a thing. */
    private static boolean isAttributive(List<Token> toks, Mention date) {
        if (date.time() != null && date.time().month() != null && date.time().day() == null
                && date.first() == date.last() && toks.get(date.first()).isWord() && date.last() + 1 < toks.size()) {
            Token after = toks.get(date.last() + 1);
            Token before = date.first() > 0 ? toks.get(date.first() - 1) : null;
            boolean labelPosition = before == null || LABEL_BEFORE.contains(before.lower());
            if (labelPosition && ((after.isWord() && !after.isCapitalized() && !NOT_NOUNS.contains(after.lower())
                    && !LINKS.contains(after.lower()) && !after.lower().endsWith("ed"))
                    || (after.isDash() && !after.spaceBefore()))) {
                return true; // "for March delivery", "the December corn contract": a label, not the figure's time
            }
        }
        if (date.first() != date.last() || date.first() == 0 || date.last() + 1 >= toks.size()) {
            return false;
        }
        Token before = toks.get(date.first() - 1);
        Token after = toks.get(date.last() + 1);
        return after.isWord() && !after.isCapitalized() && !after.is("and") && !after.is("to")
                && (before.is("its") || before.is("their") || before.is("his") || before.is("her") || before.is("our")
                    || before.is("'s") || before.is("’s"));
    }

    /** Nouns after a year that make it the base of prices: "in 2012 prices", "in 2015 dollars", "in real 2020 terms". */
    private static final Set<String> PRICE_BASE_NOUNS = Lexicon.words("prices", "dollars", "terms", "money", "pounds",
            "euros", "values");

    /**
     * True for a year that names the prices a figure is told in, not its time: "£59.90 per
     * megawatt-hour in 2012 prices", "$4.2 trillion in 2015 dollars".
     */
    private static boolean isPriceBase(List<Token> toks, Mention date) {
        return date.last() + 1 < toks.size() && PRICE_BASE_NOUNS.contains(toks.get(date.last() + 1).lower())
                && date.time() != null && date.time().year() != null && date.time().month() == null
                && date.time().end() == null;
    }

    /** True for "at that time", "by the that time", "by then" in the clause. */
    private static boolean anaphoricTime(List<Token> toks, Clauses clauses, int clause) {
        for (int k : anaphoricPairs(toks)) {
            if (clauses.of(k) == clause || clauses.parentOf(clauses.of(k)) == clause) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where "that time", "by then", "until then" or "since then" starts in the last sentence a
     * thread asked about: every figure of a sentence asks, and scanning the whole sentence for
     * each made a long sentence dense with figures quadratic.
     */
    private static final ThreadLocal<AnaphoricPairs> LAST_SENTENCE = ThreadLocal.withInitial(AnaphoricPairs::new);

    private static final class AnaphoricPairs {
        /** Held, not copied: compared by identity, so a later list can never pass for it. */
        List<Token> toks;
        int[] at;
    }

    private static int[] anaphoricPairs(List<Token> toks) {
        AnaphoricPairs last = LAST_SENTENCE.get();
        if (last.toks != toks) {
            int[] at = new int[0];
            for (int k = 0; k + 1 < toks.size(); k++) {
                Token a = toks.get(k);
                Token b = toks.get(k + 1);
                if ((a.is("that") && b.is("time")) || ((a.is("by") || a.is("until") || a.is("since")) && b.is("then"))) {
                    at = java.util.Arrays.copyOf(at, at.length + 1);
                    at[at.length - 1] = k;
                }
            }
            last.toks = toks;
            last.at = at;
        }
        return last.at;
    }

    /**
     * A date that is the base of a comparison: "compared with 2016", "than in 2015", "twice as much
     * as in 2018", and "the
     * figure for 2017" after a comparing verb ("exceeding the figure for 2017"); but "the trade
     * figure for 2017 was $1.5 billion" names the figure's own year.
     */
    private static boolean isBase(List<Token> toks, Mention date) {
        // "up 65% from 2022": a lone "from" date is where a change started, unless a range follows ("from 2007 to 2017");
        // "up 7% on the previous month": "on" a stretch longer than a day is what the change is measured against,
        // while "rose 5% on Monday" tells when
        boolean from = date.first() > 1 && toks.get(date.first() - 1).is("from");
        boolean on = date.first() > 1 && toks.get(date.first() - 1).is("on") && date.time() != null
                && date.time().day() == null && date.time().weekday() == null && date.time().relDays() == null;
        if ((from || on) && date.time() != null && date.time().end() == null) {
            Token after = date.last() + 1 < toks.size() ? toks.get(date.last() + 1) : null;
            Token changed = toks.get(date.first() - 2); // "65% from", "quadrupled from"; not "lines from September"
            boolean afterChange = changed.isSymbol("%") || changed.isNumber() || changed.is("cent") || changed.is("percent")
                    || changed.is("points") || ChangeWords.contains(changed.lower());
            if (afterChange && (after == null || !(after.is("to") || after.is("until") || after.is("through") || after.isDash()))) {
                return true;
            }
        }
        for (int k = date.first() - 1; k >= 0 && k >= date.first() - 4; k--) {
            Token t = toks.get(k);
            if (CURRENCIES_COMPARED.contains(t.lower())) {
                return false; // "lost 30% against the dollar this year": a currency is measured against another, not a year
            }
            if (COMPARISON.contains(t.lower())) {
                return true;
            }
            if (t.is("as") && k >= 2 && toks.get(k - 2).is("as") && AS_MUCH_AS.contains(toks.get(k - 1).lower())) {
                return true; // "twice as much as in 2018", "as high as last year"
            }
            if (t.is("figure") || t.is("level") || t.is("levels") || t.is("figures")) {
                for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                    String w = toks.get(j).lower();
                    if (w.startsWith("exceed") || w.startsWith("surpass") || w.startsWith("beat") || w.equals("above")
                            || w.equals("below") || w.equals("over") || w.equals("under") || COMPARISON.contains(w)) {
                        return true;
                    }
                }
                return false;
            }
            if (t.isSymbol(",;()") || t.isNumber()) {
                return false; // the comparison word belongs to something before: "against just 300 MW two years ago"
            }
        }
        return false;
    }

    /**
     * True when {@code date} comes after {@code figure} with a comparison word and then a number
     * between them: "67%, compared with 69% in 2019", "$5bn, up from $4bn in 2019", "900 MW,
     * against just 300 MW two years ago". The date is the period of the figure compared with,
     * the base, not of the one before the comparison.
     */
    private static boolean datesALaterBase(List<Token> toks, Mention figure, Mention date) {
        boolean comparing = false;
        for (int k = figure.last() + 1; k < date.first(); k++) {
            Token t = toks.get(k);
            if (COMPARISON.contains(t.lower()) || (t.is("from") && (toks.get(k - 1).is("up") || toks.get(k - 1).is("down")
                    || (k == figure.last() + 1 && (namesALevel(toks, k + 1) || isWholeYear(date)))))) {
                // "slipped to 10.1 million tonnes from a peak of 12.4 million tonnes in January", "rises to
                // $48 million from $39.5 million last year"; but in "was cut to 26% from 33% in January"
                // January is when the cut was made
                comparing = true;
            } else if (comparing && t.isNumber()) {
                return true;
            }
        }
        return false;
    }

    /** How many words may name what the figure measures before "for" and a date: "operating budget for". */
    private static final int FOR_REACH = 3;

    /**
     * True when the figure's noun, in at most {@link #FOR_REACH} small-letter words, is followed by
     * "for" and the date: "a $1.4 billion operating budget for fiscal 2026", "a 3% pay rise for
     * 2025". The date is what the noun is for.
     */
    private static boolean labelsTheNoun(List<Token> toks, Mention figure, Mention date) {
        int forAt = date.first() - 1;
        if (forAt <= figure.last() + 1 || forAt - figure.last() - 1 > FOR_REACH || !toks.get(forAt).is("for")) {
            return false;
        }
        for (int k = figure.last() + 1; k < forAt; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || t.isCapitalized() || t.lower().endsWith("ed") || FUNCTION_WORDS_BEFORE_FOR.contains(t.lower())) {
                return false; // "$2bn, and for 2026", "$2bn paid for 2019": not the figure's noun
            }
        }
        return true;
    }

    private static final Set<String> FUNCTION_WORDS_BEFORE_FOR = Lexicon.words("and", "or", "but", "is", "was", "are", "were",
            "be", "been", "will", "would", "to", "the", "a", "an", "that", "which", "it", "this");

    /** True for a year, written or relative ("2019", "last year", "a year earlier"): no month, day or part of one. */
    private static boolean isWholeYear(Mention date) {
        dev.factx.normalize.TimeValue t = date.time();
        return t != null && t.end() == null && t.month() == null && t.day() == null && t.suffix() == null && t.fixed() == null
                && t.relMonths() == null && t.relDays() == null && t.relWeeks() == null && t.weekday() == null
                && (t.year() != null || t.relYears() != null);
    }

    /** How far back from a date the figure compared with may start: "down from just over 67% five years ago". */
    private static final int BASE_REACH = 6;

    /**
     * True when {@code date} dates the base of a comparison that stands before {@code figure}:
     * "61%, down from 67% five years ago, with 18.4 million voters": the date is the 67%'s, and
     * the figures after it do not take it.
     */
    private static boolean datesAnEarlierBase(List<Token> toks, Mention figure, Mention date) {
        if (date.last() >= figure.first()) {
            return false;
        }
        for (int k = date.first() - 1; k >= 0 && k >= date.first() - BASE_REACH; k--) {
            Token t = toks.get(k);
            if (t.isSymbol(",;()")) {
                return false;
            }
            if (COMPARISON.contains(t.lower()) || (t.is("from") && k > 0 && (toks.get(k - 1).is("up") || toks.get(k - 1).is("down")))) {
                // a number between the comparison word and the date: the base figure the date belongs to
                for (int j = k + 1; j < date.first(); j++) {
                    if (toks.get(j).isNumber()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Currencies a currency's value is told against: "against the dollar", "versus the euro". */
    private static final Set<String> CURRENCIES_COMPARED = Lexicon.words("dollar", "euro", "yen", "pound", "sterling",
            "greenback", "franc", "yuan", "renminbi", "rouble", "ruble", "rupee", "basket");

    /** Words of amount in "twice as much as in 2018"; not of time ("as recently as 2022" dates the figure). */
    private static final Set<String> AS_MUCH_AS = Lexicon.words("much", "many", "high", "large", "big", "low", "small",
            "little", "few", "great", "strong", "expensive", "cheap", "fast", "good", "bad", "long");

    /** Words that date a thing's beginning, not the figures said about it: "founded in 2001". */
    private static final Set<String> FOUNDING = Lexicon.words("founded", "established", "incorporated", "formed", "born",
            "created", "set");

    /**
     * "The company, founded in 2001, reported ..." and "was founded in 1995 and now employs ...":
     * a founding year set aside in commas, or followed by "now", is not the period of the figures
     * said about the thing today; "was created in 2005 and included six partners" is.
     */
    private static boolean isFounding(List<Token> toks, Mention date, Mention figure) {
        int k = date.first() - 1;
        if (k >= 0 && (toks.get(k).is("in") || toks.get(k).is("on"))) {
            k--;
        }
        if (k >= 0 && toks.get(k).is("up")) {
            k--; // "set up in 2001"
        }
        if (k < 0 || !FOUNDING.contains(toks.get(k).lower())) {
            return false;
        }
        if (k > 0 && toks.get(k - 1).isSymbol(",")) {
            return true;
        }
        for (int j = Math.min(date.last(), figure.last()) + 1; j < Math.max(date.first(), figure.first()); j++) {
            if (NOW.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words before a month used as a label ("for March delivery", "the December contract"). */
    private static final Set<String> LABEL_BEFORE = Lexicon.words("for", "the", "its", "their", "of", "'s", "’s", "a");
    /** Words after a month that are not the noun it labels. */
    private static final Set<String> NOT_NOUNS = Lexicon.words("was", "is", "were", "are", "will", "had", "has", "have",
            "saw", "and", "or", "to", "alone", "when", "as", "after", "before", "this", "last", "next", "that");
    private static final Set<String> DIMENSIONS = Lexicon.words("long", "wide", "high", "deep", "tall", "thick", "across");
    private static final Set<String> NOW = Lexicon.words("now", "today", "currently", "still", "nowadays");

    /** Words between a labelled noun and its figure: "2015 peak of $9 billion", "2023 revenue was $12bn". */
    private static final Set<String> NAMING_LINKS = Lexicon.words("of", "was", "were", "is", "are", "at", "to", "reached",
            "totalled", "totaled", "rose", "fell", "stood", "hit", "came", "in", "grew", "climbed", "dropped");
    private static final int NAMING_REACH = 3;

    /**
     * "their 2015 peak of $9 billion", "the company's 2023 revenue was $12bn": the figure is the
     * value of the thing the year names, a few linking words after its noun.
     */
    private static boolean namesFigure(List<Token> toks, Mention date, Mention figure) {
        int noun = date.last() + 1;
        if (figure.first() == noun + 2 && toks.get(noun + 1).is("of")) {
            return true; // "their 2015 peak of $9 billion"
        }
        if (date.time() == null || date.time().month() != null || figure.first() <= noun + 1
                || figure.first() > noun + 1 + NAMING_REACH) {
            return false; // a month labels a contract ("March delivery fell £214"), not a period
        }
        for (int k = noun + 1; k < figure.first(); k++) {
            if (!NAMING_LINKS.contains(toks.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
