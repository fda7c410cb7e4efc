package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 evidence of an input, read eight ASCII bytes at a time where it can. */
class Windows1252ScanTest {

    private static final int[] CODE_POINTS = {'a', 'Z', ' ', '7', '\n', 0, 'é', '£', '€', '’', 'Ж', 0x1F600, 0x4E2D};

    /** Valid UTF-8 of random text: its non-ASCII chars are its multi-byte sequences, and NUL is seen wherever it is. */
    @Test
    void countsTheMultiByteCharsAndFindsNulInValidUtf8() {
        Random random = new Random(1252);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            boolean mostlyAscii = random.nextBoolean();
            for (int k = 0; k < length; k++) {
                int cp = mostlyAscii && random.nextInt(10) > 0 ? 'a' + random.nextInt(26)
                        : CODE_POINTS[random.nextInt(CODE_POINTS.length)];
                text.appendCodePoint(cp);
            }
            String s = text.toString();
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            int asciiPrefix = 0;
            while (asciiPrefix < bytes.length && bytes[asciiPrefix] >= 0) {
                asciiPrefix++;
            }
            int offset = random.nextInt(asciiPrefix + 1); // on a char boundary
            String rest = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            Windows1252.Evidence e = Windows1252.scan(bytes, offset);
            assertThat(e.multiByte()).as(s).isEqualTo((int) rest.codePoints().filter(cp -> cp >= 0x80).count());
            assertThat(e.nul()).as(s).isEqualTo(rest.indexOf('\0') >= 0);
            assertThat(e.validUtf8()).as(s).isTrue();
        }
    }

    /** A NUL at each place of a long ASCII run, before and after a byte UTF-8 rejects. */
    @Test
    void findsANulAtEveryPlace() {
        for (int length = 0; length < 40; length++) {
            for (int at = -1; at < length; at++) {
                byte[] bytes = new byte[length];
                for (int k = 0; k < length; k++) {
                    bytes[k] = (byte) (k == at ? 0 : 'a' + k % 26);
                }
                assertThat(Windows1252.scan(bytes, 0).nul()).as("NUL at %d of %d", at, length).isEqualTo(at >= 0);
                if (length > 20) {
                    bytes[17] = (byte) 0xE9; // é in windows-1252, rejected by UTF-8
                    Windows1252.Evidence e = Windows1252.scan(bytes, 0);
                    assertThat(e.nul()).isEqualTo(at >= 0 && at != 17);
                    assertThat(e.latin() + e.other()).isEqualTo(1);
                    assertThat(e.multiByte()).isZero();
                }
            }
        }
    }
}
