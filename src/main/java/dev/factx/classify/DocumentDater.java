package dev.factx.classify;

import dev.factx.normalize.Lexicon;
import dev.factx.normalize.TimeValue;
import dev.factx.recognize.Mention;
import dev.factx.text.Token;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds the date each article was written, which year-less and relative dates resolve against.
 *
 * <p>In order: the {@code --reference-date} option; a date in the article's header ("Published on
 * 12 April 2019"); the page's metadata (HTML); otherwise it is inferred from the article: the
 * latest explicit date with at least a month ("in August 2018"), when it is no more than a year
 * older than the page's copyright footer (an article about 1991 is not written in 1991); then the
 * footer's year; then the latest year the article mentions that is not a target
 * ({@code by 2030}, {@code until 2030}), moved to the first year after it in which a day the
 * article names with its weekday ("on Sunday, 15 June") falls on that weekday. Dates announced as plans ({@code is due in 2027},
 * {@code will take effect on 1 January 2028}) say nothing of when the text was written. Stateless and thread-safe.
 */
public final class DocumentDater {

    /** An explicit month date this many years older than the footer is history, not the writing date. */
    private static final int MAX_FOOTER_GAP = 1;

    /** How far before a date a future word ("will", "due") makes it a plan rather than a report. */
    private static final int FUTURE_WINDOW = 8;

    /** A date mention of the article with its tokens, for inference. */
    public record Seen(Mention mention, List<Token> tokens) {
    }

    /**
     * @param header the date of the article's header or dateline, perhaps without a year
     *               ("Thu 14 Nov", "ALMATY, March 3"); null when there is none
     */
    public DocumentDate date(LocalDate option, TimeValue header, DocumentDate metadata, List<Seen> dates,
                             List<YearsSpan> durations, Integer footerYear) {
        if (option != null) {
            return new DocumentDate(option.getYear(), option.getMonthValue(), option.getDayOfMonth(), "option");
        }
        if (header != null && header.year() != null) {
            return new DocumentDate(header.year(), header.month(), header.day(), "dateline");
        }
        DocumentDate rest = fromText(metadata, dates, durations, footerYear);
        if (header != null && header.month() != null && rest.year() != null) {
            // a dateline without its year takes the year the rest gives, moved to agree with its weekday
            int year = rest.year();
            if (rest.month() != null && rest.source().equals("inferred") && header.month() < rest.month() - 1) {
                year++; // the dateline cannot be earlier than a date the article reports
            }
            if (header.weekday() != null && header.day() != null) {
                year = YearChooser.agreeingYear(year, header.month(), header.day(), header.weekday());
            }
            return new DocumentDate(year, header.month(), header.day(), "dateline");
        }
        return rest;
    }

    private DocumentDate fromText(DocumentDate metadata, List<Seen> dates, List<YearsSpan> durations, Integer footerYear) {
        if (metadata != null && metadata.year() != null) {
            return metadata;
        }
        TimeValue latest = null;
        Integer latestYear = null;
        for (Seen s : dates) {
            TimeValue t = s.mention().time();
            if (t == null) {
                continue;
            }
            Tense told = Tense.around(s.tokens(), s.mention().first(), FUTURE_WINDOW);
            if (told == Tense.FUTURE) {
                continue; // "is due in 2027", "would take effect on 1 January 2028": not yet written about as past
            }
            if (t.explicitMonthOrFiner() && t.end() == null) {
                if (latest == null || compare(t, latest) > 0) {
                    latest = t;
                }
            }
            // a plain year only dates the article when it is told as past: "was founded in 2009",
            // not "wanted the deal done well before 2030"
            if (t.year() != null && t.relYears() == null && !t.anaphoric() && !isTarget(s)
                    && told == Tense.PAST) {
                if (latestYear == null || t.year() > latestYear) {
                    latestYear = t.year();
                }
            }
        }
        // "his nineteen years in office, since being elected in 2000": the article is nineteen years after 2000
        Integer elapsed = yearsSince(dates, durations);
        if (elapsed != null && (latestYear == null || latestYear < elapsed)) {
            latestYear = elapsed;
        }
        // "last year's turnover ... exceeding the figure for 2017", "$19.6bn last year, down from $41bn in 2022":
        // last year is later than the year it is compared with, so the article is at least two years later
        Integer atLeast = lowerBoundFromComparisons(dates);
        if (atLeast != null && (latestYear == null || latestYear < atLeast)) {
            latestYear = atLeast;
            if (latest != null && latest.year() < atLeast) {
                latest = null;
            }
        }
        if (latest != null && footerYear != null && footerYear - latest.year() <= MAX_FOOTER_GAP && footerYear >= latest.year()) {
            return new DocumentDate(latest.year(), latest.month(), latest.day(), "inferred");
        }
        if (footerYear != null) {
            return new DocumentDate(footerYear, null, null, "footer");
        }
        if (latest != null && (latestYear == null || latestYear <= latest.year())) {
            return new DocumentDate(latest.year(), latest.month(), latest.day(), "inferred");
        }
        if (latestYear != null) {
            return new DocumentDate(weekdayAgreeing(dates, latestYear), null, null, "inferred");
        }
        return DocumentDate.UNKNOWN;
    }

