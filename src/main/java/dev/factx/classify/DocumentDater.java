package dev.factx.classify;

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
 * ({@code by 2030}, {@code until 2030}). Dates announced as plans ({@code is due in 2027},
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
    public DocumentDate date(LocalDate option, TimeValue header, DocumentDate metadata, List<Seen> dates, Integer footerYear) {
        if (option != null) {
            return new DocumentDate(option.getYear(), option.getMonthValue(), option.getDayOfMonth(), "option");
        }
        if (header != null && header.year() != null) {
            return new DocumentDate(header.year(), header.month(), header.day(), "dateline");
        }
        DocumentDate rest = fromText(metadata, dates, footerYear);
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

    private DocumentDate fromText(DocumentDate metadata, List<Seen> dates, Integer footerYear) {
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
            if (Tense.futureBefore(s.tokens(), s.mention().first(), FUTURE_WINDOW)) {
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
                    && Tense.around(s.tokens(), s.mention().first(), FUTURE_WINDOW) == Tense.PAST) {
                if (latestYear == null || t.year() > latestYear) {
                    latestYear = t.year();
                }
            }
        }
        if (latest != null && (footerYear == null || (footerYear - latest.year() <= MAX_FOOTER_GAP && footerYear >= latest.year()))) {
            return new DocumentDate(latest.year(), latest.month(), latest.day(), "inferred");
        }
        if (footerYear != null) {
            return new DocumentDate(footerYear, null, null, "footer");
        }
        if (latest != null) {
            return new DocumentDate(latest.year(), latest.month(), latest.day(), "inferred");
        }
        if (latestYear != null) {
            return new DocumentDate(latestYear, null, null, "inferred");
        }
        return DocumentDate.UNKNOWN;
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
