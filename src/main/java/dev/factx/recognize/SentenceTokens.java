package dev.factx.recognize;

import dev.factx.text.Sentence;
import dev.factx.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A sentence with its tokens and which tokens a recognizer has already claimed, so that a
 * year read as a date is not read again as a count.
 *
 * <p>Not thread-safe: one per sentence, used by one thread.
 */
public final class SentenceTokens {

    private final Sentence sentence;
    private final List<Token> tokens;
    /** The same tokens in an array: recognizers read them by index millions of times. */
    private final Token[] array;
    private final boolean[] claimed;
    private final boolean[] ignored;
    /** The number read at each token, once asked: several recognizers ask for the same ones. */
    private dev.factx.normalize.NumberPhrase[] numbers;
    private boolean[] numberRead;

    /**
     * Per token, false for a word in none of the recognizers' opening words; null when the
     * sentence was made without them, and every token may open a mention.
     */
    private final boolean[] mayOpen;

    /** A sentence whose recognizers each test every word against their own lists. */
    public SentenceTokens(Sentence sentence, List<Token> tokens, boolean[] ignored) {
        this(sentence, tokens, ignored, null);
    }

    /**
     * A sentence whose words are looked up once in {@code openingWords}, the union of its
     * recognizers' {@link Recognizer#openingWords}, or null for none.
     */
    public SentenceTokens(Sentence sentence, List<Token> tokens, boolean[] ignored, Set<String> openingWords) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.array = tokens.toArray(new Token[0]);
        this.claimed = new boolean[tokens.size()];
        this.ignored = ignored;
        if (openingWords == null) {
            this.mayOpen = null;
        } else {
            this.mayOpen = new boolean[array.length];
            for (int i = 0; i < array.length; i++) {
                mayOpen[i] = !array[i].isWord() || openingWords.contains(array[i].lower());
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return array[i];
    }

    /** The token at i, or null outside the sentence. */
    public Token at(int i) {
        return i >= 0 && i < array.length ? array[i] : null;
    }

    /**
     * False when the token at i is a word that no recognizer's list can start a mention with, so
     * a recognizer need not look it up in its own; true for numbers and symbols, and for every
     * token of a sentence made without the opening words.
     */
    public boolean mayOpen(int i) {
        return mayOpen == null || mayOpen[i];
    }

    /** True when the token is free: not claimed by a recognizer and not inside a URL or footnote mark. */
    public boolean free(int i) {
        return i >= 0 && i < array.length && !claimed[i] && !ignored[i];
    }

    public boolean freeRange(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!free(i)) {
                return false;
            }
        }
        return true;
    }

    public void claim(int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < claimed.length; i++) {
            claimed[i] = true;
        }
    }

    public boolean isClaimed(int i) {
        return i >= 0 && i < claimed.length && claimed[i];
    }

    /**
     * The number that starts at token {@code i} as {@code parser} reads it ({@link
     * dev.factx.normalize.NumberParser#parse}), or null; read once per sentence and token, since
     * the date, ratio and figure recognizers each ask. One parser serves a sentence.
     */
    public dev.factx.normalize.NumberPhrase number(dev.factx.normalize.NumberParser parser, int i) {
        if (numbers == null) {
            numbers = new dev.factx.normalize.NumberPhrase[tokens.size()];
            numberRead = new boolean[tokens.size()];
        }
        if (!numberRead[i]) {
            numbers[i] = parser.parse(tokens, i);
            numberRead[i] = true;
        }
        return numbers[i];
    }
}
