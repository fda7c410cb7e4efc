package dev.factx.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "2.5E9, 2500000000",
        "2500000000.000, 2500000000",
        "1E-7, 0.0000001",
        "0.3333333333, 0.3333333333",
        "0.80, 0.8",
        "0.000, 0",
        "-12.50, -12.5",
        "100, 100",
        "1E+2, 100",
    })
    void formatsPlainWithoutTrailingZeros(String input, String expected) {
        assertThat(PlainNumbers.format(new BigDecimal(input))).isEqualTo(expected);
    }

    @Test
    void wholeNumbersGetScaleZero() {
        assertThat(PlainNumbers.normalize(new BigDecimal("2.5E9")).scale()).isZero();
        assertThat(PlainNumbers.normalize(new BigDecimal("3.125")).scale()).isEqualTo(3);
    }
}
