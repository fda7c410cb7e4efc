package dev.factx.text;

import dev.factx.normalize.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph of news prose into sentences.
 *
 * <p>A full stop, question or exclamation mark ends a sentence when whitespace and then an
 * upper-case letter, a digit, an opening quote or bracket follow (closing quotes and brackets
 * after the mark stay with the sentence). It does not end one after an abbreviation from
 * {@code abbreviations.txt} ({@code Mr.}, {@code U.S.}, {@code Jan.}), after a single-letter
 * initial, or inside a number ({@code 1.9}). A line break ends a sentence after a short line
 * without a final stop: a heading or a list item. One pass, linear in the paragraph.
 * Thread-safe after construction.
 */
public final class SentenceSplitter {

    /** Lines shorter than this that end without punctuation are headings or list items. */
    private static final int SHORT_LINE = 70;

    private final Set<String> abbreviations;

    public SentenceSplitter() {
        this.abbreviations = new HashSet<>(Lexicon.lines("abbreviations.txt"));
    }

    /** The sentences of {@code doc[from, to)}, in order. */
    public List<Sentence> split(String doc, int from, int to) {
        List<Sentence> out = new ArrayList<>();
        int sentenceStart = skipSpace(doc, from, to);
        int lineStart = from;
        int i = sentenceStart;
        while (i < to) {
            char c = doc.charAt(i);
            if (c == '\n') {
                int lineEnd = trimRight(doc, lineStart, i);
                int next = skipSpace(doc, i + 1, to);
                if (lineEnd > sentenceStart && next < to && endsHeadingLine(doc, lineStart, lineEnd)
                        && startsSentence(doc.charAt(next))) {
                    add(out, doc, sentenceStart, lineEnd);
                    sentenceStart = next;
                }
                lineStart = i + 1;
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int after = i + 1;
                while (after < to && isCloser(doc.charAt(after))) {
                    after++;
                }
                if (after >= to) {
                    break;
                }
                if (isSpace(doc.charAt(after))) {
                    int next = skipSpace(doc, after, to);
                    if (next < to && startsSentence(doc.charAt(next)) && !(c == '.' && isAbbreviation(doc, sentenceStart, i))) {
                        add(out, doc, sentenceStart, after);
                        sentenceStart = next;
                        i = next;
                        continue;
                    }
                }
                i = after;
                continue;
            }
            i++;
        }
        int end = trimRight(doc, sentenceStart, to);
        if (end > sentenceStart) {
            add(out, doc, sentenceStart, end);
        }
        return out;
    }

    /**
     * Past this length a "sentence" is a dump without stops (tables, scraped lists, hostile input);
     * it is cut into windows so that work per sentence stays bounded.
     */
    static final int MAX_SENTENCE = 1500;

    private static void add(List<Sentence> out, String doc, int start, int end) {
        int e = trimRight(doc, start, end);
        while (e - start > MAX_SENTENCE) {
            int cut = windowEnd(doc, start, start + MAX_SENTENCE);
            int windowEnd = trimRight(doc, start, cut);
            if (windowEnd > start) {
                out.add(new Sentence(start, windowEnd, Sentence.fold(doc, start, windowEnd)));
            }
            start = skipSpace(doc, cut, e);
        }
        if (e > start) {
            out.add(new Sentence(start, e, Sentence.fold(doc, start, e)));
        }
    }

    /** Where to cut a window ending by {@code limit}: after the last ';' or ',' or space in its second half. */
    private static int windowEnd(String doc, int start, int limit) {
        int half = start + MAX_SENTENCE / 2;
        for (int k = limit - 1; k > half; k--) {
            char c = doc.charAt(k);
            if ((c == ';' || c == ',') && k + 1 < doc.length() && isSpace(doc.charAt(k + 1))) {
                return k + 1;
            }
        }
        for (int k = limit - 1; k > half; k--) {
            if (isSpace(doc.charAt(k))) {
                return k;
            }
        }
        return limit; // no space at all: cut anywhere (a token may be split, which such text deserves)
    }

    private static boolean endsHeadingLine(String doc, int lineStart, int lineEnd) {
        if (lineEnd - lineStart >= SHORT_LINE) {
            return false;
        }
        char last = doc.charAt(lineEnd - 1);
        return Character.isLetterOrDigit(last) || last == '?' || last == '!' || last == ':' || isCloser(last);
    }

    /** True when the dot at {@code dot} ends an abbreviation or an initial, not a sentence. */
    private boolean isAbbreviation(String doc, int from, int dot) {
        int k = dot;
        while (k > from && !isSpace(doc.charAt(k - 1)) && "(\"“‘'[".indexOf(doc.charAt(k - 1)) < 0) {
            k--;
        }
        String word = doc.substring(k, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: J. Smith
        }
        return abbreviations.contains(word);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([«—–-$€£¥₽₹".indexOf(c) >= 0;
    }

    private static boolean isCloser(char c) {
        return "\"”’')]»".indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static int skipSpace(String doc, int i, int to) {
        while (i < to && isSpace(doc.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimRight(String doc, int from, int to) {
        while (to > from && isSpace(doc.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
