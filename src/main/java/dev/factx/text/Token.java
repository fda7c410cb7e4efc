package dev.factx.text;

import java.util.Locale;

/**
 * One token of a sentence: a word, a number or a single symbol, with its offsets (UTF-16
 * indices into the document text).
 *
 * @param start       first char
 * @param end         one past the last char
 * @param type        what the token is
 * @param text        the token as written
 * @param lower       the token in lower case (computed once; recognizers compare against it)
 * @param spaceBefore whether whitespace separates it from the previous token, which tells
 *                    {@code $1.13bn} (glued) from {@code $ 1.13 bn} and {@code Mi-8} from {@code 1 - 8}
 *
 * <p>Immutable.
 */
public record Token(int start, int end, Type type, String text, String lower, boolean spaceBefore) {

    /** What a token is. */
    public enum Type { WORD, NUMBER, SYMBOL }

    public Token(int start, int end, Type type, String text, boolean spaceBefore) {
        this(start, end, type, text, text.toLowerCase(Locale.ROOT), spaceBefore);
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean isSymbol() {
        return type == Type.SYMBOL;
    }

    /** True for a symbol token that is one of the given characters. */
    public boolean isSymbol(String chars) {
        return type == Type.SYMBOL && text.length() == 1 && chars.indexOf(text.charAt(0)) >= 0;
    }

    /** True for a hyphen or a dash of any width, as used in compounds and ranges. */
    public boolean isDash() {
        return isSymbol("-\u2010\u2011\u2012\u2013\u2014\u2212");
    }

    public boolean is(String lowerWord) {
        return lower.equals(lowerWord);
    }

    /** True when the first letter is upper case. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