    /** How many years after a lower bound a weekday with its day and month may move the article. */
    private static final int WEEKDAY_YEARS = 6;

    /**
     * The first year from {@code atLeast} in which a year-less day the article names with its
     * weekday ("on Sunday, 15 June") falls on that weekday, or {@code atLeast} when none does
     * within a few years. The years inferred from the text are lower bounds ("a third more than in
     * 2019" says only that the article is later than 2020), and a weekday fixes the year among them.
     */
    private static int weekdayAgreeing(List<Seen> dates, int atLeast) {
        for (Seen s : dates) {
            TimeValue t = s.mention().time();
            if (t == null || t.year() != null || t.weekday() == null || t.day() == null || t.month() == null
                    || t.end() != null) {
                continue;
            }
            for (int y = atLeast; y <= atLeast + WEEKDAY_YEARS; y++) {
                try {
                    if (LocalDate.of(y, t.month(), t.day()).getDayOfWeek().getValue() == t.weekday()) {
                        return y;
                    }
                } catch (java.time.DateTimeException e) {
                    // 29 February outside a leap year: not this one
                }
            }
        }
        return atLeast;
    }

    /** A length of time in years written in a sentence: its value and the sentence's tokens. */
    public record YearsSpan(java.math.BigDecimal years, List<Token> tokens) {
    }

    /** The dates of each sentence, keyed by the sentence's token list, so that pairs are only sought within one. */
    private static java.util.Map<List<Token>, List<Seen>> bySentence(List<Seen> dates) {
        java.util.Map<List<Token>, List<Seen>> out = new java.util.IdentityHashMap<>();
        for (Seen s : dates) {
            out.computeIfAbsent(s.tokens(), k -> new java.util.ArrayList<>()).add(s);
        }
        return out;
    }

    /** The latest "N years ... since YEAR" in one sentence, as YEAR + N; or null. */
    private static Integer yearsSince(List<Seen> dates, List<YearsSpan> durations) {
        Integer best = null;
        java.util.Map<List<Token>, List<Seen>> sentences = bySentence(dates);
        for (YearsSpan d : durations) {
            for (Seen s : sentences.getOrDefault(d.tokens(), List.of())) {
                TimeValue y = s.mention().time();
                if (s.tokens() != d.tokens() || y == null || y.year() == null || y.month() != null || y.end() != null) {
                    continue;
                }
                boolean since = false;
                for (int k = s.mention().first() - 1; k >= 0 && k >= s.mention().first() - 4; k--) {
                    since |= s.tokens().get(k).is("since");
                }
                if (since && d.years().scale() <= 0) {
                    int year = y.year() + d.years().intValue();
                    best = best == null ? year : Math.max(best, year);
                }
            }
        }
        return best;
    }

    /** Words before a year that make it the base of a comparison. */
    private static final java.util.Set<String> BASE_WORDS = Lexicon.words("from", "than", "compared", "figure",
            "against", "versus", "vs", "over");

    /** The least year the article can be written in, from "last year" compared with an explicit year; or null. */
    private static Integer lowerBoundFromComparisons(List<Seen> dates) {
        Integer bound = null;
        java.util.Map<List<Token>, List<Seen>> sentences = bySentence(dates);
        for (Seen last : dates) {
            TimeValue t = last.mention().time();
            if (t == null || t.relYears() == null || t.relYears() != -1 || t.month() != null || t.suffix() != null) {
                continue;
            }
            for (Seen other : sentences.get(last.tokens())) {
                TimeValue y = other.mention().time();
                if (other.tokens() != last.tokens() || y == null || y.year() == null || y.month() != null || y.end() != null) {
                    continue;
                }
                if (isComparisonBase(other)) {
                    int b = y.year() + 2;
                    bound = bound == null ? b : Math.max(bound, b);
                }
            }
        }
        return bound;
    }

    private static boolean isComparisonBase(Seen s) {
        // "down from a record $41bn in 2022": the comparing word may stand a few words before the year
        for (int k = s.mention().first() - 1; k >= 0 && k >= s.mention().first() - 7; k--) {
            if (BASE_WORDS.contains(s.tokens().get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int compare(TimeValue a, TimeValue b) {
        int c = Integer.compare(a.year(), b.year());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.month(), b.month());
        if (c != 0) {
            return c;
        }
        return Integer.compare(a.day() == null ? 0 : a.day(), b.day() == null ? 0 : b.day());
    }

    /** A year after "by", "until", "till" or "through" is a target, not a sign of when the text was written. */
    private static boolean isTarget(Seen s) {
        int k = s.mention().first() - 1;
        if (k < 0) {
            return false;
        }
        Token prev = s.tokens().get(k);
        return prev.is("by") || prev.is("until") || prev.is("till") || prev.is("through") || prev.is("to") || prev.is("before");
    }
}
