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

        /** Letters written glued to the number, "R45.6bn", "Sh500": money only with a number of some weight (see currencies.tsv). */
        public boolean isLetterSymbol() {
            return type.equals("letter-symbol");
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
        // Backwards from the sentence, so the first cue met is the nearest and the scan stops
        // there: a forward scan read the whole article before every such figure. Words are the
        // same runs of letters either way.
        int i = to;
        while (i > from) {
            while (i > from && !Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            int end = i;
            while (i > from && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (end > i) {
                String code = cueOf(options, text, i, end);
                if (code != null) {
                    return code;
                }
            }
        }
        return current;
    }

    /**
     * The code of the last cue in {@code options} whose prefix starts the word {@code text[start,
     * end)} in lower case, or null. ASCII is compared in place; a word with other letters is
     * lower-cased whole, as {@link String#toLowerCase} does it ("İ" becomes two chars).
     */
    private static String cueOf(Cue[] options, CharSequence text, int start, int end) {
        String word = null;
        for (int k = start; k < end; k++) {
            if (text.charAt(k) >= 128) {
                word = text.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
                break;
            }
        }
        String found = null;
        for (Cue c : options) {
            for (String p : c.prefixes) {
                if (word != null ? word.startsWith(p) : startsWithAscii(text, start, end, p)) {
                    found = c.code;
                }
            }
        }
        return found;
    }

    /** True when the ASCII word {@code text[start, end)}, lower-cased, starts with {@code prefix}. */
    private static boolean startsWithAscii(CharSequence text, int start, int end, String prefix) {
        if (end - start < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = text.charAt(start + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
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
            if (c.isSymbol() || c.isCode() || c.isLetterSymbol()) {
                marks.put(r[0], c);
            } else {
                names.put(r[0], c);
            }
        }
    }
}
