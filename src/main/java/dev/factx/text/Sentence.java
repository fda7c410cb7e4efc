package dev.factx.text;

/**
 * A sentence of a document: its offsets (UTF-16 indices into the document text) and its text
 * with whitespace folded to single spaces, as written into each fact.
 *
 * <p>A sentence that the splitter finds makes its text when first asked: most sentences of an
 * article hold no figure and are dropped once their tokens are read, and folding the text of
 * each was a twentieth of extracting a page of prose. Equal by offsets and text.
 *
 * <p>Immutable as seen from outside: the text made on demand is the same string whenever and
 * by whichever thread it is asked for.
 */
public final class Sentence {

    private final int start;
    private final int end;
    /** The document the text is folded from, or null when the text was given. */
    private final CharSequence doc;
    private String text;

    /** A sentence with its text, already folded. */
    public Sentence(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.doc = null;
        this.text = java.util.Objects.requireNonNull(text, "text");
    }

    private Sentence(CharSequence doc, int start, int end) {
        this.start = start;
        this.end = end;
        this.doc = doc;
    }

    /** The sentence {@code doc[start, end)}, whose text is {@link #fold folded} when first asked for. */
    public static Sentence in(CharSequence doc, int start, int end) {
        if (start < 0 || end < start || end > doc.length()) {
            throw new IndexOutOfBoundsException("sentence [" + start + ", " + end + ") of a text of " + doc.length());
        }
        return new Sentence(doc, start, end);
    }

    /** First char, a UTF-16 index into the document. */
    public int start() {
        return start;
    }

    /** One past the last char. */
    public int end() {
        return end;
    }

    /** The text with runs of whitespace folded to one space and ends trimmed. */
    public String text() {
        String t = text;
        if (t == null) {
            t = fold(doc, start, end);
            text = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence other && start == other.start && end == other.end && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return (31 * start + end) * 31 + text().hashCode();
    }

    @Override
    public String toString() {
        return "Sentence[start=" + start + ", end=" + end + ", text=" + text() + "]";
    }

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
