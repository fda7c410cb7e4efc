package dev.factx.normalize;

import java.math.BigDecimal;

/**
 * Physical and trade units ({@code units.tsv}) and units of time ({@code time-units.tsv}),
 * each mapped to its canonical unit and the factor (and, for temperatures, the offset) that
 * converts to it.
 *
 * <p>Thread-safe after construction.
 */
public final class Units {

    /** A unit: canonical name, factor and offset ({@code canonical = value * factor + offset}). */
    public record Unit(String canonical, BigDecimal factor, BigDecimal offset) {
        public BigDecimal convert(BigDecimal v) {
            return v.multiply(factor).add(offset);
        }
    }

    public final PhraseTable<Unit> physical = new PhraseTable<>(false);
    public final PhraseTable<Unit> time = new PhraseTable<>(false);

    public Units() {
        for (String[] r : Lexicon.rows("units.tsv")) {
            BigDecimal offset = r.length > 3 ? new BigDecimal(r[3]) : BigDecimal.ZERO;
            physical.put(r[0], new Unit(r[1], new BigDecimal(r[2]), offset));
        }
        for (String[] r : Lexicon.rows("time-units.tsv")) {
            time.put(r[0], new Unit(r[1], new BigDecimal(r[2]), BigDecimal.ZERO));
        }
    }
}
