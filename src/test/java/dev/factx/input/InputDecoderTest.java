package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputDecoderTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @Test
    void decodesUtf8AndKeepsCrlf() {
        DecodedInput input = InputDecoder.decode(utf8("Trade: €3.5 bn\r\nNext “line”\r\n"), "a.txt");
        assertThat(input.text()).isEqualTo("Trade: €3.5 bn\r\nNext “line”\r\n");
        assertThat(input.invalidSequences()).isZero();
        assertThat(input.html()).isFalse();
    }

    @Test
    void skipsTheUtf8ByteOrderMarkOnlyAtTheStart() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        DecodedInput input = InputDecoder.decode(concat(bom, utf8("Hello"), bom), "a.txt");
        assertThat(input.text()).isEqualTo("Hello\uFEFF");
        assertThat(input.text().codePointAt(0)).isEqualTo('H');
    }

    @Test
    void replacesAndCountsMalformedSequences() {
        // 0xFF can never occur in UTF-8; 0xC3 opens a two-byte sequence that '(' does not continue.
        byte[] bytes = concat(utf8("a"), new byte[] {(byte) 0xFF}, utf8("b"), new byte[] {(byte) 0xC3}, utf8("(c"));
        DecodedInput input = InputDecoder.decode(bytes, "a.txt");
        assertThat(input.text()).isEqualTo("a\uFFFDb\uFFFD(c");
        assertThat(input.invalidSequences()).isEqualTo(2);
    }

    @Test
    void countsASequenceCutOffAtTheEnd() {
        byte[] euroWithoutLastByte = {(byte) 0xE2, (byte) 0x82};
        DecodedInput input = InputDecoder.decode(concat(utf8("x"), euroWithoutLastByte), "a.txt");
        assertThat(input.text()).startsWith("x\uFFFD");
        assertThat(input.invalidSequences()).isPositive();
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        DecodedInput input = InputDecoder.decode(utf8("📈 up 5%"), "a.txt");
        assertThat(input.text()).isEqualTo("📈 up 5%");
        assertThat(input.invalidSequences()).isZero();
    }

    @Test
    void plainTextKeepsCharacterReferencesAsWritten() {
        // A .txt file is not HTML: "&pound;" in it is what its author typed (or what a scraper
        // failed to decode), and factx reports text as it stands in the file.
        DecodedInput input = InputDecoder.decode(utf8("Fees of &pound;5 &amp; &#8364;4&nbsp;each"), "a.txt");
        assertThat(input.text()).isEqualTo("Fees of &pound;5 &amp; &#8364;4&nbsp;each");
        assertThat(input.html()).isFalse();
    }

    @Test
    void emptyInputIsEmptyText() {
        DecodedInput input = InputDecoder.decode(new byte[0], "");
        assertThat(input.text()).isEmpty();
        assertThat(input.html()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.html", "PAGE.HTM", "dir.x/page.htm"})
    void htmlByExtension(String name) {
        assertThat(InputDecoder.isHtml(name, "plain words")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html>\n<html>",
        "  \n\t<!doctype HTML><p>x",
        "<html lang=\"en\">",
        "<HEAD><title>x</title>",
        "<body>",
        "<meta charset=\"utf-8\">",
        "<div class=\"article\">",
        "<!-- saved from url=(0042)https://example.org/ -->\n<html>",
    })
    void htmlByContent(String start) {
        assertThat(InputDecoder.isHtml("-", start)).isTrue();
        assertThat(InputDecoder.isHtml("notes.txt", start)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Exports rose by 12% to $3.5 billion in 2018.",
        "The <html> tag opens a page.",
        "<division of labour>",
        "<p>a paragraph</p>",
        "<!-- unterminated comment <html>",
        "",
    })
    void plainTextIsNotHtml(String text) {
        assertThat(InputDecoder.isHtml("notes.txt", text)).isFalse();
    }

    /** A page with no .html name is told by its first tags, read from its bytes, and its declared charset is used. */
    @ParameterizedTest
    @ValueSource(strings = {"<html>", "  <!-- saved from url=(0042)https://example.org/ -->\n<HTML lang=ru>", "<!---->\t<meta "})
    void aPageNamedAnythingUsesItsDeclaredCharset(String start) {
        byte[] head = (start + "<meta charset=\"windows-1251\"><p>").getBytes(StandardCharsets.US_ASCII);
        byte[] word = {(byte) 0xCF, (byte) 0xF0, (byte) 0xE8}; // "При" in windows-1251
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + word.length);
        System.arraycopy(word, 0, bytes, head.length, word.length);
        DecodedInput input = InputDecoder.decode(bytes, "saved.txt");
        assertThat(input.html()).isTrue();
        assertThat(input.text()).endsWith("При");
    }

    @Test
    void readsAFileUsingItsExtension(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.html");
        Files.write(page, utf8("<p>Hi</p>"));
        DecodedInput input = InputDecoder.read(page);
        assertThat(input.text()).isEqualTo("<p>Hi</p>");
        assertThat(input.html()).isTrue();
    }

    @Test
    void readsAStreamToItsEndAndDecidesHtmlByContentOnly() throws IOException {
        DecodedInput text = InputDecoder.read(new ByteArrayInputStream(utf8("<p>Hi</p>")));
        DecodedInput page = InputDecoder.read(new ByteArrayInputStream(utf8("<html><p>Hi</p>")));
        assertThat(text.html()).isFalse();
        assertThat(page.html()).isTrue();
        assertThat(page.text()).isEqualTo("<html><p>Hi</p>");
    }
}
