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

    /** Words that open sentences: after "Inc." or "U.S." one of these starts a new sentence. */
    private static final Set<String> OPENERS = Lexicon.words("The", "A", "An", "It", "Its", "He", "She", "They", "We", "I",
            "This", "That", "These", "Those", "There", "In", "On", "At", "But", "And", "However", "His", "Her",
            "Their", "Our", "As", "If", "When", "While", "After", "Before", "Since", "So", "Yet", "Some", "Many",
            "Most", "All", "No", "One", "Two", "Three", "Last", "Next", "For", "From", "With", "By", "Meanwhile");

    private final Set<String> abbreviations = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> beforeNumbers = new HashSet<>();

    public SentenceSplitter() {
        for (String[] row : Lexicon.rows("abbreviations.txt")) {
            abbreviations.add(row[0]);
            if (row.length > 1 && row[1].equals("title")) {
                titles.add(row[0]);
            } else if (row.length > 1 && row[1].equals("number")) {
                beforeNumbers.add(row[0]);
            }
        }
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
                boolean paragraphBreak = doc.indexOf('\n', i + 1) >= 0 && doc.indexOf('\n', i + 1) < next;
                boolean listLines = isBullet(doc, skipSpace(doc, lineStart, lineEnd)) || (next < to && isBullet(doc, next));
                if (lineEnd > sentenceStart && next < to && (paragraphBreak || listLines
                        || (endsHeadingLine(doc, lineStart, lineEnd) && startsSentence(doc.charAt(next))))) {
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
                    if (next < to && startsSentence(doc.charAt(next)) && !(c == '.' && isAbbreviation(doc, sentenceStart, i, next))
                            && !(c == '.' && isListNumber(doc, lineStart, i))) {
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
                out.add(Sentence.in(doc, start, windowEnd));
            }
            start = skipSpace(doc, cut, e);
        }
        if (e > start) {
            out.add(Sentence.in(doc, start, e));
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
        if (Character.isLetter(last)) {
            // "The deal was signed by" / "Russian officials": a line that ends in a function word goes on
            int k = lineEnd;
            while (k > lineStart && Character.isLetter(doc.charAt(k - 1))) {
                k--;
            }
            return !CONTINUING.contains(doc.substring(k, lineEnd).toLowerCase(java.util.Locale.ROOT));
        }
        return Character.isDigit(last) || last == '?' || last == '!' || last == ':' || last == '%' || isCloser(last);
    }

    /** Words a line does not end on when the sentence goes on in the next line. */
    private static final Set<String> CONTINUING = Lexicon.words("by", "of", "the", "and", "or", "to", "in", "for", "with",
            "a", "an", "on", "at", "from", "that", "as", "than", "but", "its", "their", "his", "her");

    /** A list item marker at {@code at}: "- ", "• ", "* ", "– ", "1. ", "2) ". */
    private static boolean isBullet(String doc, int at) {
        if (at >= doc.length()) {
            return false;
        }
        char c = doc.charAt(at);
        if ("•-*–—·▪".indexOf(c) >= 0) {
            return at + 1 < doc.length() && isSpace(doc.charAt(at + 1));
        }
        int k = at;
        while (k < doc.length() && k - at < 3 && Character.isDigit(doc.charAt(k))) {
            k++;
        }
        return k > at && k + 1 < doc.length() && (doc.charAt(k) == '.' || doc.charAt(k) == ')') && isSpace(doc.charAt(k + 1));
    }

    /**
     * True when the dot at {@code dot} ends an abbreviation or an initial, not a sentence. A title
     * ("Mr.") never ends one; "No." only stands before a number; other abbreviations ("Inc.",
     * "U.S.") and initials ("J.", "J.P.") end a sentence when a word that opens sentences follows.
     */
    private boolean isAbbreviation(String doc, int from, int dot, int next) {
        int k = dot;
        while (k > from && !isSpace(doc.charAt(k - 1)) && "(\"“‘'[".indexOf(doc.charAt(k - 1)) < 0) {
            k--;
        }
        String word = doc.substring(k, dot);
        if (word.isEmpty()) {
            return false;
        }
        boolean initial = (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || isDottedInitials(word);
        if (!initial && !abbreviations.contains(word)) {
            return false;
        }
        if (titles.contains(word)) {
            return true;
        }
        if (beforeNumbers.contains(word)) {
            return Character.isDigit(doc.charAt(next));
        }
        return !OPENERS.contains(nextWord(doc, next));
    }

    /** "J.P", "U.K", "A.B.C" (before their last dot): capitals joined by dots, as in "J.P. Morgan". */
    private static boolean isDottedInitials(String word) {
        if (word.length() < 3 || word.length() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    /** "1. Exports rose": a list number opening its line is not the end of a sentence. */
    private static boolean isListNumber(String doc, int lineStart, int dot) {
        int k = skipSpace(doc, lineStart, dot);
        int digits = dot - k;
        if (digits < 1 || digits > 2) {
            return false;
        }
        for (int i = k; i < dot; i++) {
            if (!Character.isDigit(doc.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String nextWord(String doc, int at) {
        int e = at;
        while (e < doc.length() && Character.isLetter(doc.charAt(e))) {
            e++;
        }
        return doc.substring(at, e);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([«—–-$€£¥₽₹•*".indexOf(c) >= 0;
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
