package dev.factx.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days each kind of date value covers: value in, first and last day out ({@code -} for none). */
class TimexRangeTest {

    @ParameterizedTest(name = "{0} -> {1} .. {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-11-13                | 2018-11-13 | 2018-11-13
            2018-11-13TNI             | 2018-11-13 | 2018-11-13
            2019-02                   | 2019-02-01 | 2019-02-28
            2020-02                   | 2020-02-01 | 2020-02-29
            2017                      | 2017-01-01 | 2017-12-31
            197X                      | 1970-01-01 | 1979-12-31
            197                       | 1970-01-01 | 1979-12-31
            18                        | 1800-01-01 | 1899-12-31
            2019-Q1                   | 2019-01-01 | 2019-03-31
            2019-Q4                   | 2019-10-01 | 2019-12-31
            2019-H2                   | 2019-07-01 | 2019-12-31
            2019-SP                   | 2019-03-01 | 2019-05-31
            2019-SU                   | 2019-06-01 | 2019-08-31
            2019-FA                   | 2019-09-01 | 2019-11-30
            2019-WI                   | 2019-12-01 | 2020-02-29
            2019-W24                  | 2019-06-10 | 2019-06-16
            2019-W01                  | 2018-12-31 | 2019-01-06
            2019-W23-WE               | 2019-06-08 | 2019-06-09
            2018-11-13/2018-11-15     | 2018-11-13 | 2018-11-15
            2014/2017                 | 2014-01-01 | 2017-12-31
            2019-01/2019-09           | 2019-01-01 | 2019-09-30
            2017/2014                 | -          | -
            XXXX-04-04                | -          | -
            XXXX                      | -          | -
            2019-02-30                | -          | -
            2019-13                   | -          | -
            PRESENT_REF               | -          | -
            """)
    void coversTheseDays(String value, String first, String last) {
        TimexRange range = TimexRange.of(value);
        if (first.equals("-")) {
            assertThat(range).isNull();
        } else {
            assertThat(range).isNotNull();
            assertThat(range.first()).hasToString(first);
            assertThat(range.last()).hasToString(last);
        }
    }
}
