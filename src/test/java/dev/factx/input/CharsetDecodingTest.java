package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.input.DecodedInput.CharsetSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which encoding {@link InputDecoder} chooses, and the text it gives: byte sequences in, text,
 * charset, how it was chosen and the replacement count out.
 *
 * <p>Inputs are written as text in which <code>{A3}</code> stands for the byte 0xA3 (and
 * <code>{EF BB BF}</code> for three bytes); everything else is encoded as UTF-8, which for ASCII
 * is the same bytes as in any charset here.
 */
class CharsetDecodingTest {

    /** One row of the table. */
    record Case(byte[] bytes, String name, String text, String charset, CharsetSource source, int invalid) {
    }

    private static Arguments row(String label, byte[] bytes, String name, String text, String charset,
            CharsetSource source, int invalid) {
        return Arguments.of(Named.of(label, new Case(bytes, name, text, charset, source, invalid)));
    }

    static Stream<Arguments> byteOrderMarks() {
        return Stream.of(
                row("UTF-8 BOM", bytes("{EF BB BF}£5 and €4"), "a.txt",
                        "£5 and €4", "UTF-8", CharsetSource.BOM, 0),
                row("UTF-16LE BOM", concat(bytes("{FF FE}"), encode("€40 million, “up” 5%", StandardCharsets.UTF_16LE)),
                        "a.txt", "€40 million, “up” 5%", "UTF-16LE", CharsetSource.BOM, 0),
                row("UTF-16BE BOM", concat(bytes("{FE FF}"), encode("£2.5m 📈", StandardCharsets.UTF_16BE)),
                        "a.txt", "£2.5m 📈", "UTF-16BE", CharsetSource.BOM, 0),
                row("UTF-32LE BOM, before UTF-16LE's", concat(bytes("{FF FE 00 00}"), encode("€1", Charset.forName("UTF-32LE"))),
                        "a.txt", "€1", "UTF-32LE", CharsetSource.BOM, 0),
                row("UTF-32BE BOM", concat(bytes("{00 00 FE FF}"), encode("£1", Charset.forName("UTF-32BE"))),
                        "a.txt", "£1", "UTF-32BE", CharsetSource.BOM, 0),
                row("UTF-16LE with an odd last byte", concat(bytes("{FF FE}"), encode("ab", StandardCharsets.UTF_16LE), bytes("{41}")),
                        "a.txt", "ab\uFFFD", "UTF-16LE", CharsetSource.BOM, 1),
                row("UTF-16LE with a lone surrogate", concat(bytes("{FF FE}"), bytes("{3D D8}"), encode("x", StandardCharsets.UTF_16LE)),
                        "a.txt", "\uFFFDx", "UTF-16LE", CharsetSource.BOM, 1),
                row("UTF-16BE: a lone high surrogate before a pair", bytes("{FE FF D8 3D D8 3D DC C8}"),
                        "a.txt", "\uFFFD📈", "UTF-16BE", CharsetSource.BOM, 1),
                row("a BOM inside the text is a character", concat(bytes("{EF BB BF}a{EF BB BF}")),
                        "a.txt", "a\uFEFF", "UTF-8", CharsetSource.BOM, 0),
                row("UTF-16 BOM on an HTML page wins over its meta", concat(bytes("{FF FE}"),
                        encode("<meta charset=\"windows-1252\"><p>€3", StandardCharsets.UTF_16LE)),
                        "page.html", "<meta charset=\"windows-1252\"><p>€3", "UTF-16LE", CharsetSource.BOM, 0),
                row("no BOM, ASCII", bytes("Exports rose 5%."), "a.txt",
                        "Exports rose 5%.", "UTF-8", CharsetSource.DEFAULT, 0),
                row("empty", new byte[0], "", "", "UTF-8", CharsetSource.DEFAULT, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byteOrderMarks")
    void byteOrderMarkDecidesTheEncoding(Case c) {
        check(c);
    }

    static void check(Case c) {
        DecodedInput input = InputDecoder.decode(c.bytes(), c.name());
        assertThat(input.text()).isEqualTo(c.text());
        assertThat(input.charset().name()).isEqualTo(c.charset());
        assertThat(input.charsetSource()).isEqualTo(c.source());
        assertThat(input.invalidSequences()).isEqualTo(c.invalid());
    }

    /** Text with <code>{XX XX}</code> groups of hexadecimal bytes; the rest as UTF-8. */
    static byte[] bytes(String spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < spec.length()) {
            int open = spec.indexOf('{', i);
            if (open < 0) {
                open = spec.length();
            }
            out.writeBytes(spec.substring(i, open).getBytes(StandardCharsets.UTF_8));
            if (open == spec.length()) {
                break;
            }
            int close = spec.indexOf('}', open);
            for (String hex : spec.substring(open + 1, close).trim().split("\\s+")) {
                out.write(Integer.parseInt(hex, 16));
            }
            i = close + 1;
        }
        return out.toByteArray();
    }

    static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
