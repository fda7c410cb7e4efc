package dev.factx.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date that states a day its month does not have is no day: neither read nor resolved to one. */
class RealDayTest {

    /** year (- for none), month, day, end year, end month, end day (- for no end) -> states real days */
    @ParameterizedTest(name = "{0}-{1}-{2} / {3}-{4}-{5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            2019 | 11 | 30 | -    | -  | -  | true
            2019 | 11 | 31 | -    | -  | -  | false
            -    | 11 | 31 | -    | -  | -  | false
            2019 | 2  | 29 | -    | -  | -  | false
            2020 | 2  | 29 | -    | -  | -  | true
            -    | 2  | 29 | -    | -  | -  | true
            -    | 2  | 30 | -    | -  | -  | false
            2019 | 11 | 20 | -    | -  | 31 | false
            2019 | 11 | 20 | -    | -  | 30 | true
            2019 | 11 | 20 | -    | 12 | 31 | true
            2019 | 1  | 31 | 2019 | 2  | 29 | false
            2019 | 3  | -  | -    | -  | -  | true
            2019 | -  | -  | -    | -  | -  | true
            """)
    void aStatedDayMustBeInItsMonth(String year, String month, String day, String endYear, String endMonth, String endDay,
                                    boolean real) {
        TimeValue t = TimeValue.ymd(number(year), number(month), number(day));
        if (!endDay.equals("-")) {
            t = t.withEnd(TimeValue.ymd(number(endYear), number(endMonth), number(endDay)));
        }
        assertThat(t.statesRealDays()).isEqualTo(real);
    }

    @Test
    void aLeapDayWithoutAYearIsNoDayInAYearWithout() {
        TimeValue leapDay = TimeValue.ymd(null, 2, 29);
        assertThat(leapDay.resolve(new TimeValue.Anchor(2019, 6, 15, null, null))).isNull();
        assertThat(leapDay.resolve(new TimeValue.Anchor(2020, 6, 15, null, null))).isEqualTo("2020-02-29");
        TimeValue toLeapDay = TimeValue.ymd(null, 2, 27).withEnd(TimeValue.ymd(null, null, 29));
        assertThat(toLeapDay.resolve(new TimeValue.Anchor(2019, 6, 15, null, null))).isNull();
        assertThat(toLeapDay.resolve(new TimeValue.Anchor(2020, 6, 15, null, null))).isEqualTo("2020-02-27/2020-02-29");
    }

    private static Integer number(String s) {
        return s.equals("-") ? null : Integer.valueOf(s);
    }
}
