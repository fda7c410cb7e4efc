package dev.factx.output;

import dev.factx.model.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One output column: its name from {@link Fact#FIELDS}, whether it holds text or a number, and
 * how to read its value from a fact. Every writer walks {@link #ALL}, so CSV columns and JSON keys
 * are the same names in the same order.
 *
 * <p>Immutable and thread-safe.
 */
record Column(String name, boolean numeric, Function<Fact, Object> reader) {

    /** All columns in {@link Fact#FIELDS} order. */
    static final List<Column> ALL = build();

    /** The value of this column for {@code fact}: a String, an Integer, a BigDecimal or null. */
    Object valueOf(Fact fact) {
        return reader.apply(fact);
    }

    private static List<Column> build() {
        Map<String, Column> byName = new HashMap<>();
        put(byName, text("file", Fact::file));
        put(byName, number("article", Fact::article));
        put(byName, text("title", Fact::title));
        put(byName, number("start", Fact::start));
        put(byName, number("end", Fact::end));
        put(byName, text("text", Fact::text));
        put(byName, text("kind", f -> f.kind() == null ? null : f.kind().id()));
        put(byName, number("value", Fact::value));
        put(byName, text("unit", Fact::unit));
        put(byName, text("qualifier", f -> f.qualifier() == null ? null : f.qualifier().id()));
        put(byName, text("date", Fact::date));
        put(byName, text("period", Fact::period));
        put(byName, text("metric", Fact::metric));
        put(byName, text("sentence", Fact::sentence));
        put(byName, text("rule", Fact::rule));
        put(byName, text("doc_date", Fact::docDate));
        put(byName, text("doc_date_source", Fact::docDateSource));
        put(byName, text("mod", Fact::mod));
        put(byName, text("event", Fact::event));
        put(byName, text("site", Fact::site));
        put(byName, text("url", Fact::url));

        // Fact.FIELDS decides the order; a field added there without a reader here must fail
        // loudly at start-up rather than silently drop a column.
        List<Column> ordered = new ArrayList<>();
        for (String field : Fact.FIELDS) {
            Column c = byName.remove(field);
            if (c == null) {
                throw new IllegalStateException("no output column for Fact field '" + field + "'");
            }
            ordered.add(c);
        }
        if (!byName.isEmpty()) {
            throw new IllegalStateException("output columns not in Fact.FIELDS: " + byName.keySet());
        }
        return List.copyOf(ordered);
    }

    private static void put(Map<String, Column> byName, Column c) {
        byName.put(c.name(), c);
    }

    private static Column text(String name, Function<Fact, String> reader) {
        return new Column(name, false, reader::apply);
    }

    private static Column number(String name, Function<Fact, ? extends Number> reader) {
        return new Column(name, true, f -> {
            Number n = reader.apply(f);
            return n instanceof BigDecimal d ? PlainNumbers.normalize(d) : n;
        });
    }
}
