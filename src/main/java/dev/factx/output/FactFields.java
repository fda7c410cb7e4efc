package dev.factx.output;

import dev.factx.model.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A fact's output fields as plain values, for programs that store facts somewhere the writers
 * do not go (a database row, a Spark row, a Parquet record): the same values, in the same order,
 * that every factx writer writes.
 *
 * <p>Stateless and thread-safe.
 */
public final class FactFields {

    private FactFields() {
    }

    /**
     * The values of {@code fact}'s fields, in {@link Fact#FIELDS} order (element {@code i} is the
     * field named {@code Fact.FIELDS.get(i)}). Each is one of:
     * <ul>
     *   <li>an {@link Integer}: {@code article}, {@code start}, {@code end};</li>
     *   <li>a {@link java.math.BigDecimal} without trailing zeros: {@code value}, which
     *       {@link PlainNumbers#format} spells as the writers do;</li>
     *   <li>a {@link String}: every other field; {@code kind} and {@code qualifier} by their
     *       output names ({@code money}, {@code approx});</li>
     *   <li>null, for an absent value.</li>
     * </ul>
     * The list is unmodifiable and may hold nulls.
     */
    public static List<Object> values(Fact fact) {
        List<Object> values = new ArrayList<>(Column.ALL.size());
        for (Column column : Column.ALL) {
            values.add(column.valueOf(fact));
        }
        return Collections.unmodifiableList(values);
    }
}
