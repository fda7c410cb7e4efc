package dev.factx.normalize;

import java.util.Set;

/**
 * The words that say a figure is a change ({@code rose}, {@code fell}, {@code grew}, {@code up}),
 * from {@code change-words.txt}, in lower case: one set that the recognizers and the attribution
 * share, read once.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChangeWords {

    private static final Set<String> WORDS = Set.copyOf(Lexicon.lines("change-words.txt"));

    private ChangeWords() {
    }

    /** True when {@code lower}, a word in lower case, is a change word. */
    public static boolean contains(String lower) {
        return WORDS.contains(lower);
    }
}
