package dev.factx.text;

/**
 * A sentence of a document: its offsets (UTF-16 indices into the document text) and its text
 * with whitespace folded to single spaces, as written into each fact.
 *
 * <p>Immutable.
 */
public record Sentence(int start, int end, String text) {

    /** The sentence text with runs of whitespace folded to one space and ends trimmed. */
    public static String fold(CharSequence s, int from, int to) {
        if (isFolded(s, from, to)) {
            return s.subSequence(from, to).toString(); // most sentences: one copy, no builder
        }
        StringBuilder b = new StringBuilder(to - from);
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isFoldedSpace(c)) {
                pendingSpace = b.length() > 0;
            } else {
                if (pendingSpace) {
                    b.append(' ');
                    pendingSpace = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether {@code fold(s, 0, s.length())} would be at most {@code limit} chars long, found
     * without making it and without reading past the char that passes the limit.
     */
    public static boolean foldsWithin(CharSequence s, int limit) {
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c > ' ' && c < '\u0080') || !isFoldedSpace(c)) {
                length += pendingSpace ? 2 : 1;
                pendingSpace = false;
                if (length > limit) {
                    return false;
                }
            } else {
                pendingSpace = length > 0;
            }
        }
        return length <= limit;
    }

    private static boolean isFoldedSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /**
     * True when {@code s[from, to)} is already folded: no white space at either end, and none
     * inside but single plain spaces. Any character that might be white space (a control
     * character, one beyond ASCII) is checked as {@link #fold} would, so the answer is exact.
     */
    private static boolean isFolded(CharSequence s, int from, int to) {
        boolean afterSpace = true; // a space at the start is not folded
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c < ' ' || (c >= '\u0080' && (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F'))) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || from == to;
    }
}
