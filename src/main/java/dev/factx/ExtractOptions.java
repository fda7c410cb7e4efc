package dev.factx;

import dev.factx.model.Kind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an {@link Extractor} reports and how it resolves dates: the command line's
 * {@code --kinds} and {@code --reference-date}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kinds         the kinds of fact to report (others are still recognized, so that a
 *                      year inside a money span is never reported as a date, but not written)
 * @param referenceDate the date that year-less and relative dates resolve against; when set it
 *                      overrides the date the document itself gives; null to use the document's
 */
public record ExtractOptions(Set<Kind> kinds, LocalDate referenceDate) {

    public ExtractOptions {
        Objects.requireNonNull(kinds, "kinds");
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Every kind, no reference date. */
    public static ExtractOptions defaults() {
        return new ExtractOptions(EnumSet.allOf(Kind.class), null);
    }

    /** These options reporting only {@code newKinds} (copied; none at all when empty). */
    public ExtractOptions withKinds(Set<Kind> newKinds) {
        return new ExtractOptions(newKinds, referenceDate);
    }

    /**
     * These options resolving dates against {@code date}, as {@code --reference-date} does; null
     * to resolve them against the date the document gives.
     */
    public ExtractOptions withReferenceDate(LocalDate date) {
        return new ExtractOptions(kinds, date);
    }
}
