package dev.factx.normalize;

import dev.factx.text.Token;
import dev.factx.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lookup of multiword phrases over tokens ({@code per cent}, {@code US$},
 * {@code barrels per day}), longest match first.
 *
 * <p>Phrases are tokenized with the same {@link Tokenizer} as sentences and compared token by
 * token, so spacing does not matter ({@code US$} matches {@code US $}). Thread-safe after
 * construction.
 *
 * @param <V> what a phrase maps to
 */
public final class PhraseTable<V> {

    /** A phrase found in a sentence: tokens {@code [first, last]} and what it maps to. */
    public record Match<V>(int first, int last, V value) {
    }

    private record Entry<V>(String[] tokens, V value) {
    }

    private final boolean caseSensitive;
    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    /** The keys phrases end with: most tokens end none, which one lookup tells. */
    private final java.util.Set<String> lastKeys = new java.util.HashSet<>();
    /** The shapes of the first and last keys: most tokens start and end no phrase, which they tell without a lookup. */
    private final WordShapes firstShapes = new WordShapes();
    private final WordShapes lastShapes = new WordShapes();
    private int longest;

    public PhraseTable(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public void put(String phrase, V value) {
        List<Token> toks = Tokenizer.tokenize(phrase, 0, phrase.length());
        String[] keys = new String[toks.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(toks.get(i));
        }
        List<Entry<V>> list = byFirst.get(keys[0]);
        if (list == null) {
            list = new ArrayList<>(2);
            byFirst.put(keys[0], list);
        }
        // longest first; among phrases of one length, the first put first
        int at = 0;
        while (at < list.size() && list.get(at).tokens.length >= keys.length) {
            at++;
        }
        list.add(at, new Entry<>(keys, value));
        lastKeys.add(keys[keys.length - 1]);
        firstShapes.add(keys[0]);
        lastShapes.add(keys[keys.length - 1]);
        longest = Math.max(longest, keys.length);
    }

    /**
     * The keys a phrase of this table can start with (token texts, in lower case unless the
     * table is case-sensitive): no phrase starts at a token whose key is not among them.
     */
    public java.util.Set<String> firstKeys() {
        return java.util.Collections.unmodifiableSet(byFirst.keySet());
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> matchAt(List<Token> toks, int i) {
        if (i < 0 || i >= toks.size()) {
            return null;
        }
        String first = key(toks.get(i));
        List<Entry<V>> candidates = firstShapes.mayHold(first) ? byFirst.get(first) : null;
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (i + e.tokens.length > toks.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < e.tokens.length && ok; k++) {
                ok = e.tokens[k].equals(key(toks.get(i + k)));
            }
            if (ok) {
                return new Match<>(i, i + e.tokens.length - 1, e.value);
            }
        }
        return null;
    }

    /** The longest phrase that ends at token {@code last}, or null. */
    public Match<V> matchEndingAt(List<Token> toks, int last) {
        if (last < 0 || last >= toks.size()) {
            return null;
        }
        String lastKey = key(toks.get(last));
        if (!lastShapes.mayHold(lastKey) || !lastKeys.contains(lastKey)) {
            return null; // no phrase ends with this token: spares a lookup for each start before it
        }
        for (int start = Math.max(0, last - longest + 1); start <= last; start++) {
            Match<V> m = matchAt(toks, start);
            if (m != null && m.last() == last) {
                return m;
            }
            // a shorter phrase from the same start may end at last
            if (m != null && m.last() > last) {
                for (Entry<V> e : byFirst.get(key(toks.get(start)))) {
                    if (start + e.tokens.length - 1 == last) {
                        boolean ok = true;
                        for (int k = 1; k < e.tokens.length && ok; k++) {
                            ok = e.tokens[k].equals(key(toks.get(start + k)));
                        }
                        if (ok) {
                            return new Match<>(start, last, e.value);
                        }
                    }
                }
            }
        }
        return null;
    }

    private String key(Token t) {
        return caseSensitive ? t.text() : t.lower();
    }
}
