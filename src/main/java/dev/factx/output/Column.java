package dev.factx.output;

import dev.factx.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One output column: its name from {@link Fact#FIELDS}, whether it holds text or a number, and
 * how to read its value from a fact. Every writer walks {@link #ALL}, so CSV columns and JSON keys
 * are the same names in the same order.
 *
 * <p>Values are read in one switch rather than through a lambda per column: linking 21 lambdas
 * took several milliseconds of every short run, before the first record could be written.
 *
 * <p>Immutable and thread-safe.
 */
record Column(String name, boolean numeric) {

    /** The columns that hold numbers; the others hold text. */
    private static final Set<String> NUMERIC = Set.of("article", "start", "end", "value");

    /** All columns in {@link Fact#FIELDS} order. */
    static final List<Column> ALL = build();

    /** The value of this column for {@code fact}: a String, an Integer, a BigDecimal or null. */
    Object valueOf(Fact fact) {
        return switch (name) {
            case "file" -> fact.file();
            case "article" -> fact.article();
            case "title" -> fact.title();
            case "start" -> fact.start();
            case "end" -> fact.end();
            case "text" -> fact.text();
            case "kind" -> fact.kind() == null ? null : fact.kind().id();
            case "value" -> fact.value() == null ? null : PlainNumbers.normalize(fact.value());
            case "unit" -> fact.unit();
            case "qualifier" -> fact.qualifier() == null ? null : fact.qualifier().id();
            case "date" -> fact.date();
            case "period" -> fact.period();
            case "metric" -> fact.metric();
            case "sentence" -> fact.sentence();
            case "rule" -> fact.rule();
            case "doc_date" -> fact.docDate();
            case "doc_date_source" -> fact.docDateSource();
            case "mod" -> fact.mod();
            case "event" -> fact.event();
            case "site" -> fact.site();
            case "url" -> fact.url();
            // a field added to Fact.FIELDS without a case here fails every writer's tests
            default -> throw new IllegalStateException("no output column for Fact field '" + name + "'");
        };
    }

    private static List<Column> build() {
        List<Column> ordered = new ArrayList<>();
        for (String field : Fact.FIELDS) {
            ordered.add(new Column(field, NUMERIC.contains(field)));
        }
        return List.copyOf(ordered);
    }
}
