package dev.factx.normalize;

/**
 * A filter that tells, without hashing, that a word is in none of a list: one bit per (first
 * char, last char, length), set for each word of the list. The recognizers ask word lists about
 * every word of every sentence and nearly every answer is no; a hash lookup first computes the
 * hash of a token made a moment before and then reads the table. With a few hundred words the
 * bits are a few per cent set, so most words of prose stop at one array read ("of", "and",
 * "company" have the shape of no date word), and only the others are looked up.
 *
 * <p>Filled while its owner is built, read-only after: thread-safe once published through a
 * final field.
 */
public final class WordShapes {

    /** 5 bits of the first char, 5 of the last, 5 of the length: 32,768 bits, 4 KB. */
    private static final int KEYS = 1 << 15;

    private final long[] bits = new long[KEYS / 64];

    /** Lets {@code word} through from now on. */
    public void add(String word) {
        int k = shape(word);
        bits[k >>> 6] |= 1L << k;
    }

    /** Lets every word of {@code words} through. */
    public WordShapes addAll(Iterable<String> words) {
        for (String w : words) {
            add(w);
        }
        return this;
    }

    /** False when {@code word} is none of the words added (or null); true when it may be one. */
    public boolean mayHold(String word) {
        if (word == null) {
            return false;
        }
        int k = shape(word);
        return (bits[k >>> 6] & 1L << k) != 0;
    }

    /** How many shapes there are: a shape is a number below this. */
    public static final int SHAPES = KEYS;

    /**
     * The shape of {@code text[start, end)}: the same for every case of its ASCII letters (a
     * shape keeps five bits of a char, which {@code M} and {@code m} share).
     */
    public static int shape(String text, int start, int end) {
        int n = end - start;
        return n == 0 ? 0 : (text.charAt(start) & 31) | (text.charAt(end - 1) & 31) << 5 | Math.min(n, 31) << 10;
    }

    /** {@link #shape(String, int, int)} of chars in an array. */
    public static int shape(char[] text, int start, int end) {
        int n = end - start;
        return n == 0 ? 0 : (text[start] & 31) | (text[end - 1] & 31) << 5 | Math.min(n, 31) << 10;
    }

    private static int shape(String w) {
        return shape(w, 0, w.length());
    }
}
