package dev.factx.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a stretch of text into {@link Token}s in one left-to-right pass (linear in the input,
 * whatever it holds).
 *
 * <p>Words keep inner dots of abbreviations ({@code U.S}, {@code Ph.D}) and inner apostrophes,
 * but a possessive {@code 's} is its own token, so {@code last year's} yields {@code year}.
 * Numbers keep their grouping and decimal marks ({@code 1,250,000.5}, {@code 13.11.2018}) and
 * digit groups separated by a no-break or thin space ({@code 3 000}). Every other visible
 * character is a one-char symbol. Stateless and thread-safe.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** One string per ASCII char, shared by every symbol token of it: a page has thousands of commas. */
    private static final String[] ASCII_SYMBOLS = new String[128];

    static {
        for (char c = 0; c < ASCII_SYMBOLS.length; c++) {
            ASCII_SYMBOLS[c] = String.valueOf(c);
        }
    }

    /** What an ASCII char starts: looked up in a table, not asked of the Unicode tables. */
    private static final byte SPACE = 0;
    private static final byte DIGIT = 1;
    private static final byte LETTER = 2;
    private static final byte OTHER = 3;
    private static final byte[] ASCII_CLASS = new byte[128];

    static {
        for (char c = 0; c < ASCII_CLASS.length; c++) {
            ASCII_CLASS[c] = Character.isWhitespace(c) ? SPACE : c >= '0' && c <= '9' ? DIGIT
                    : Character.isLetter(c) ? LETTER : OTHER;
        }
    }

    public static List<Token> tokenize(String doc, int from, int to) {
        // prose runs at about five or six chars a token: sized for that, the list is rarely copied
        List<Token> out = new ArrayList<>((to - from) / 4 + 4);
        int i = from;
        boolean space = true;
        while (i < to) {
            char c = doc.charAt(i);
            byte kind = c < 128 ? ASCII_CLASS[c]
                    : Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u200B' ? SPACE
                    : Character.isDigit(c) ? DIGIT : Character.isLetter(c) ? LETTER : OTHER;
            if (kind == SPACE) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (kind == DIGIT) {
                i = scanNumber(doc, i, to);
                String digits = doc.substring(start, i);
                out.add(new Token(start, i, Token.Type.NUMBER, digits, digits, space)); // digits have no case
            } else if (kind == LETTER) {
                int scanned = scanWord(doc, i, to);
                i = scanned >= 0 ? scanned : ~scanned;
                String word = doc.substring(start, i);
                // a word of ASCII small letters (and dots, apostrophes) is its own lower case
                out.add(new Token(start, i, Token.Type.WORD, word, scanned >= 0 ? word : word.toLowerCase(Locale.ROOT), space));
            } else if (isApostrophe(c) && i + 1 < to && (doc.charAt(i + 1) == 's' || doc.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(doc.charAt(i + 2)))) {
                i += 2;
                out.add(new Token(start, i, Token.Type.WORD, doc.substring(start, i), space));
            } else if (c < ASCII_SYMBOLS.length) {
                i++;
                String symbol = ASCII_SYMBOLS[c]; // ASCII punctuation has no case
                out.add(new Token(start, i, Token.Type.SYMBOL, symbol, symbol, space));
            } else {
                int cp = doc.codePointAt(i);
                i += Character.charCount(cp);
                out.add(new Token(start, i, Token.Type.SYMBOL, doc.substring(start, i), space));
            }
            space = false;
        }
        return out;
    }

    private static int scanNumber(String s, int i, int to) {
        while (i < to) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < to && isDigit(s.charAt(i + 1))) {
                i++;
            } else if ((c == '\u00A0' || c == '\u202F' || c == '\u2009') && threeDigitsFollow(s, i + 1, to)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean threeDigitsFollow(String s, int i, int to) {
        if (i + 3 > to) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return i + 3 == to || !isDigit(s.charAt(i + 3));
    }

    /**
     * The end of the word that starts at {@code i}; or its complement ({@code ~end}, negative)
     * when the word has a capital or a char beyond ASCII, and so may differ from its lower case.
     * Most words of a page are ASCII small letters: told here, their lower case is the word
     * itself, and {@link String#toLowerCase} need not scan them again.
     */
    private static int scanWord(String s, int i, int to) {
        boolean small = true;
        while (i < to) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                i++;
            } else if (isAsciiLetter(c) || c >= 128 && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                small = false;
                i++; // ASCII first: most words of an English page are, and the general tests cost more
            } else if (c == '.' && i + 1 < to && Character.isLetter(s.charAt(i + 1))
                    && i > 0 && isSingleLetterSegment(s, i)) {
                // U.S, Ph.D, e.g: a dot between short letter segments stays inside the word
                i++;
            } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(s.charAt(i + 1))
                    && !((s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                         && (i + 2 >= to || !Character.isLetter(s.charAt(i + 2))))) {
                small &= c < 128;
                i++; // don't, O'Neill; but not the possessive 's
            } else {
                break;
            }
        }
        return small ? i : ~i;
    }

    /** True when the letters before the dot at {@code dot} form a segment of at most two letters. */
    private static boolean isSingleLetterSegment(String s, int dot) {
        int k = dot - 1;
        int n = 0;
        while (k >= 0 && Character.isLetter(s.charAt(k))) {
            n++;
            k--;
        }
        return n <= 2;
    }

    /** Character.isDigit, with ASCII answered without the Unicode tables. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
