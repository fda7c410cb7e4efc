package dev.factx.property;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the property tests share: one extractor with a fixed reference date (so that every run
 * reads the same sentences the same way), and helpers to say what a sentence gave when a
 * generated case fails.
 */
final class Pipeline {

    /** Year-less and relative dates resolve against this day, as in the corpus tests. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2019, 6, 15);

    static final Extractor EXTRACTOR = new Extractor(ExtractOptions.defaults().withReferenceDate(REFERENCE_DATE));

    /** Figures are written with ten significant digits (see {@code Extractor.canonical}). */
    private static final MathContext OUTPUT_DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

    private Pipeline() {
    }

    /** The facts of one sentence read as a plain-text document. */
    static List<Fact> facts(String sentence) {
        return EXTRACTOR.extract("property.txt", sentence, false);
    }

    /** The facts of one kind in a sentence. */
    static List<Fact> facts(String sentence, Kind kind) {
        return facts(sentence).stream().filter(f -> f.kind() == kind).toList();
    }

    /** A generated value as the output writes it: rounded to ten significant digits. */
    static BigDecimal asWritten(BigDecimal v) {
        return v.round(OUTPUT_DIGITS);
    }

    /** The facts, one short line each, for a failure message. */
    static String describe(List<Fact> facts) {
        if (facts.isEmpty()) {
            return "no fact";
        }
        return facts.stream()
                .map(f -> f.kind().id() + " '" + f.text() + "' value=" + (f.value() == null ? null : f.value().toPlainString())
                        + " unit=" + f.unit() + " date=" + f.date() + " rule=" + f.rule())
                .collect(Collectors.joining("; "));
    }
}
