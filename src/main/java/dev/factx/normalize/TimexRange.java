package dev.factx.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a date value covers, first and last inclusive: {@code 2019} is 2019-01-01 to
 * 2019-12-31, {@code 2019-Q2} is April to June, {@code 197X} the 1970s, {@code 2019-W24} Monday
 * to Sunday of that ISO week, {@code 2014/2017} the first day of 2014 to the last of 2017. It puts
 * values of every granularity on one line, so that a timeline can order "2019", "March 2019"
 * and "5 March 2019" among each other.
 *
 * <p>Seasons are the meteorological ones of the northern hemisphere (summer is June to August;
 * winter starts in December of its year). A value with an unknown part ({@code XXXX-04-04}) has
 * no range.
 *
 * @param first the first day covered
 * @param last  the last day covered
 */
public record TimexRange(LocalDate first, LocalDate last) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})(?:XX)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");

    /** The range of a value, or null when the value is unresolved or not a calendar date. */
    public static TimexRange of(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            TimexRange from = of(value.substring(0, slash));
            TimexRange to = of(value.substring(slash + 1));
            return from == null || to == null || to.last.isBefore(from.first) ? null : new TimexRange(from.first, to.last);
        }
        try {
            return single(value);
        } catch (java.time.DateTimeException e) {
            return null; // 2019-02-30 and the like: no such day
        }
    }

    private static TimexRange single(String value) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return new TimexRange(d, d);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
            return new TimexRange(ym.atDay(1), ym.atEndOfMonth());
        }
        if ((m = YEAR.matcher(value)).matches()) {
            return years(num(m, 1), 1);
        }
        if ((m = PART.matcher(value)).matches()) {
            return part(num(m, 1), m.group(2));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return m.group(3) == null ? new TimexRange(monday, monday.plusDays(6))
                    : new TimexRange(monday.plusDays(5), monday.plusDays(6));
        }
        if ((m = DECADE.matcher(value)).matches()) {
            return years(num(m, 1) * 10, 10);
        }
        if ((m = CENTURY.matcher(value)).matches()) {
            return years(num(m, 1) * 100, 100);
        }
        return null;
    }

    private static TimexRange part(int year, String code) {
        return switch (code) {
            case "Q1" -> months(year, 1, 3);
            case "Q2" -> months(year, 4, 3);
            case "Q3" -> months(year, 7, 3);
            case "Q4" -> months(year, 10, 3);
            case "H1" -> months(year, 1, 6);
            case "H2" -> months(year, 7, 6);
            case "SP" -> months(year, 3, 3);
            case "SU" -> months(year, 6, 3);
            case "FA" -> months(year, 9, 3);
            default -> months(year, 12, 3); // WI: December to February
        };
    }

    private static TimexRange months(int year, int firstMonth, int count) {
        YearMonth first = YearMonth.of(year, firstMonth);
        return new TimexRange(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
    }

    private static TimexRange years(int first, int count) {
        return new TimexRange(LocalDate.of(first, 1, 1), LocalDate.of(first + count - 1, 12, 31));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
