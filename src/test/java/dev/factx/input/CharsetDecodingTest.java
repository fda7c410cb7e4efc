package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.factx.input.DecodedInput.CharsetSource;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
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

    static Stream<Arguments> undeclared() {
        return Stream.of(
                row("pure ASCII", bytes("GDP grew 2.1% in 2019.\r\n"), "a.txt",
                        "GDP grew 2.1% in 2019.\r\n", "UTF-8", CharsetSource.DEFAULT, 0),
                row("valid UTF-8", bytes("£2.5m, €40 million, “quotes” – café"), "a.txt",
                        "£2.5m, €40 million, “quotes” – café", "UTF-8", CharsetSource.DEFAULT, 0),
                row("windows-1252 text: £ € “ ” – é", bytes("Shares rose to {A3}4.20; the {93}deal{94} is worth {80}40m {96} a caf{E9} says.\n"),
                        "notes.txt", "Shares rose to £4.20; the “deal” is worth €40m – a café says.\n",
                        "windows-1252", CharsetSource.DETECTED, 0),
                row("windows-1252: two high bytes side by side", bytes("{93}{A3}5m{94} and 20{B0}C"), "a.txt",
                        "“£5m” and 20°C", "windows-1252", CharsetSource.DETECTED, 0),
                row("windows-1252 despite an accidental UTF-8 pair (C3 A0)", bytes("{93}Quoted{94} {A3}3 {C3}{A0}x {80}1"), "a.txt",
                        "“Quoted” £3 Ã\u00A0x €1", "windows-1252", CharsetSource.DETECTED, 0),
                row("an undefined byte among windows-1252 text is a C1 control", bytes("{93}a{94} {80}5 {A3}6 {81}"), "a.txt",
                        "“a” €5 £6 \u0081", "windows-1252", CharsetSource.DETECTED, 0),
                row("ASCII with one lone high byte: windows-1252", bytes("Fees of {A3}150 a year"), "a.txt",
                        "Fees of £150 a year", "windows-1252", CharsetSource.DETECTED, 0),
                row("accented letters inside words: windows-1252", bytes("Z{FC}rich and S{E3}o Paulo"), "a.txt",
                        "Zürich and São Paulo", "windows-1252", CharsetSource.DETECTED, 0),
                row("a lead byte with no letter beside it, and 0xFF: not windows-1252", bytes("ok{FF}\n{C3}("), "a.txt",
                        "ok\uFFFD\n\uFFFD(", "UTF-8", CharsetSource.DEFAULT, 2),
                row("a lone 0xFF is not windows-1252", bytes("{FF}"), "a.txt",
                        "\uFFFD", "UTF-8", CharsetSource.DEFAULT, 1),
                row("UTF-8 with one stray byte stays UTF-8", bytes("Trade of €3.5 bn{92}s worth, “up” 4%"), "a.txt",
                        "Trade of €3.5 bn\uFFFDs worth, “up” 4%", "UTF-8", CharsetSource.DEFAULT, 1),
                row("as many bad bytes as good characters: UTF-8", bytes("€1 {A3}2"), "a.txt",
                        "€1 \uFFFD2", "UTF-8", CharsetSource.DEFAULT, 1),
                row("cut off after two bytes of three: UTF-8", bytes("x {E2 82}"), "a.txt",
                        "x \uFFFD", "UTF-8", CharsetSource.DEFAULT, 1),
                row("cut off after three bytes of four: UTF-8", bytes("up {F0 9F 93}"), "a.txt",
                        "up \uFFFD", "UTF-8", CharsetSource.DEFAULT, 1),
                row("windows-1252 ending in a letter that could open UTF-8", bytes("costs {A3}3 {E9}"), "a.txt",
                        "costs £3 é", "windows-1252", CharsetSource.DETECTED, 0),
                row("binary: NUL bytes keep UTF-8 with replacements", bytes("PK{03 04 00 00}{93}{A3}{80}{00}"), "a.txt",
                        "PK\u0003\u0004\u0000\u0000\uFFFD\uFFFD\uFFFD\u0000", "UTF-8", CharsetSource.DEFAULT, 3),
                row("binary: NUL bytes in valid UTF-8", bytes("a{00}b"), "a.txt",
                        "a\u0000b", "UTF-8", CharsetSource.DEFAULT, 0),
                row("an HTML page without a declaration: the same rule", bytes("<html><p>Up {80}5m to {A3}9m</p></html>"), "p.html",
                        "<html><p>Up €5m to £9m</p></html>", "windows-1252", CharsetSource.DETECTED, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undeclared")
    void undeclaredInputIsUtf8UnlessItReadsAsWindows1252(Case c) {
        check(c);
    }

    static Stream<Arguments> declared() {
        return Stream.of(
                row("meta charset=windows-1252", bytes("<html><head><meta charset=\"windows-1252\"></head><p>{93}{A3}2.5m{94} {96} {80}40 million, caf{E9}"),
                        "page.html", "<html><head><meta charset=\"windows-1252\"></head><p>“£2.5m” – €40 million, café",
                        "windows-1252", CharsetSource.DECLARED, 0),
                row("http-equiv charset=iso-8859-1 means windows-1252: 0x80 is €", bytes(
                        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><p>{80}40m"),
                        "page.html", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><p>€40m",
                        "windows-1252", CharsetSource.DECLARED, 0),
                row("latin1 and us-ascii mean windows-1252 too", bytes("<meta charset=latin1><p>{80}1 {A3}2"), "",
                        "<meta charset=latin1><p>€1 £2", "windows-1252", CharsetSource.DECLARED, 0),
                row("us-ascii", bytes("<meta charset=us-ascii><p>{80}1"), "a.htm",
                        "<meta charset=us-ascii><p>€1", "windows-1252", CharsetSource.DECLARED, 0),
                row("a declaration is obeyed on pure ASCII", bytes("<meta charset=iso-8859-1><p>5%"), "p.html",
                        "<meta charset=iso-8859-1><p>5%", "windows-1252", CharsetSource.DECLARED, 0),
                row("a UTF-8 page falsely labelled iso-8859-1 is read as UTF-8", bytes(
                        "<meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-1\"><p>€40m and £2.5m"),
                        "p.html", "<meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-1\"><p>€40m and £2.5m",
                        "UTF-8", CharsetSource.DETECTED, 0),
                row("a UTF-8 page falsely labelled windows-1251 likewise", bytes("<meta charset=windows-1251><p>“€1”"), "p.html",
                        "<meta charset=windows-1251><p>“€1”", "UTF-8", CharsetSource.DETECTED, 0),
                row("declared utf-8 with bad bytes keeps replacements, however windows-1252 they look", bytes(
                        "<meta charset=\"utf-8\"><p>{A3}5 and {80}4"), "p.html",
                        "<meta charset=\"utf-8\"><p>\uFFFD5 and \uFFFD4", "UTF-8", CharsetSource.DECLARED, 2),
                row("utf8 means UTF-8", bytes("<meta charset=utf8><p>€1"), "p.html",
                        "<meta charset=utf8><p>€1", "UTF-8", CharsetSource.DECLARED, 0),
                row("a UTF-16 label on a page read as bytes means UTF-8", bytes("<meta charset=utf-16><p>€1"), "p.html",
                        "<meta charset=utf-16><p>€1", "UTF-8", CharsetSource.DECLARED, 0),
                row("x-user-defined means windows-1252", bytes("<meta charset=x-user-defined><p>{80}1"), "p.html",
                        "<meta charset=x-user-defined><p>€1", "windows-1252", CharsetSource.DECLARED, 0),
                row("an unknown label is ignored: detection", bytes("<meta charset=\"klingon\"><p>{A3}5 {80}4"), "p.html",
                        "<meta charset=\"klingon\"><p>£5 €4", "windows-1252", CharsetSource.DETECTED, 0),
                row("a label the JDK cannot decode (iso-8859-10) is ignored", bytes("<meta charset=iso-8859-10><p>5%"), "p.html",
                        "<meta charset=iso-8859-10><p>5%", "UTF-8", CharsetSource.DEFAULT, 0),
                row("an unknown label, then a known one: the known one", bytes("<meta charset=klingon><meta charset=latin1><p>{80}4"), "p.html",
                        "<meta charset=klingon><meta charset=latin1><p>€4", "windows-1252", CharsetSource.DECLARED, 0),
                row("the first declaration wins", bytes("<meta charset=windows-1252><meta charset=utf-8><p>{80}4"), "p.html",
                        "<meta charset=windows-1252><meta charset=utf-8><p>€4", "windows-1252", CharsetSource.DECLARED, 0),
                row("iso-8859-15: 0xA4 is €", bytes("<meta charset=\"ISO-8859-15\"><p>{A4}40m"), "p.html",
                        "<meta charset=\"ISO-8859-15\"><p>€40m", "ISO-8859-15", CharsetSource.DECLARED, 0),
                row("windows-1251", bytes("<meta charset=windows-1251><p>{CC EE F1 EA E2 E0}"), "p.html",
                        "<meta charset=windows-1251><p>Москва", "windows-1251", CharsetSource.DECLARED, 0),
                row("shift_jis", bytes("<meta charset=shift_jis><p>5{89 7E}"), "p.html",
                        "<meta charset=shift_jis><p>5円", "windows-31j", CharsetSource.DECLARED, 0),
                row("any case, quotes and spaces", bytes(
                        "<META HTTP-EQUIV='Content-Type' CONTENT='text/html;charset = \"Windows-1252\"'><p>{80}1"), "p.html",
                        "<META HTTP-EQUIV='Content-Type' CONTENT='text/html;charset = \"Windows-1252\"'><p>€1",
                        "windows-1252", CharsetSource.DECLARED, 0),
                row("a charset value with spaces around it", bytes("<meta charset=\" latin1 \"><p>{80}1"), "p.html",
                        "<meta charset=\" latin1 \"><p>€1", "windows-1252", CharsetSource.DECLARED, 0),
                row("<meta/charset>", bytes("<meta/charset=latin1><p>{80}1"), "p.html",
                        "<meta/charset=latin1><p>€1", "windows-1252", CharsetSource.DECLARED, 0),
                row("content without http-equiv is no declaration", bytes(
                        "<meta content=\"text/html; charset=windows-1251\"><p>{A3}5"), "p.html",
                        "<meta content=\"text/html; charset=windows-1251\"><p>£5", "windows-1252", CharsetSource.DETECTED, 0),
                row("a meta in a comment is no declaration", bytes(
                        "<html><!-- <meta charset=windows-1251> --><p>{A3}5"), "p.html",
                        "<html><!-- <meta charset=windows-1251> --><p>£5", "windows-1252", CharsetSource.DETECTED, 0),
                row("a meta inside another tag's attribute is no declaration", bytes(
                        "<html><a title='<meta charset=windows-1251>'><p>{A3}5"), "p.html",
                        "<html><a title='<meta charset=windows-1251>'><p>£5", "windows-1252", CharsetSource.DETECTED, 0),
                row("a plain-text file's meta is not a declaration", bytes(
                        "The tag <meta charset=\"windows-1251\"> names a charset. {A3}5"), "notes.txt",
                        "The tag <meta charset=\"windows-1251\"> names a charset. £5", "windows-1252", CharsetSource.DETECTED, 0),
                row("an XML declaration", bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<html><p>{80}1"), "p.html",
                        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<html><p>€1", "windows-1252", CharsetSource.DECLARED, 0),
                row("a meta after the first 4096 bytes is not seen", concat(bytes("<html><head>"),
                        bytes("<!-- " + "x".repeat(4100) + " -->"), bytes("<meta charset=windows-1251><p>{A3}5")), "p.html",
                        "<html><head><!-- " + "x".repeat(4100) + " --><meta charset=windows-1251><p>£5",
                        "windows-1252", CharsetSource.DETECTED, 0),
                row("a meta just inside the first 4096 bytes is", concat(bytes("<html><head><link href=\"" + "x".repeat(4000) + "\">"),
                        bytes("<meta charset=windows-1251><p>{CC}")), "p.html",
                        "<html><head><link href=\"" + "x".repeat(4000) + "\"><meta charset=windows-1251><p>М",
                        "windows-1251", CharsetSource.DECLARED, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declared")
    void anHtmlPageIsReadInTheCharsetItDeclares(Case c) {
        check(c);
    }

    @Test
    void theDeclaredLabelIsKeptAsWrittenInLowerCase() {
        DecodedInput input = InputDecoder.decode(bytes("<meta charset=\" Latin1 \"><p>{80}1"), "p.html");
        assertThat(input.declaredCharset()).isEqualTo("latin1");
        assertThat(input.notes()).isEmpty();
        assertThat(InputDecoder.decode(bytes("<meta charset=\"klingon\"><p>1"), "p.html").declaredCharset()).isNull();
    }

    @Test
    void aFalseLabelOverruledIsANote() {
        DecodedInput input = InputDecoder.decode(bytes("<meta charset=ISO-8859-1><p>€40m"), "p.html");
        assertThat(input.declaredCharset()).isEqualTo("iso-8859-1");
        assertThat(input.notes()).containsExactly("declares charset iso-8859-1 but is valid UTF-8; read as UTF-8");
    }

    @Test
    void hostileInputIsReadInLinearTime() {
        byte[][] pages = {
            bytes("<html>" + "<meta ".repeat(700_000)),
            bytes("<html>" + "<a b='".repeat(700_000)),
            bytes("<html><meta content=\"" + "charset".repeat(600_000)),
            bytes("<html>" + "<!--".repeat(1_000_000)),
            bytes("<!--" + "<!-".repeat(1_000_000)),
            bytes("<?xml " + "encoding".repeat(500_000)),
            concat(bytes("<html>"), bytes("{A3}{C3}".repeat(1_000_000))),
        };
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (byte[] page : pages) {
                InputDecoder.decode(page, "p.html");
                InputDecoder.decode(page, "");
            }
        });
    }

    @Test
    void windows1252AgreesWithTheJdkOnEveryByteTheJdkMaps() throws CharacterCodingException {
        for (int b = 0; b < 256; b++) {
            byte[] one = {(byte) b};
            String ours = Windows1252.decode(one, 0);
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                assertThat(ours).isEqualTo(String.valueOf((char) b));
            } else {
                String jdk = Charset.forName("windows-1252").newDecoder().decode(ByteBuffer.wrap(one)).toString();
                assertThat(ours).as("byte %02X", b).isEqualTo(jdk);
            }
        }
    }

    @Test
    void detectedWindows1252IsANoteOnceAndNoReplacementWarning() {
        DecodedInput input = InputDecoder.decode(bytes("{A3}1 {A3}2 {80}3"), "a.txt");
        assertThat(input.notes()).containsExactly("not valid UTF-8; read as windows-1252");
    }

    @Test
    void replacementsAreTheNoteTheyWereBefore() {
        assertThat(InputDecoder.decode(bytes("€1 {FF} €2 {FF} €3 {FF} €4"), "a.txt").notes())
                .containsExactly("3 invalid UTF-8 sequences replaced");
        assertThat(InputDecoder.decode(bytes("€1 {FF}"), "a.txt").notes())
                .containsExactly("1 invalid UTF-8 sequence replaced");
        assertThat(InputDecoder.decode(bytes("€1"), "a.txt").notes()).isEmpty();
    }

    @Test
    void theOldConstructorMeansUtf8ByDefault() {
        DecodedInput input = new DecodedInput("text", 2, false);
        assertThat(input.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(input.charsetSource()).isEqualTo(CharsetSource.DEFAULT);
        assertThat(input.declaredCharset()).isNull();
        assertThat(input.notes()).containsExactly("2 invalid UTF-8 sequences replaced");
    }

    @Test
    void replacementsInAnotherCharsetNameIt() {
        DecodedInput input = InputDecoder.decode(bytes("{FF FE 3D D8}"), "a.txt");
        assertThat(input.notes()).containsExactly("1 invalid UTF-16LE sequence replaced");
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
