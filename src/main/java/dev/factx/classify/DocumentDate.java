package dev.factx.classify;

import dev.factx.normalize.TimeValue;

/**
 * The date an article was written, as far as factx can tell, and where that came from.
 *
 * @param year   the year, or null when nothing says
 * @param month  1-12, or null
 * @param day    1-31, or null
 * @param source {@code option}, {@code dateline}, {@code metadata}, {@code inferred}, {@code footer}, or null
 *
 * <p>Immutable.
 */
public record DocumentDate(Integer year, Integer month, Integer day, String source) {

    public static final DocumentDate UNKNOWN = new DocumentDate(null, null, null, null);

    /** ISO form of what is known: {@code 2019-04-16}, {@code 2019-04}, {@code 2019}; null when unknown. */
    public String iso() {
        if (year == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(TimeValue.pad(year, 4));
        if (month != null) {
            b.append('-').append(TimeValue.pad(month, 2));
            if (day != null) {
                b.append('-').append(TimeValue.pad(day, 2));
            }
        }
        return b.toString();
    }
}
