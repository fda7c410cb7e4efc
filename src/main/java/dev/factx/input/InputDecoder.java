package dev.factx.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
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
 * on, and classifies the input as HTML or plain text.
 *
 * <p>The encoding is chosen in this order:
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE), which is then skipped;</li>
 *   <li>for an HTML page, the charset it declares ({@link CharsetDeclaration}), unless the page
 *       declares a legacy charset and its bytes are valid UTF-8 with non-ASCII characters in
 *       them: then UTF-8, since legacy text almost never forms valid UTF-8 sequences only,
 *       while a template's stale {@code charset=iso-8859-1} over UTF-8 text is a common error
 *       (and a saved page has lost the HTTP header that told the browser better);</li>
 *   <li>UTF-8, unless the input is not valid UTF-8 and reads as windows-1252 by the rule of
 *       {@link Windows1252.Evidence#readsAsWindows1252()}.</li>
 * </ol>
 * Whether the input is HTML is decided on its bytes for the declaration (read as ASCII) and
 * again on the decoded text for {@link DecodedInput#html()}; the two agree but for pages that
 * open with non-ASCII white space. Every malformed sequence is replaced by U+FFFD and counted
 * (so the caller can warn). Line ends are left as they are: offsets in the output count code
 * points of exactly this text.
 *
 * <p>Stateless and thread-safe: every call uses its own decoder.
 */
public final class InputDecoder {

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
     * Decodes {@code bytes}. Never fails: every byte sequence gives some text.
     *
     * @param name the file name, for its extension; empty when there is none (standard input)
     */
    public static DecodedInput decode(byte[] bytes, String name) {
        Bom bom = Bom.of(bytes);
        Decoded decoded;
        Charset charset;
        DecodedInput.CharsetSource source;
        String declared = null;
        if (bom != null) {
            charset = bom.charset;
            source = DecodedInput.CharsetSource.BOM;
            decoded = decode(bytes, bom.length, charset);
        } else {
            Windows1252.Evidence evidence = Windows1252.scan(bytes, 0);
            // the bytes read as Latin-1 without a copy: the check reads a few chars at the start
            CharsetDeclaration.Found found = isHtml(name, new Latin1Chars(bytes))
                    ? CharsetDeclaration.find(bytes) : null;
            declared = found == null ? null : found.label();
            if (found != null && !found.charset().equals(StandardCharsets.UTF_8)
                    && evidence.validUtf8() && evidence.multiByte() > 0) {
                // A legacy label on a page whose bytes are valid UTF-8 with non-ASCII characters
                // in it is wrong: real legacy text almost never forms valid UTF-8 sequences only.
                charset = StandardCharsets.UTF_8;
                source = DecodedInput.CharsetSource.DETECTED;
            } else if (found != null) {
                charset = found.charset();
                source = DecodedInput.CharsetSource.DECLARED;
            } else if (evidence.readsAsWindows1252()) {
                charset = Windows1252.CHARSET;
                source = DecodedInput.CharsetSource.DETECTED;
            } else {
                charset = StandardCharsets.UTF_8;
                source = DecodedInput.CharsetSource.DEFAULT;
            }
            decoded = charset.equals(Windows1252.CHARSET)
                    ? new Decoded(Windows1252.decode(bytes, 0), 0)
                    : decode(bytes, 0, charset);
        }
        return new DecodedInput(decoded.text, decoded.invalid, isHtml(name, decoded.text), charset, source, declared);
    }

    /**
     * True when the input is an HTML page: the name ends in {@code .html} or {@code .htm}, or the
     * first non-blank characters open a doctype or one of the elements a page starts with
     * ({@code html}, {@code head}, {@code body}, {@code meta}, {@code div}), ignoring case. Leading
     * {@code <!-- -->} comments (browsers put "saved from url" there) are skipped.
     */
    public static boolean isHtml(String name, CharSequence text) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
            return true;
        }
        int i = skipBlanksAndComments(text);
        for (String start : HTML_STARTS) {
            if (regionMatchesIgnoringCase(text, i, start)) {
                int after = i + start.length();
                // "<html>" and "<div class=..>" are tags; "<htmlish" or "<division" are not.
                if (after == text.length() || !Character.isLetterOrDigit(text.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As {@code String.regionMatches(true, at, other, 0, other.length())}, on any chars. */
    private static boolean regionMatchesIgnoringCase(CharSequence text, int at, String other) {
        if (at + other.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < other.length(); k++) {
            char c1 = text.charAt(at + k);
            char c2 = other.charAt(k);
            if (c1 == c2) {
                continue;
            }
            char u1 = Character.toUpperCase(c1);
            char u2 = Character.toUpperCase(c2);
            if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Bytes read as Latin-1, one char each, without copying them: telling whether an input is a
     * page used to copy the whole file into a string to read its first few chars.
     */
    private record Latin1Chars(byte[] bytes) implements CharSequence {
        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().substring(start, end);
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** A byte order mark: the encoding it names and its length in bytes. */
    private enum Bom {
        // UTF-32LE before UTF-16LE: FF FE 00 00 opens both, and a UTF-16 text starting with U+0000 is no text.
        UTF_32LE(Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
        UTF_32BE(Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
        UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
        UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
        UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

        final Charset charset;
        final int length;
        private final int[] marks;

        Bom(Charset charset, int... marks) {
            this.charset = charset;
            this.length = marks.length;
            this.marks = marks;
        }

        /** The byte order mark {@code bytes} start with, or null. */
        static Bom of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bom.opens(bytes)) {
                    return bom;
                }
            }
            return null;
        }

        private boolean opens(byte[] bytes) {
            if (bytes.length < marks.length) {
                return false;
            }
            for (int i = 0; i < marks.length; i++) {
                if ((bytes[i] & 0xFF) != marks[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Text decoded from bytes, and how many malformed sequences in it were replaced. */
    private record Decoded(String text, int invalid) {
    }

    /**
     * Decodes {@code bytes} from {@code offset} on as {@code charset}, replacing each malformed or
     * unmappable sequence with one U+FFFD.
     */
    private static Decoded decode(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The common case, at the JDK's fastest and into a compact string with no buffer of
            // twice the file's size between: if no U+FFFD comes out, nothing was replaced.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return new Decoded(text, 0);
            }
        }
        // REPORT rather than REPLACE: the JDK's REPLACE gives no count, and the user is owed a
        // warning when their file is not what it claims to be.
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // No charset factx reads gives more UTF-16 units than bytes (a replacement stands for at
        // least one byte), but the buffer grows rather than trust that.
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        // The JDK's UTF-16 decoders report a high surrogate and the unit after it as one malformed
        // sequence, so "\uD83Dx" would lose the x; replace only the surrogate, as browsers do.
        int maxSkip = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)
                ? 2 : Integer.MAX_VALUE;
        int invalid = 0;
        boolean flushing = false;
        while (true) {
            CoderResult result = flushing ? decoder.flush(out) : decoder.decode(in, out, true);
            if (result.isError()) {
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
                in.position(in.position() + Math.min(result.length(), maxSkip));
                invalid++;
            } else if (result.isOverflow()) {
                out = grow(out);
            } else if (flushing) {
                break;
            } else {
                flushing = true;
            }
        }
        return new Decoded(out.flip().toString(), invalid);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        return bigger.put(out.flip());
    }

    private static int skipBlanksAndComments(CharSequence text) {
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (!regionMatches(text, i, "<!--")) {
                return i;
            }
            int end = i + 4;
            while (end < text.length() && !regionMatches(text, end, "-->")) {
                end++;
            }
            if (end >= text.length()) {
                return i;
            }
            i = end + 3;
        }
    }

    private static boolean regionMatches(CharSequence text, int at, String other) {
        if (at + other.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < other.length(); k++) {
            if (text.charAt(at + k) != other.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
