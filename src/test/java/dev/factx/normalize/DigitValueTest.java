package dev.factx.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value of a number written in digits, with its grouping and decimal marks. */
class DigitValueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            7                      | 7
            0050                   | 50
            2018                   | 2018
            1,250,000              | 1250000
            1.250.000              | 1250000
            1,250,000.5            | 1250000.5
            2,5                    | 2.5
            3.40                   | 3.40
            185\u00A0000           | 185000
            123456789012345678     | 123456789012345678
            1234567890123456789    | 1234567890123456789
            99999999999999999999   | 99999999999999999999
            ٣٤                     | 34
            13.11.2018             | null
            1,25,000               | 125000
            12,34,56,789           | 123456789
            1,2,000                | null
            1,25,00                | null
            """)
    void readsDigits(String written, String expected) {
        BigDecimal value = NumberParser.digitValue(written);
        if (expected == null) {
            assertThat(value).isNull();
        } else {
            // the same number and the same scale: 3.40 keeps its two decimals, 0050 has none
            assertThat(value).isEqualTo(new BigDecimal(expected));
        }
    }
}
