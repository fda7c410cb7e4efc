package dev.factx.classify;

import dev.factx.normalize.Lexicon;
import dev.factx.normalize.TimeValue;
import java.util.Set;

/**
 * Gives a year-less date ("On April 4", "23–24 October", "in January") the year a reader of the
 * article would give it.
 *
 * <p>When the article's date is known to the day or month from a dateline, metadata or the
 * option, the date takes the year that puts it closest to that date, in the past for a report
 * ("was held on 4 April") and in the future for a plan ("will meet on 30 January"). When the
 * article's date was inferred from the latest date it mentions, that date is only the earliest
 * the article can have been written, so a plan for a month before it falls in the next year and
 * everything else in the same year. With only a year (a footer), that year. Stateless and
 * thread-safe.
 */
public final class YearChooser {

    private static final Set<String> EXACT_SOURCES = Lexicon.words("option", "dateline", "metadata");

    private YearChooser() {
    }

    /**
     * A date with a month but no year, or a quarter, half or season of no stated year ("in the
     * third quarter", "first-half sales", "in the summer"), and nothing relative about it.
     */
    public static boolean isYearless(TimeValue t) {
        return t != null && t.year() == null && (t.month() != null || yearlessPart(t)) && t.relYears() == null
                && t.relMonths() == null && !t.anaphoric() && !t.needsDay() && t.fixed() == null;
    }

    private static boolean yearlessPart(TimeValue t) {
        return t.month() == null && t.end() == null && t.suffix() != null && partMonths(t.suffix()) != null;
    }

    /**
     * The first and last month of a quarter, half or season ({@code -Q3} is 7 to 9; winter, which
     * TIMEX3 counts in the year of its December, is 12 to 14), or null for another suffix.
     */
    private static int[] partMonths(String suffix) {
        switch (suffix) {
            case "-SP": return new int[] {3, 5};
            case "-SU": return new int[] {6, 8};
            case "-FA": return new int[] {9, 11};
            case "-WI": return new int[] {12, 14};
            default:
                break;
        }
        if (suffix.length() == 3 && (suffix.charAt(1) == 'Q' || suffix.charAt(1) == 'H')) {
            int n = suffix.charAt(2) - '0';
            int months = suffix.charAt(1) == 'Q' ? 3 : 6;
            return new int[] {(n - 1) * months + 1, n * months};
        }
        return null;
    }

    /** The date with its year (and its interval end's) filled in. */
    public static TimeValue withYear(TimeValue t, DocumentDate doc, Tense tense) {
        if (yearlessPart(t)) {
            return t.withYear(partYear(t.suffix(), doc, tense));
        }
        TimeValue e = t.end();
        if (tense == Tense.FUTURE && e != null && e.year() == null && e.month() != null) {
            // a plan about a stretch that has begun ("data for April–June will be published", written
            // in June) is placed by its end: the stretch is this year's, not next year's
            int endYear = choose(e.month(), e.day(), doc, tense);
            int startYear = e.month() >= t.month() ? endYear : endYear - 1;
            return t.withYear(startYear).withEnd(e.withYear(endYear));
        }
        int year = choose(t.month(), t.day(), doc, tense);
        if (t.weekday() != null && t.day() != null) {
            year = agreeingYear(year, t.month(), t.day(), t.weekday());
        }
        TimeValue out = t.withYear(year);
        TimeValue end = t.end();
        if (end != null && end.year() == null && end.month() != null && end.month() < t.month()) {
            out = out.withEnd(end.withYear(year + 1)); // "October and January" runs into the next year
        }
        return out;
    }

    /**
     * A quarter, half or season is the document's year's, unless the tense says otherwise: a report of a
     * quarter that has not yet begun ("rose in the third quarter", written in June) is last year's,
     * a plan for one already over ("will ... in the first quarter", written in November) next year's.
     */
    private static int partYear(String suffix, DocumentDate doc, Tense tense) {
        int y = doc.year();
        if (doc.month() == null) {
            return y;
        }
        int[] months = partMonths(suffix);
        if (tense == Tense.PAST && months[0] > doc.month()) {
            return y - 1;
        }
        if (tense == Tense.FUTURE && months[1] < doc.month()) {
            return y + 1;
        }
        if (months[0] == 12 && doc.month() <= 2 && tense != Tense.FUTURE) {
            return y - 1; // "during the winter", written in January, began last December
        }
        return y;
    }

    private static int choose(int month, Integer dayOrNull, DocumentDate doc, Tense tense) {
        int day = dayOrNull == null ? 15 : dayOrNull;
        int y = doc.year();
        if (doc.month() == null) {
            return y;
        }
        int docDay = doc.day() == null ? 15 : doc.day();
        if (!EXACT_SOURCES.contains(doc.source())) {
            return tense == Tense.FUTURE && month < doc.month() ? y + 1 : y;
        }
        int docKey = key(y, doc.month(), docDay);
        int best = y;
        int bestDistance = Integer.MAX_VALUE;
        for (int candidate = y - 1; candidate <= y + 1; candidate++) {
            int k = key(candidate, month, day);
            // news reports what has happened more often than what will: with no tense, the past is a little nearer
            int distance = tense == Tense.UNKNOWN && k > docKey ? (Math.abs(k - docKey) * 3) / 2 : Math.abs(k - docKey);
            if (tense == Tense.FUTURE && k < docKey - 31) {
                continue; // a plan lies ahead (a month's slack for "this month's" meeting)
            }
            if (tense == Tense.PAST && k > docKey + 31) {
                continue; // a report lies behind (with a month's slack: a reference date is often approximate)
            }
            if (tense == Tense.PAST && dayOrNull == null && key(candidate, month, 1) > docKey) {
                continue; // "have risen since November", written on 30 October: a month told of as past has begun
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    /** How far from the chosen year a weekday may move a date ("Sunday 7 January" fits 2018 and 2024). */
    private static final int WEEKDAY_REACH = 6;

    /** The year nearest {@code year} in which the date falls on the named weekday, else {@code year}. */
    static int agreeingYear(int year, int month, int day, int weekday) {
        for (int delta = 0; delta <= WEEKDAY_REACH; delta++) {
            for (int y : new int[] {year + delta, year - delta}) {
                try {
                    if (java.time.LocalDate.of(y, month, day).getDayOfWeek().getValue() == weekday) {
                        return y;
                    }
                } catch (java.time.DateTimeException e) {
                    // 29 February outside a leap year: not this one
                }
            }
        }
        return year;
    }

    /** A weekday alone takes its direction from the tense around it: "met on Monday", "will meet on Monday". */
    public static TimeValue withWeekdayDirection(TimeValue t, Tense tense) {
        if (t.weekdayShift() == null || t.weekdayShift() != 0) {
            return t;
        }
        return t.withWeekdayShift(tense == Tense.PAST ? -1 : tense == Tense.FUTURE ? 1 : 0);
    }

    /** Days since year 0, roughly: enough to compare candidates. */
    private static int key(int year, int month, int day) {
        return year * 372 + (month - 1) * 31 + day;
    }
}
