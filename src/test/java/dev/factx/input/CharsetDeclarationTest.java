package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetDeclarationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            utf-8           | UTF-8
            ' UTF8 '        | UTF-8
            unicode-1-1-utf-8 | UTF-8
            utf-16          | UTF-8
            utf-16be        | UTF-8
            iso-8859-1      | windows-1252
            ISO_8859-1:1987 | windows-1252
            latin1          | windows-1252
            l1              | windows-1252
            us-ascii        | windows-1252
            ascii           | windows-1252
            cp1252          | windows-1252
            x-user-defined  | windows-1252
            iso-8859-15     | ISO-8859-15
            latin2          | ISO-8859-2
            iso-8859-9      | windows-1254
            iso-8859-8-i    | ISO-8859-8
            tis-620         | x-windows-874
            koi8-r          | KOI8-R
            gb2312          | GB18030
            big5            | Big5-HKSCS
            sjis            | windows-31j
            euc-kr          | x-windows-949
            iso-2022-jp     | ISO-2022-JP
            iso-8859-10     | none
            iso-2022-kr     | none
            utf-32          | none
            klingon         | none
            ''              | none
            """)
    void labelsMeanWhatTheEncodingStandardSays(String label, String charset) {
        Charset found = CharsetDeclaration.forLabel(label == null ? "" : label);
        assertThat(found == null ? null : found.name()).isEqualTo(charset);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            text/html; charset=iso-8859-1          | iso-8859-1
            text/html;charset=utf-8                | utf-8
            text/html; charset = 'windows-1252'    | windows-1252
            text/html; charset=\"koi8-r\"; x=y    | koi8-r
            text/html; charsetx; charset=latin1    | latin1
            text/html; charset=                    | none
            text/html; charset='unclosed           | none
            text/html                              | none
            """)
    void theCharsetOfAContentAttribute(String content, String label) {
        assertThat(CharsetDeclaration.charsetInContent(content)).isEqualTo(label);
    }

    @Test
    void everyLabelOfTheTableDecodesAnyBytesWithoutFailing() {
        Random random = new Random(20191113);
        for (String label : new TreeSet<>(CharsetDeclaration.labels())) {
            for (int i = 0; i < 20; i++) {
                byte[] body = new byte[random.nextInt(300)];
                random.nextBytes(body);
                byte[] page = CharsetDecodingTest.concat(
                        ("<meta charset=\"" + label + "\">").getBytes(StandardCharsets.US_ASCII), body);
                assertThatCode(() -> InputDecoder.decode(page, "p.html")).as(label).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void anyBytesAfterAnyByteOrderMarkDecodeWithoutFailing() {
        Random random = new Random(20191114);
        byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xFF, (byte) 0xFE, 0, 0}, {0, 0, (byte) 0xFE, (byte) 0xFF}, {}};
        for (byte[] mark : marks) {
            for (int i = 0; i < 200; i++) {
                byte[] body = new byte[random.nextInt(100)];
                random.nextBytes(body);
                byte[] input = CharsetDecodingTest.concat(mark, body);
                assertThatCode(() -> InputDecoder.decode(input, "")).doesNotThrowAnyException();
            }
        }
    }
}
