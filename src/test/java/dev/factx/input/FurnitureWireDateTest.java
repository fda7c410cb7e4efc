package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wire story's opening line and its date; lines that only look like one give none. */
class FurnitureWireDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ## ", nullValues = "-", value = {
        "ALMATY, March 3 (Staff) - Grain exports rose. ## March 3",
        "BISHKEK, Feb 28 (Newswire) - The bank held its rate. ## Feb 28",
        "ST. PETERSBURG, Russia, 4 May 2018 — Port traffic fell. ## 4 May 2018",
        "O'HARE, Dec. 5, 2019 - Flights resumed. ## Dec. 5, 2019",
        "NEW DELHI, Jan 14 – Output grew. ## Jan 14",
        "Officials said on Tuesday, March 3, that talks had stalled. ## -",
        "ALMATY , March 3 - Grain exports rose. ## March 3",
        "ALMATY; March 3 - Grain exports rose. ## -",
        "ALMATY, March 3 Grain exports rose. ## -",
        "A very long place name that runs past forty letters, March 3 - text ## -",
        "almaty, March 3 - lower case is not a dateline. ## -",
        "Kazakh and Turkish officials closed the session in Astana on 19 July 2012. ## -",
        "However, the talks resumed on March 3 - late. ## -",
        "In March, 3 of the plants closed. ## -",
    })
    void readsTheDateOfAWireOpening(String line, String date) {
        assertThat(Furniture.wireDate(line)).isEqualTo(date);
    }

    /**
     * The hand test that runs before the pattern must never turn a line away that the pattern
     * alone accepts: lines built from pieces of datelines and prose agree with the bare pattern.
     */
    @Test
    void agreesWithThePatternAloneOnMixedLines() {
        String[][] slots = {
            {"ALMATY", "St. John's", "NEW-YORK", "O’Neil", "A", "Officials said on Tuesday that the talks in Astana", "x1", "é"},
            {"", "", ", Kazakhstan", ", a", ",", " "},
            {", ", ",", " ", "; ", ", , ", ", the talks, "},
            {"March 3", "Sept. 12", "3 March 2019", "Dec. 5, 2019", "12", "March", "the talks", "1.5"},
            {"", " (Staff)", " (", "()"},
            {" -", " —", "–", "", " x"},
            {"", " Grain exports rose.", "\t", " 2019"},
        };
        Random random = new Random(7);
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (String[] slot : slots) {
                line.append(slot[random.nextInt(slot.length)]);
            }
            String text = line.toString();
            Matcher m = Furniture.WIRE_DATELINE.matcher(text);
            String expected = text.length() >= 12 && text.charAt(0) >= 'A' && text.charAt(0) <= 'Z' && m.lookingAt() ? m.group(1) : null;
            assertThat(Furniture.wireDate(text)).as(text).isEqualTo(expected);
            matched += expected == null ? 0 : 1;
        }
        assertThat(matched).as("lines that are datelines").isGreaterThan(100);
    }
}
