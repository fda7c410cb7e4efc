package dev.factx.normalize;

import java.math.BigDecimal;

/**
 * The currency table of {@code currencies.tsv}: signs and ISO codes (matched as written),
 * currency names and subunits (matched in any case), each mapped to an ISO 4217 code and the
 * factor that converts it to the main unit ({@code pence} is 0.01 GBP).
 *
 * <p>Thread-safe after construction.
 */
public final class Currencies {

    /** What a currency surface means. */
    public record Currency(String code, String type, BigDecimal factor) {
        public boolean isSymbol() {
            return type.equals("symbol");
        }

        public boolean isCode() {
            return type.equals("code");
        }

        public boolean isName() {
            return type.equals("name");
        }

        public boolean isSubunit() {
            return type.equals("subunit");
        }
    }

    /** Signs and codes: {@code $}, {@code US$}, {@code USD}. */
    public final PhraseTable<Currency> marks = new PhraseTable<>(true);
    /** Names and subunits: {@code dollars}, {@code euros}, {@code pence}. */
    public final PhraseTable<Currency> names = new PhraseTable<>(false);

    /** A code a shared currency name takes when the sentence names the country. */
    /** Arrays, not lists: the cues are walked for every word of a sentence with an ambiguous sign, and an iterator each time showed among the allocations. */
    private record Cue(String code, String[] prefixes) {
    }

    private final java.util.Map<String, Cue[]> cues = new java.util.HashMap<>();

    /**
     * The code of a currency name in this sentence: "bln som" in a sentence about Kyrgyzstan is
     * KGS, not the table's default UZS ({@code currency-cues.tsv}).
     */
    public String codeInContext(String surface, String defaultCode, java.util.List<dev.factx.text.Token> sentence) {
        Cue[] options = cues.get(surface.toLowerCase(java.util.Locale.ROOT));
        if (options == null) {
            return defaultCode;
        }
        for (int k = 0, n = sentence.size(); k < n; k++) {
            dev.factx.text.Token t = sentence.get(k);
            if (!t.isWord()) {
                continue;
            }
            for (Cue c : options) {
                for (String p : c.prefixes) {
                    if (t.lower().startsWith(p)) {
                        return c.code;
                    }
                }
            }
        }
        return defaultCode;
    }

    /**
     * The code of a shared currency name from the words of {@code text[from, to)}, the article
     * before its sentence: the cue nearest the end wins ("BISHKEK, Feb 28 - Kyrgyzstan's
     * parliament ..." makes a later "bln som" KGS). {@code current} when no cue is there, or when
     * the name has no cues.
     */
    public String codeInText(String surface, String current, CharSequence text, int from, int to) {
        Cue[] options = cues.get(surface.toLowerCase(java.util.Locale.ROOT));
        if (options == null) {
            return current;
        }
        String found = current;
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.subSequence(start, i).toString().toLowerCase(java.util.Locale.ROOT);
                for (Cue c : options) {
                    for (String p : c.prefixes) {
                        if (word.startsWith(p)) {
                            found = c.code;
                        }
                    }
                }
            }
        }
        return found;
    }

    /** True when {@code surface} is a currency name that several countries share ({@code currency-cues.tsv}). */
    public boolean isShared(String surface) {
        return cues.containsKey(surface.toLowerCase(java.util.Locale.ROOT));
    }

    public Currencies() {
        for (String[] r : Lexicon.rows("currency-cues.tsv")) {
            Cue[] before = cues.getOrDefault(r[0], new Cue[0]);
            Cue[] after = java.util.Arrays.copyOf(before, before.length + 1);
            after[before.length] = new Cue(r[1], r[2].split(","));
            cues.put(r[0], after);
        }
        for (String[] r : Lexicon.rows("currencies.tsv")) {
            Currency c = new Currency(r[1], r[2], new BigDecimal(r[3]));
            if (c.isSymbol() || c.isCode()) {
                marks.put(r[0], c);
            } else {
                names.put(r[0], c);
            }
        }
    }
}
