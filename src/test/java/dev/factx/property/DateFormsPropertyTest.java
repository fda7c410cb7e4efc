package dev.factx.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: a date written in any format the date recognizer supports gives back the date it was
 * written from. Days are drawn from a seeded generator over 1900 to 2099 (with every 29 February
 * of that span among them), written in each format, put in a sentence ("The agreement was signed
 * on FORM."), and extracted with the fixed reference date of {@link Pipeline}: the sentence must
 * give one date fact spanning exactly the written date, whose TIMEX3 value is the ISO form of what
 * was written (the day, or its month or year for the formats that name only those).
 *
 * <p>Every failure names the generated sentence.
 */
class DateFormsPropertyTest {

    private static final long SEED = 19000101L;
    private static final int DAYS_PER_FORMAT = 200;
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    /** A date format: its name, how it writes a day, and the TIMEX3 value it must give back. */
    record Format(String name, Function<LocalDate, String> write, Function<LocalDate, String> timex) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Abbreviations of {@code months.tsv}; September has two. */
    private static final String[][] ABBREVIATIONS = {{"Jan"}, {"Feb"}, {"Mar"}, {"Apr"}, {"May"}, {"Jun"}, {"Jul"},
        {"Aug"}, {"Sep", "Sept"}, {"Oct"}, {"Nov"}, {"Dec"}};

    static Stream<Arguments> formats() {
        Function<LocalDate, String> day = LocalDate::toString;
        Function<LocalDate, String> month = d -> d.toString().substring(0, 7);
        Function<LocalDate, String> year = d -> Integer.toString(d.getYear());
        List<Format> formats = List.of(
                new Format("5 March 2019", d -> d.getDayOfMonth() + " " + month(d) + " " + d.getYear(), day),
                new Format("5 March, 2019", d -> d.getDayOfMonth() + " " + month(d) + ", " + d.getYear(), day),
                new Format("05 March 2019", d -> two(d.getDayOfMonth()) + " " + month(d) + " " + d.getYear(), day),
                new Format("March 5, 2019", d -> month(d) + " " + d.getDayOfMonth() + ", " + d.getYear(), day),
                new Format("March 5 2019", d -> month(d) + " " + d.getDayOfMonth() + " " + d.getYear(), day),
                new Format("5th March 2019", d -> ordinal(d.getDayOfMonth()) + " " + month(d) + " " + d.getYear(), day),
                new Format("5th of March 2019", d -> ordinal(d.getDayOfMonth()) + " of " + month(d) + " " + d.getYear(), day),
                new Format("March 5th, 2019", d -> month(d) + " " + ordinal(d.getDayOfMonth()) + ", " + d.getYear(), day),
                new Format("Mar. 5, 2019", d -> dotted(d, 0) + " " + d.getDayOfMonth() + ", " + d.getYear(), day),
                new Format("Mar 5, 2019", d -> abbreviation(d, 0) + " " + d.getDayOfMonth() + ", " + d.getYear(), day),
                new Format("Sept. 5, 2019 (the longer abbreviation)",
                        d -> dotted(d, 1) + " " + d.getDayOfMonth() + ", " + d.getYear(), day),
                new Format("5 Mar 2019", d -> d.getDayOfMonth() + " " + abbreviation(d, 0) + " " + d.getYear(), day),
                new Format("5 Mar. 2019", d -> d.getDayOfMonth() + " " + dotted(d, 0) + " " + d.getYear(), day),
                new Format("Tuesday, 5 March 2019",
                        d -> weekday(d) + ", " + d.getDayOfMonth() + " " + month(d) + " " + d.getYear(), day),
                new Format("Tuesday, March 5, 2019",
                        d -> weekday(d) + ", " + month(d) + " " + d.getDayOfMonth() + ", " + d.getYear(), day),
                new Format("2019-03-05", LocalDate::toString, day),
                new Format("05.03.2019", d -> two(d.getDayOfMonth()) + "." + two(d.getMonthValue()) + "." + d.getYear(), day),
                new Format("5.3.2019", d -> d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear(), day),
                new Format("05/03/2019 (day first)", d -> two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear(), day),
                new Format("March 2019", d -> month(d) + " " + d.getYear(), month),
                new Format("March of 2019", d -> month(d) + " of " + d.getYear(), month),
                new Format("March, 2019", d -> month(d) + ", " + d.getYear(), month),
                new Format("Mar. 2019", d -> dotted(d, 0) + " " + d.getYear(), month),
                new Format("2019 (a year alone)", d -> Integer.toString(d.getYear()), year));
        return formats.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyFormatGivesTheDayBack(Format format) {
        List<String> failures = new ArrayList<>();
        for (LocalDate d : days(new SplittableRandom(SEED ^ format.name().hashCode()))) {
            check(format.write().apply(d), format.timex().apply(d), failures);
        }
        assertThat(failures).as("dates written as %s (seed %d) that were misread", format, SEED).isEmpty();
    }

    /** Month first with a day past the 12th: 11/13/2018 cannot be day first, so it is read month first. */
    @Test
    void slashedMonthFirstWhenTheDayCannotBeAMonth() {
        List<String> failures = new ArrayList<>();
        for (LocalDate d : days(new SplittableRandom(SEED))) {
            if (d.getDayOfMonth() > 12) {
                check(two(d.getMonthValue()) + "/" + two(d.getDayOfMonth()) + "/" + d.getYear(), d.toString(), failures);
            }
        }
        assertThat(failures).as("dates written as 11/13/2018 (seed %d) that were misread", SEED).isEmpty();
    }

    /** The sentence around {@code written} must give one date fact: {@code written}, valued {@code timex}. */
    private static void check(String written, String timex, List<String> failures) {
        String preposition = timex.length() == 10 ? "on" : "in";
        String sentence = "The agreement was signed " + preposition + " " + written + ".";
        List<Fact> dates = Pipeline.facts(sentence, Kind.DATE);
        if (dates.size() != 1 || !dates.get(0).text().equals(written) || !timex.equals(dates.get(0).date())) {
            failures.add("'" + sentence + "' (expected '" + written + "' = " + timex + "): got "
                    + Pipeline.describe(Pipeline.facts(sentence)));
        }
    }

    /** Random days of 1900-2099, and every leap day of the span. */
    static List<LocalDate> days(SplittableRandom r) {
        List<LocalDate> out = new ArrayList<>();
        long span = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        for (int k = 0; k < DAYS_PER_FORMAT; k++) {
            out.add(LocalDate.ofEpochDay(FIRST.toEpochDay() + r.nextLong(span)));
        }
        for (int y = FIRST.getYear(); y <= LAST.getYear(); y++) {
            if (LocalDate.of(y, 1, 1).isLeapYear()) {
                out.add(LocalDate.of(y, 2, 29));
            }
        }
        return out;
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The month's abbreviation: the first, or the {@code which}-th where it has more ("Sept"). */
    private static String abbreviation(LocalDate d, int which) {
        String[] forms = ABBREVIATIONS[d.getMonthValue() - 1];
        return forms[Math.min(which, forms.length - 1)];
    }

    /** The abbreviation with its full stop; May, a full name, takes none. */
    private static String dotted(LocalDate d, int which) {
        return d.getMonthValue() == 5 ? "May" : abbreviation(d, which) + ".";
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
