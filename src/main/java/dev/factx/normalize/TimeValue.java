package dev.factx.normalize;

/**
 * What a date expression means before it is tied to a document: explicit parts, or parts
 * relative to the document's date ({@code last year}) or to the year last mentioned
 * ({@code that same year}). {@link #resolve} turns it into an ISO 8601 / TIMEX3 value.
 *
 * <p>Immutable.
 *
 * @param year      explicit year, or null
 * @param month     1-12, or null
 * @param day       1-31, or null
 * @param suffix    a TIMEX3 part after the year: {@code -Q1}, {@code -H1}, {@code -SU}; for a day, the
 *                  part of the day after it: {@code TMO}, {@code TNI} ("Tuesday night"); or null
 * @param fixed     a complete value that needs no year: {@code 197X}, {@code 20} (a century); or null
 * @param relYears  for relative years: offset from the document year ({@code last year} is -1); or null
 * @param relMonths for relative months: offset from the document month; or null
 * @param anaphoric true when the year is the year last mentioned ({@code that same year}), or, with
 *                  {@code relDays}, {@code relWeeks} or {@code relMonths}, when those count from the
 *                  date last mentioned ({@code the following day}) rather than from the document's
 * @param end       the inclusive end of an interval, or null
 * @param mod       {@code early}, {@code mid} or {@code late}, or null
 * @param relDays   for {@code yesterday}, {@code today}, {@code tomorrow}: offset in days from the document date; or null
 * @param relWeeks  for {@code last week}, {@code next week}: offset in weeks; or null
 * @param weekday   1 (Monday) to 7 (Sunday) when the text names the day of the week; or null
 * @param weekdayShift for a weekday alone ({@code on Monday}): -2 the one strictly before the
 *                  document date ({@code last Monday}), -1 the latest on or before it, 0 the
 *                  nearest, 1 the first on or after it, 2 the one strictly after ({@code next
 *                  Monday}); null when the weekday comes with a date ({@code Sunday, 15 June})
 */
