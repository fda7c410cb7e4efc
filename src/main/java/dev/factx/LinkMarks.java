package dev.factx;

import java.util.Arrays;

/**
 * Where a document may hold a web address or an e-mail address: each "://", "www." and "@" in
 * it, found once for the whole text with {@link String#indexOf(String, int)}, which the JVM runs
 * as a vector search. A sentence without one has no link to look for, which most sentences are
 * told by a binary search instead of a pass over their chars.
 *
 * <p>Immutable; thread-safe.
 */
final class LinkMarks {

    private static final String[] MARKS = {"://", "www.", "@"};

    /**
     * At most this many marks are kept (4 MB); a text with more (a hostile one, all "@") is taken
     * to hold a link in every sentence, which the link pattern then checks sentence by sentence.
     */
    static final int MOST = 1 << 20;

    /** Where each mark starts, in increasing order; null for a text with too many to keep. */
    private final int[] starts;
    private final String text;

    private LinkMarks(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static LinkMarks in(String text) {
        int[] found = new int[8];
        int n = 0;
        for (String mark : MARKS) {
            for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
                if (n == MOST) {
                    return new LinkMarks(text, null);
                }
                if (n == found.length) {
                    found = Arrays.copyOf(found, Math.min(2 * n, MOST));
                }
                found[n++] = at;
            }
        }
        int[] starts = Arrays.copyOf(found, n);
        Arrays.sort(starts); // each mark starts with its own char: no two share a start
        return new LinkMarks(text, starts);
    }

    /** True when a mark lies wholly within {@code [from, to)} (always, for a text with too many to keep). */
    boolean anyWithin(int from, int to) {
        if (starts == null) {
            return true;
        }
        int k = Arrays.binarySearch(starts, from);
        if (k < 0) {
            k = -k - 1;
        }
        // a mark that starts inside but runs past the end starts at most three chars before it
        for (; k < starts.length && starts[k] < to; k++) {
            if (starts[k] + length(text.charAt(starts[k])) <= to) {
                return true;
            }
        }
        return false;
    }

    private static int length(char first) {
        return first == '@' ? 1 : first == ':' ? 3 : 4;
    }
}
