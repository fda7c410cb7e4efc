package dev.factx.recognize;

import dev.factx.normalize.WordShapes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells, from its characters alone, that a sentence holds no mention: it has no digit and none
 * of the recognizers' {@link Recognizer#cueWords cue words} or {@link Recognizer#cueEndings
 * endings}. Most sentences of a news page hold no figure and no date ("The minister said the
 * talks had been useful."); one pass over their chars, with no token made, spares them the
 * tokenizer and every recognizer.
 *
 * <p>A word here is a run of letters: a token that is a cue word is such a run, since the
 * tokenizer ends a word only at a char that is not a letter and a cue word is all letters (the
 * constructor splits any other). ASCII words are compared in ASCII lower case, others in
 * {@link String#toLowerCase(Locale) root lower case}, as {@link dev.factx.text.Token#lower} is.
 * The extractor asserts that a sentence this class lets go gives no mention, so every sentence
 * of the tests checks it.
 *
 * <p>Immutable; thread-safe.
 */
public final class MentionCues {

    private final Set<String> words;
    /**
     * The ASCII cue words by {@link WordShapes#shape shape}: a word is compared, in place and
     * ignoring case, with the few cues of its shape, or with none ("the" shares the shape of
     * "tue" only). No string is made for an ASCII word.
     */
    private final String[][] byShape = new String[WordShapes.SHAPES][];
    private final String[] endings;

    private static final byte OTHER = 0;
    private static final byte DIGIT = 1;
    private static final byte LETTER = 2;
    private static final byte[] ASCII_CLASS = new byte[128];

    static {
        for (char c = 0; c < ASCII_CLASS.length; c++) {
            ASCII_CLASS[c] = c >= '0' && c <= '9' ? DIGIT : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? LETTER : OTHER;
        }
    }

    /** The cue words and endings of {@code recognizers}, in one set. */
    public static MentionCues of(List<Recognizer> recognizers) {
        Set<String> words = new HashSet<>();
        Set<String> endings = new HashSet<>();
        for (Recognizer r : recognizers) {
            words.addAll(r.cueWords());
            endings.addAll(r.cueEndings());
        }
        return new MentionCues(words, endings);
    }

    /**
     * Cues in lower case. A cue with a char that is not a letter ("twenty-first", "no.") is
     * taken as its runs of letters, each a cue: a sentence holding it holds them.
     */
    public MentionCues(Set<String> words, Set<String> endings) {
        Set<String> letterRuns = new HashSet<>();
        for (String w : words) {
            letterRuns.addAll(letterRuns(w.toLowerCase(Locale.ROOT)));
        }
        this.words = letterRuns;
        for (String w : new java.util.TreeSet<>(letterRuns)) { // sorted: the same arrays every run
            int k = WordShapes.shape(w, 0, w.length());
            String[] same = byShape[k];
            byShape[k] = same == null ? new String[] {w} : append(same, w);
        }
        List<String> ends = new ArrayList<>();
        for (String e : new java.util.TreeSet<>(endings)) {
            String lower = e.toLowerCase(Locale.ROOT);
            if (lower.isEmpty() || !lower.chars().allMatch(c -> c < 128 && ASCII_CLASS[c] == LETTER)) {
                throw new IllegalArgumentException("a cue ending must be ASCII letters: " + e);
            }
            ends.add(lower);
        }
        this.endings = ends.toArray(new String[0]);
    }

    private static String[] append(String[] words, String w) {
        String[] more = java.util.Arrays.copyOf(words, words.length + 1);
        more[words.length] = w;
        return more;
    }

    private static List<String> letterRuns(String w) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < w.length()) {
            if (!Character.isLetter(w.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < w.length() && Character.isLetter(w.charAt(i))) {
                i++;
            }
            runs.add(w.substring(start, i));
        }
        return runs;
    }

    /**
     * False when {@code text[from, to)} can hold no mention: no digit (nor a number sign such as
     * ½) and no cue word. True otherwise; a true says nothing more than "read it".
     */
    public boolean mayHoldMention(String text, int from, int to) {
        return mayHoldMention(text.substring(from, to).toCharArray(), 0, to - from);
    }

    /**
     * {@link #mayHoldMention(String, int, int)} on the chars of a document, copied out of its
     * string once: read from an array, the loop below runs without the string's checks on every
     * char (a page with a curly quote is a two-byte string, whose chars cost more to read).
     */
    public boolean mayHoldMention(char[] text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text[i];
            byte kind = c < 128 ? ASCII_CLASS[c] : nonAscii(c);
            if (kind == OTHER) {
                i++;
                continue;
            }
            if (kind == DIGIT) {
                return true;
            }
            int start = i;
            boolean ascii = c < 128;
            i++;
            while (i < to) {
                char d = text[i];
                if (d < 128 ? ASCII_CLASS[d] != LETTER : !Character.isLetter(d)) {
                    break;
                }
                ascii &= d < 128;
                i++;
            }
            if (isCue(text, start, i, ascii)) {
                return true;
            }
        }
        return false;
    }

    private static byte nonAscii(char c) {
        if (Character.isLetter(c)) {
            return LETTER;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER
                ? DIGIT : OTHER;
    }

    private boolean isCue(char[] text, int start, int end, boolean ascii) {
        if (!ascii) {
            String lower = new String(text, start, end - start).toLowerCase(Locale.ROOT);
            if (words.contains(lower)) {
                return true;
            }
            for (String e : endings) {
                if (lower.endsWith(e)) {
                    return true;
                }
            }
            return false;
        }
        int n = end - start;
        String[] same = byShape[WordShapes.shape(text, start, end)];
        if (same != null) {
            for (String w : same) {
                if (w.length() == n && sameLetters(text, start, w)) {
                    return true;
                }
            }
        }
        char last = (char) (text[end - 1] | 0x20); // an ASCII letter in lower case
        for (String e : endings) {
            int k = e.length();
            if (n >= k && e.charAt(k - 1) == last && sameLetters(text, end - k, e)) {
                return true;
            }
        }
        return false;
    }

    /** True when the ASCII letters at {@code text[start...]} are those of {@code lower} in any case. */
    private static boolean sameLetters(char[] text, int start, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if ((text[start + k] | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
