package dev.factx.cli;

/**
 * Tells an input that is no text at all (empty, or binary data saved with a text name) from one
 * worth reading, so that it is reported and skipped rather than read into nothing or into
 * thousands of false figures from random bytes.
 *
 * <p>Stateless and thread-safe.
 */
final class TextCheck {

    /** Below this many characters, a few stray bytes are not taken for binary data. */
    static final int MIN_LENGTH_FOR_RATIO = 16;

    private TextCheck() {
    }

    /**
     * Why {@code text} is not worth reading ({@code empty file}, {@code binary file (NUL bytes)},
     * {@code binary file (70% control or undecodable characters)}), or null when it is text. Binary
     * means a NUL character (text files never hold one; UTF-16 files are decoded by their byte
     * order mark before this), or, in at least {@value #MIN_LENGTH_FOR_RATIO} characters, more
     * than half being control characters other than tab, line and page breaks, or U+FFFD (bytes
     * that no encoding factx tried could read).
     */
    static String problem(String text) {
        if (text.isBlank()) {
            return text.isEmpty() ? "empty file" : "empty file (only white space)";
        }
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "binary file (NUL bytes)";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                odd++;
            }
        }
        if (text.length() >= MIN_LENGTH_FOR_RATIO && odd * 2L > text.length()) {
            return "binary file (" + (odd * 100L / text.length()) + "% control or undecodable characters)";
        }
        return null;
    }
}
