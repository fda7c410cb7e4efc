package dev.factx.output;

import dev.factx.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One output column: its name from {@link Fact#FIELDS}, whether it holds text or a number, and
 * how to read its value from a fact. Every writer walks {@link #ALL}, so CSV columns and JSON keys
 * are the same names in the same order.
 *
 * <p>Values are read in one switch rather than through a lambda per column: linking 21 lambdas
 * took several milliseconds of every short run, before the first record could be written. The
 * switch is over the constants, not their names, since it runs for every cell written.
 *
 * <p>Immutable and thread-safe.
 */
enum Column {
    FILE, ARTICLE, TITLE, START, END, TEXT, KIND, VALUE, UNIT, QUALIFIER, DATE, PERIOD, METRIC, SENTENCE,
    RULE, DOC_DATE, DOC_DATE_SOURCE, MOD, EVENT, SITE, URL;

    /** All columns in {@link Fact#FIELDS} order; a field without a constant here fails at class loading. */
    static final List<Column> ALL = build();

    /** The column's name: the field's, as in the CSV header and the JSON keys. */
    private final String fieldName = name().toLowerCase(Locale.ROOT);

    String fieldName() {
        return fieldName;
    }

    /** True for the columns that hold numbers; the others hold text. */
    boolean numeric() {
        return this == ARTICLE || this == START || this == END || this == VALUE;
    }

    /** The value of this column for {@code fact}: a String, an Integer, a BigDecimal or null. */
    Object valueOf(Fact fact) {
        return switch (this) {
            case FILE -> fact.file();
            case ARTICLE -> fact.article();
            case TITLE -> fact.title();
            case START -> fact.start();
            case END -> fact.end();
            case TEXT -> fact.text();
            case KIND -> fact.kind() == null ? null : fact.kind().id();
            case VALUE -> fact.value() == null ? null : PlainNumbers.normalize(fact.value());
            case UNIT -> fact.unit();
            case QUALIFIER -> fact.qualifier() == null ? null : fact.qualifier().id();
            case DATE -> fact.date();
            case PERIOD -> fact.period();
            case METRIC -> fact.metric();
            case SENTENCE -> fact.sentence();
            case RULE -> fact.rule();
            case DOC_DATE -> fact.docDate();
            case DOC_DATE_SOURCE -> fact.docDateSource();
            case MOD -> fact.mod();
            case EVENT -> fact.event();
            case SITE -> fact.site();
            case URL -> fact.url();
        };
    }

    private static List<Column> build() {
        List<Column> ordered = new ArrayList<>();
        for (String field : Fact.FIELDS) {
            // valueOf throws for a field added to Fact.FIELDS without a constant here
            ordered.add(valueOf(field.toUpperCase(Locale.ROOT)));
        }
        if (ordered.size() != values().length) {
            throw new IllegalStateException("output columns " + List.of(values()) + " are not Fact.FIELDS " + Fact.FIELDS);
        }
        return List.copyOf(ordered);
    }
}
