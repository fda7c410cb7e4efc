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
    private record Cue(String code, java.util.List<String> prefixes) {
    }

    private final java.util.Map<String, java.util.List<Cue>> cues = new java.util.HashMap<>();

    /**
     * The code of a currency name in this sentence: "bln som" in a sentence about Kyrgyzstan is
     * KGS, not the table's default UZS ({@code currency-cues.tsv}).
     */
    public String codeInContext(String surface, String defaultCode, java.util.List<dev.factx.text.Token> sentence) {
        java.util.List<Cue> options = cues.get(surface.toLowerCase(java.util.Locale.ROOT));
        if (options == null) {
            return defaultCode;
        }
        for (dev.factx.text.Token t : sentence) {
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

    public Currencies() {
        for (String[] r : Lexicon.rows("currency-cues.tsv")) {
            cues.computeIfAbsent(r[0], k -> new java.util.ArrayList<>()).add(new Cue(r[1], java.util.List.of(r[2].split(","))));
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