public record TimeValue(Integer year, Integer month, Integer day, String suffix, String fixed,
                        Integer relYears, Integer relMonths, boolean anaphoric, TimeValue end, String mod,
                        Integer relDays, Integer relWeeks, Integer weekday, Integer weekdayShift) {

    /**
     * What a date is resolved against: the document's date (as far as known), the year last
     * mentioned and the resolved value of the date last mentioned ({@code 2019-03-12},
     * {@code 2019-W11}, {@code 2019-03}; null when none).
     */
    public record Anchor(Integer docYear, Integer docMonth, Integer docDay, Integer lastYear, String lastDate) {
        java.time.LocalDate docDate() {
            return docYear == null || docMonth == null || docDay == null ? null : java.time.LocalDate.of(docYear, docMonth, docDay);
        }
    }

    public TimeValue(Integer year, Integer month, Integer day, String suffix, String fixed,
                     Integer relYears, Integer relMonths, boolean anaphoric, TimeValue end, String mod) {
        this(year, month, day, suffix, fixed, relYears, relMonths, anaphoric, end, mod, null, null, null, null);
    }

    /** A weekday alone ("on Monday", "last Thursday"), resolved against the document's day. */
    public static TimeValue weekday(int dow, int shift) {
        return new TimeValue(null, null, null, null, null, null, null, false, null, null, null, null, dow, shift);
    }

    /** The same date with the day of the week the text names ("Sunday, 15 June"). */
    public TimeValue withWeekday(int dow) {
        return new TimeValue(year, month, day, suffix, fixed, relYears, relMonths, anaphoric, end, mod, relDays, relWeeks,
                dow, weekdayShift);
    }

    /** A weekday alone with its direction set (from the tense around it). */
    public TimeValue withWeekdayShift(int shift) {
        return new TimeValue(year, month, day, suffix, fixed, relYears, relMonths, anaphoric, end, mod, relDays, relWeeks,
                weekday, shift);
    }

    /**
     * A day, week or month counted from the date last mentioned ({@code the following day} is 1
     * day, {@code the previous month} -1 month, {@code that same week} 0 weeks).
     *
     * @param step {@code day}, {@code week} or {@code month}
     */
    public static TimeValue anchored(String step, int offset) {
        return switch (step) {
            case "day" -> new TimeValue(null, null, null, null, null, null, null, true, null, null, offset, null, null, null);
            case "week" -> new TimeValue(null, null, null, null, null, null, null, true, null, null, null, offset, null, null);
            case "month" -> new TimeValue(null, null, null, null, null, null, offset, true, null, null, null, null, null, null);
            default -> throw new IllegalArgumentException("no anchored step " + step);
        };
    }

    /** True for a day, week or month counted from the date last mentioned ({@link #anchored}). */
    public boolean anchoredStep() {
        return anaphoric && (relDays != null || relWeeks != null || relMonths != null);
    }

    public static TimeValue relativeDay(int offset) {
        return new TimeValue(null, null, null, null, null, null, null, false, null, null, offset, null, null, null);
    }

    public static TimeValue relativeWeek(int offset) {
        return new TimeValue(null, null, null, null, null, null, null, false, null, null, null, offset, null, null);
    }

    /** "Wednesday next week" (1), "Friday last week" (-1), "Monday this week" (0): that day of that week. */
    public static TimeValue weekdayOfWeek(int dow, int offset) {
        return new TimeValue(null, null, null, null, null, null, null, false, null, null, null, offset, dow, null);
    }

    /** Last weekend (-1), this weekend (0), next weekend (1): TIMEX3 {@code 2019-W24-WE}. */
    public static TimeValue relativeWeekend(int offset) {
        return new TimeValue(null, null, null, WEEKEND, null, null, null, false, null, null, null, offset, null, null);
    }

    /** The TIMEX3 suffix of a week's weekend. */
    private static final String WEEKEND = "-WE";

    /** This quarter (0), last quarter (-1): months from the document month, shown as a quarter. */
    public static TimeValue relativeQuarter(int offset) {
        return new TimeValue(null, null, null, "quarter", null, null, offset * 3, false, null, null, null, null, null, null);
    }

    /** True for a date that needs the document's day ({@code yesterday}, {@code next week}). */
    public boolean needsDay() {
        return !anaphoric && (relDays != null || relWeeks != null || weekdayShift != null);
    }

    public static TimeValue ymd(Integer year, Integer month, Integer day) {
        return new TimeValue(year, month, day, null, null, null, null, false, null, null);
    }

    public static TimeValue fixed(String value) {
        return new TimeValue(null, null, null, null, value, null, null, false, null, null);
    }

    public static TimeValue relativeYear(int offset) {
        return new TimeValue(null, null, null, null, null, offset, null, false, null, null);
    }

    public static TimeValue relativeMonth(int offset) {
        return new TimeValue(null, null, null, null, null, null, offset, false, null, null);
    }

    public static TimeValue sameYear() {
        return new TimeValue(null, null, null, null, null, null, null, true, null, null);
    }

    /**
     * False when the text states a day its month does not have: "November 31", "30 February
     * 2019", "November 20–31". Without a year, 29 February is a real day (of a leap year).
     */
    public boolean statesRealDays() {
        if (!realDay(year, month, day)) {
            return false;
        }
        return end == null || realDay(end.year != null ? end.year : year, end.month != null ? end.month : month, end.day);
    }

    private static boolean realDay(Integer year, Integer month, Integer day) {
        if (month == null || day == null) {
            return true;
        }
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= (year != null ? java.time.YearMonth.of(year, month).lengthOfMonth() : java.time.Month.of(month).maxLength());
    }

    public TimeValue withEnd(TimeValue e) {
        return new TimeValue(year, month, day, suffix, fixed, relYears, relMonths, anaphoric, e, mod, relDays, relWeeks, weekday, weekdayShift);
    }

    public TimeValue withMod(String m) {
        return new TimeValue(year, month, day, suffix, fixed, relYears, relMonths, anaphoric, end, m, relDays, relWeeks, weekday, weekdayShift);
    }

    public TimeValue withSuffix(String s) {
        return new TimeValue(year, month, day, s, fixed, relYears, relMonths, anaphoric, end, mod, relDays, relWeeks, weekday, weekdayShift);
    }

    /** The same day at a part of the day: {@code code} is {@code MO}, {@code AF}, {@code EV} or {@code NI}. */
    public TimeValue withPartOfDay(String code) {
        return withSuffix("T" + code);
    }

    /** True for a value of one day, which a part of the day can follow ("Tuesday night"). */
    public boolean oneDay() {
        return end == null && suffix == null && fixed == null
                && (day != null || relDays != null || (weekday != null && (weekdayShift != null || relWeeks != null)));
    }

    /** {@code TNI} for "Tuesday night", or the empty string. */
    private String partOfDay() {
        return suffix != null && suffix.startsWith("T") ? suffix : "";
    }

    public TimeValue withYear(Integer y) {
        return new TimeValue(y, month, day, suffix, fixed, relYears, relMonths, anaphoric, end, mod, relDays, relWeeks, weekday, weekdayShift);
    }

    public TimeValue withAnaphoric() {
        return new TimeValue(year, month, day, suffix, fixed, relYears, relMonths, true, end, mod, relDays, relWeeks, weekday, weekdayShift);
    }

    /**
     * The modifier of the whole date: its own, but for an interval only when both ends share it
     * ("between late April and early May" is neither late nor early as a whole).
     */
    public String modOfWhole() {
        return end == null || java.util.Objects.equals(mod, end.mod) ? mod : null;
    }

    /** True when the value needs no anchor: every part is written out. */
    public boolean explicit() {
        return (year != null || fixed != null) && relYears == null && relMonths == null && !anaphoric && !needsDay()
                && (end == null || end.explicit() || end.year == null);
    }

    /** True for an explicit date with at least a month: a strong sign of when the text was written. */
    public boolean explicitMonthOrFiner() {
        return year != null && month != null && relYears == null && !anaphoric;
    }

    /** The year this value resolves to, or null. */
    public Integer resolvedYear(Anchor a) {
        if (fixed != null) {
            return null;
        }
        if (needsDay() || anchoredStep()) {
            String v = resolve(a);
            return v == null ? null : Integer.valueOf(v.substring(0, v.startsWith("-") ? 5 : 4));
        }
        if (year != null) {
            return year;
        }
        if (anaphoric) {
            // "that same year" is the year last mentioned; "the following year" one after it
            Integer base = a.lastYear() != null ? a.lastYear() : a.docYear();
            return base == null ? null : base + (relYears == null ? 0 : relYears);
        }
        if (relYears != null) {
            return a.docYear() == null ? null : a.docYear() + relYears;
        }
        if (relMonths != null) {
            if (a.docYear() == null) {
                return null;
            }
            if (a.docMonth() == null) {
                return a.docYear();
            }
            int m0 = a.docMonth() - 1 + relMonths;
            return a.docYear() + Math.floorDiv(m0, 12);
        }
        return a.docYear(); // a year-less date takes the document's year
    }

    /** The ISO 8601 / TIMEX3 value: {@code 2018-11-13}, {@code 2017-12}, {@code XXXX-04-04}, {@code 2014/2017}. */
    public String resolve(Anchor a) {
        if (anchoredStep()) {
            return fromLastDate(a);
        }
        if (needsDay()) {
            java.time.LocalDate d = a.docDate();
            if (d == null) {
                return null; // "yesterday" in a text whose day is unknown cannot be normalized
            }
            if (relDays != null) {
                return d.plusDays(relDays) + partOfDay();
            }
            if (weekday != null && end != null && end.weekday != null) {
                // "from Monday to Wednesday": the end is the first such day after the start; told
                // in the past, the stretch ends by the document's day, so the end is placed first
                int days = Math.floorMod(end.weekday - weekday, 7);
                days = days == 0 ? 7 : days;
                if (weekdayShift != null && weekdayShift < 0) {
                    java.time.LocalDate last = onWeekday(d, end.weekday, weekdayShift);
                    return last.minusDays(days) + "/" + last;
                }
                java.time.LocalDate first = weekdayShift != null ? onWeekday(d, weekday, weekdayShift)
                        : d.plusWeeks(relWeeks).with(java.time.DayOfWeek.of(weekday));
                return first + "/" + first.plusDays(days);
            }
            if (weekdayShift != null) {
                return onWeekday(d, weekday, weekdayShift) + partOfDay();
            }
            if (weekday != null) {
                return d.plusWeeks(relWeeks).with(java.time.DayOfWeek.of(weekday)) + partOfDay(); // within that ISO week
            }
            return isoWeek(d.plusWeeks(relWeeks)) + (WEEKEND.equals(suffix) ? WEEKEND : "");
        }
        String start = single(a);
        if (!realDays(start)) {
            return null; // "29 February" in a year that has none: no day to name
        }
        if (end == null) {
            return start;
        }
        TimeValue e = end;
        // "November 13–15, 2018": the end borrows the parts it does not state from the start
        Integer y = e.year != null ? e.year : resolvedYear(a);
        Integer m = e.month != null ? e.month : (e.day != null ? month : null);
        TimeValue filled = new TimeValue(y, m, e.day, e.suffix, e.fixed, null, null, false, null, null);
        String last = filled.single(a);
        return realDays(last) ? start + "/" + last : null;
    }

    /** Where the digits of YYYY-MM-DD stand. */
    private static final int[] DIGITS_OF_A_DAY = {0, 1, 2, 3, 5, 6, 8, 9};

    /** False for a value that starts YYYY-MM-DD with a day its month does not have (the year taken from the document). */
    private static boolean realDays(String value) {
        if (value == null || value.length() < 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return true;
        }
        for (int k : DIGITS_OF_A_DAY) {
            if (value.charAt(k) < '0' || value.charAt(k) > '9') {
                return true;
            }
        }
        return realDay(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10), Integer.parseInt(value, 8, 10, 10));
    }

    private String single(Anchor a) {
        if (fixed != null) {
            return fixed;
        }
        Integer y = resolvedYear(a);
        StringBuilder b = new StringBuilder();
        b.append(y == null ? "XXXX" : pad(y, 4));
        Integer m = month;
        if (relMonths != null && a.docMonth() != null) {
            m = Math.floorMod(a.docMonth() - 1 + relMonths, 12) + 1;
            if ("quarter".equals(suffix)) {
                return b.append("-Q").append((m - 1) / 3 + 1).toString();
            }
        }
        if ("quarter".equals(suffix)) {
            return b.toString(); // the quarter is unknown without the document's month: the year is what is known
        }
        if (m != null) {
            b.append('-').append(pad(m, 2));
            if (day != null) {
                b.append('-').append(pad(day, 2)).append(partOfDay());
            }
        } else if (suffix != null) {
            b.append(suffix);
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final java.util.regex.Pattern WEEK = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})(?:-.*)?");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})");

    /**
     * A day, week or month counted from the date last mentioned, at its own granularity; with no
     * date mentioned yet, from the document's. Null when that date is coarser than the step ("the
     * following day" after "in March 2018" names no day). Counting forward starts from the end of an
     * interval ("from 7 to 9 June ... the next day" is 10 June), counting back from its start.
     */
    private String fromLastDate(Anchor a) {
        String last = a.lastDate();
        if (last == null) {
            java.time.LocalDate d = a.docDate();
            if (d != null) {
                last = d.toString();
            } else if (a.docYear() != null && a.docMonth() != null) {
                last = a.docYear() + "-" + pad(a.docMonth(), 2);
            } else {
                return null;
            }
        }
        int slash = last.indexOf('/');
        int offset = relDays != null ? relDays : relWeeks != null ? relWeeks : relMonths;
        if (slash >= 0) {
            last = offset > 0 ? last.substring(slash + 1) : last.substring(0, slash);
        }
        if (last.length() > 10 && last.charAt(10) == 'T') {
            last = last.substring(0, 10); // "the next day" after "Tuesday night" is Wednesday
        }
        java.util.regex.Matcher day = DAY.matcher(last);
        java.util.regex.Matcher week = WEEK.matcher(last);
        java.util.regex.Matcher month = MONTH.matcher(last);
        try {
            if (relDays != null) {
                return day.matches() ? java.time.LocalDate.parse(last).plusDays(relDays) + partOfDay() : null;
            }
            if (relWeeks != null) {
                java.time.LocalDate d;
                if (day.matches()) {
                    d = java.time.LocalDate.parse(last);
                } else if (week.matches()) {
                    d = java.time.LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
                            .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                            .with(java.time.temporal.ChronoField.DAY_OF_WEEK, 1);
                } else {
                    return null;
                }
                return isoWeek(d.plusWeeks(relWeeks));
            }
            if (day.matches() || month.matches()) {
                String ym = last.substring(0, 7);
                return java.time.YearMonth.parse(ym).plusMonths(relMonths).toString();
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // not a calendar date after all
        }
        return null;
    }

    private static String isoWeek(java.time.LocalDate w) {
        return String.format("%04d-W%02d", w.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                w.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The date of a weekday near {@code d}, as {@code shift} says (see the record's parameters). */
    static java.time.LocalDate onWeekday(java.time.LocalDate d, int dow, int shift) {
        int back = Math.floorMod(d.getDayOfWeek().getValue() - dow, 7);   // days back to the latest such day
        int ahead = Math.floorMod(dow - d.getDayOfWeek().getValue(), 7);  // days ahead to the next one
        return switch (shift) {
            case -2 -> d.minusDays(back == 0 ? 7 : back);
            case -1 -> d.minusDays(back);
            case 1 -> d.plusDays(ahead);
            case 2 -> d.plusDays(ahead == 0 ? 7 : ahead);
            default -> back <= ahead ? d.minusDays(back) : d.plusDays(ahead);
        };
    }

    /** Zero-padded decimal, a minus sign before the digits (ISO 8601 year -0481): cheaper than String.format. */
    public static String pad(int v, int width) {
        if (v < 0) {
            return "-" + pad(-v, width);
        }
        String d = Integer.toString(v);
        return d.length() >= width ? d : "0".repeat(width - d.length()) + d;
    }
}
