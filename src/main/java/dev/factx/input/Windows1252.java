package dev.factx.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;

/**
 * The windows-1252 decoder, and the rule that tells undeclared windows-1252 input from UTF-8.
 *
 * <p>windows-1252 is what Western pages and text files were written in before UTF-8, and what
 * browsers read an undeclared page as; its labels {@code iso-8859-1}, {@code latin1} and
 * {@code us-ascii} all mean it (see {@link CharsetDeclaration}).
 *
 * <p>Stateless and thread-safe.
 */
final class Windows1252 {

    static final Charset CHARSET = Charset.forName("windows-1252");

    /** Eight bytes of an array read as one long; the byte order does not matter to the tests made on it. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /**
     * What the bytes 0x80 to 0x9F stand for; the bytes from 0xA0 up are the code points of the
     * same value, as in ISO-8859-1. The five bytes Microsoft left undefined (0x81, 0x8D, 0x8F,
     * 0x90, 0x9D) give the C1 control of the same value, as the WHATWG Encoding Standard says, so
     * no byte fails (the JDK's windows-1252 reports them unmappable).
     */
    private static final char[] CHARS_80_9F = (
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178")
            .toCharArray();

    private Windows1252() {
    }

    /** Decodes {@code bytes} from {@code offset} on; every byte is one character. */
    static String decode(byte[] bytes, int offset) {
        char[] chars = new char[bytes.length - offset];
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            chars[i - offset] = b >= 0x80 && b < 0xA0 ? CHARS_80_9F[b - 0x80] : (char) b;
        }
        return new String(chars);
    }

    /**
     * What the bytes of an input say about UTF-8 and windows-1252.
     *
     * @param multiByte    well-formed UTF-8 multi-byte sequences (non-ASCII characters in UTF-8)
     * @param latin        bytes UTF-8 rejects that look like windows-1252 text (see {@link #scan})
     * @param other        bytes UTF-8 rejects that do not
     * @param cutOff       whether the input ends in the start of a UTF-8 sequence cut short
     * @param nul          whether there is a NUL byte
     */
    record Evidence(int multiByte, int latin, int other, boolean cutOff, boolean nul) {

        /** True when every byte belongs to a well-formed UTF-8 sequence. */
        boolean validUtf8() {
            return latin == 0 && other == 0 && !cutOff;
        }

        /**
         * The rule for input that declares no encoding: read it as windows-1252 when it is not
         * valid UTF-8, has no NUL byte, and its bytes that look like windows-1252 text outnumber
         * all the other evidence: the rejected bytes that do not look like it, and the well-formed
         * UTF-8 multi-byte characters.
         *
         * <p>So a windows-1252 file, where nearly every byte beyond ASCII is rejected by UTF-8 and
         * well-formed pairs are rare accidents ({@code Ã©}), reads as windows-1252; a UTF-8 file
         * with a stray byte or two among its non-ASCII characters stays UTF-8; an ASCII file with
         * one lone {@code 0xA3} reads as windows-1252, where that byte is {@code £}. NUL bytes
         * mark binary data or UTF-16 without a byte order mark, neither of them windows-1252 text.
         */
        boolean readsAsWindows1252() {
            return !validUtf8() && !nul && latin > other + multiByte;
        }
    }

    /**
     * Scans {@code bytes} from {@code offset} on as UTF-8. Each byte that is not part of a
     * well-formed sequence is judged as a windows-1252 character:
     * <ul>
     *   <li>punctuation and signs, 0x80 to 0xBF ({@code € ‚ „ … ‘ ’ “ ” • – —}, no-break space,
     *       {@code £ © ° ½}) and {@code ×} {@code ÷}: they look like text;</li>
     *   <li>a letter, 0xC0 to 0xFE ({@code é ü ß}): looks like text when an ASCII letter or
     *       another such letter stands next to it, as inside a word ({@code café}, {@code Zürich});
     *       UTF-8 lead bytes left over from damaged UTF-8 are mostly not;</li>
     *   <li>the five bytes windows-1252 leaves undefined, and 0xFF ({@code ÿ}, hardly ever a
     *       letter in text and the commonest filler byte of binary data): they do not.</li>
     * </ul>
     * A sequence cut off by the end of the input counts for neither: it is a sign of a
     * truncated UTF-8 file, but a windows-1252 file can end in a letter such as {@code é} too.
     */
    static Evidence scan(byte[] bytes, int offset) {
        int multiByte = 0;
        int latin = 0;
        int other = 0;
        boolean cutOff = false;
        boolean nul = false;
        int i = offset;
        while (i < bytes.length) {
            // eight ASCII bytes at a time: most of a page is ASCII, and only NUL matters in it
            while (i + Long.BYTES <= bytes.length) {
                long eight = (long) LONGS.get(bytes, i);
                if ((eight & HIGH_BITS) != 0) {
                    break;
                }
                nul |= ((eight - LOW_BITS) & ~eight & HIGH_BITS) != 0; // some byte is 0
                i += Long.BYTES;
            }
            if (i == bytes.length) {
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                nul |= b == 0;
                i++;
                continue;
            }
            int length = utf8SequenceAt(bytes, i);
            if (length > 0) {
                multiByte++;
                i += length;
            } else if (length < 0) {
                cutOff = true;
                break;
            } else {
                if (looksLikeText(bytes, offset, i)) {
                    latin++;
                } else {
                    other++;
                }
                i++;
            }
        }
        return new Evidence(multiByte, latin, other, cutOff, nul);
    }

    /**
     * The length of the well-formed UTF-8 multi-byte sequence starting at {@code i}: 0 when there
     * is none, -1 when one starts there but the end of the input cuts it short. Well-formed as in
     * the Unicode standard (table 3-7), as the JDK's decoder takes it: no overlong forms, no
     * surrogates, nothing beyond U+10FFFF.
     */
    private static int utf8SequenceAt(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int needed;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            needed = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            needed = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            needed = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        for (int k = 1; k < needed; k++) {
            if (i + k >= bytes.length) {
                return -1;
            }
            int c = bytes[i + k] & 0xFF;
            // Only the second byte's range depends on the lead; later ones are any continuation byte.
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
                return 0;
            }
        }
        return needed;
    }

    /** Whether the byte at {@code i}, read as windows-1252, looks like part of text. */
    private static boolean looksLikeText(byte[] bytes, int offset, int i) {
        int b = bytes[i] & 0xFF;
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D || b == 0xFF) {
            return false;
        }
        if (b < 0xC0 || b == 0xD7 || b == 0xF7) {
            return true;
        }
        return (i > offset && isLetter(bytes[i - 1] & 0xFF)) || (i + 1 < bytes.length && isLetter(bytes[i + 1] & 0xFF));
    }

    /** An ASCII letter, or a windows-1252 letter from 0xC0 to 0xFE. */
    private static boolean isLetter(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= 0xC0 && b <= 0xFE && b != 0xD7 && b != 0xF7);
    }
}
