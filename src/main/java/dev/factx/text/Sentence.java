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
        StringBuilder b = new StringBuilder(to - from);
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
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
}
