package dev.factx.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an input file or standard input as bytes and turns it into the text the extractor works
 * on: a UTF-8 byte order mark is skipped, the rest is decoded as UTF-8 with every malformed
 * sequence replaced by U+FFFD and counted (so the caller can warn), line ends are left as they are
 * (offsets in the output count code points of exactly this text), and the input is classified as
 * HTML or plain text.
 *
 * <p>Stateless and thread-safe: every call uses its own decoder.
 */
public final class InputDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Lower-case beginnings of a document that is an HTML page rather than text about one. */
    private static final List<String> HTML_STARTS =
            List.of("<!doctype html", "<html", "<head", "<body", "<meta", "<div");

    private InputDecoder() {
    }

    /** Reads and decodes the file at {@code path}; {@code path}'s extension counts for HTML. */
    public static DecodedInput read(Path path) throws IOException {
        return decode(Files.readAllBytes(path), path.getFileName() == null ? "" : path.getFileName().toString());
    }

    /** Reads {@code in} to its end and decodes it; only the content decides whether it is HTML. */
    public static DecodedInput read(InputStream in) throws IOException {
        return decode(in.readAllBytes(), "");
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param name the file name, for its extension; empty when there is none (standard input)
     */
    public static DecodedInput decode(byte[] bytes, String name) {
        int offset = hasBom(bytes) ? UTF8_BOM.length : 0;
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        int invalid = decodeUtf8(ByteBuffer.wrap(bytes, offset, bytes.length - offset), out);
        String text = out.flip().toString();
        return new DecodedInput(text, invalid, isHtml(name, text));
    }

    /**
     * True when the input is an HTML page: the name ends in {@code .html} or {@code .htm}, or the
     * first non-blank characters open a doctype or one of the elements a page starts with
     * ({@code html}, {@code head}, {@code body}, {@code meta}, {@code div}), ignoring case. Leading
     * {@code <!-- -->} comments (browsers put "saved from url" there) are skipped.
     */
    public static boolean isHtml(String name, String text) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
            return true;
        }
        int i = skipBlanksAndComments(text);
        for (String start : HTML_STARTS) {
            if (text.regionMatches(true, i, start, 0, start.length())) {
                int after = i + start.length();
                // "<html>" and "<div class=..>" are tags; "<htmlish" or "<division" are not.
                if (after == text.length() || !Character.isLetterOrDigit(text.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= UTF8_BOM.length
                && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /**
     * Decodes {@code in} into {@code out}, replacing each malformed sequence with U+FFFD.
     * {@code out} is large enough: UTF-8 never yields more UTF-16 units than it has bytes, and a
     * replacement takes the place of at least one byte.
     *
     * @return the number of replacements
     */
    private static int decodeUtf8(ByteBuffer in, CharBuffer out) {
        // REPORT rather than REPLACE: the JDK's REPLACE gives no count, and the user is owed a
        // warning when their file is not the UTF-8 it claims to be.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int invalid = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                out.put('\uFFFD');
                in.position(in.position() + result.length());
                invalid++;
            } else if (result.isUnderflow()) {
                break;
            } else {
                throw new IllegalStateException("decode buffer too small: " + result);
            }
        }
        decoder.flush(out);
        return invalid;
    }

    private static int skipBlanksAndComments(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (!text.startsWith("<!--", i)) {
                return i;
            }
            int end = text.indexOf("-->", i + 4);
            if (end < 0) {
                return i;
            }
            i = end + 3;
        }
    }
}
