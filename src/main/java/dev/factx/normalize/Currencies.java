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

    public Currencies() {
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
