package dev.factx.normalize;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A fixed set of words that answers "no" for most words without hashing them: its
 * {@link WordShapes} come first, and only a word they let through is looked up in the hash set.
 *
 * <p>Unmodifiable; thread-safe.
 */
public final class WordSet extends AbstractSet<String> {

    private final Set<String> words;
    private final WordShapes shapes = new WordShapes();

    private WordSet(Collection<String> words) {
        this.words = new HashSet<>(words);
        shapes.addAll(this.words);
    }

    /** The words given, which must not be null. */
    public static WordSet of(Collection<String> words) {
        for (String w : words) {
            if (w == null) {
                throw new NullPointerException("a word list holds null");
            }
        }
        return new WordSet(words);
    }

    /** The words given, which must not be null or repeated (as {@link Set#of} requires). */
    public static WordSet of(String... words) {
        return new WordSet(Set.of(words));
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String w && shapes.mayHold(w) && words.contains(w);
    }

    @Override
    public Iterator<String> iterator() {
        return Collections.unmodifiableSet(words).iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
