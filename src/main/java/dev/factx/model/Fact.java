package dev.factx.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One extracted fact: the output record of the acceptance schema ({@code SCHEMA.md}) plus
 * factx's extra fields. The README's "Output" section says what each field means and which
 * values it takes; {@link #FIELDS} names them as the output does.
 *
 * <p>{@code start} and {@code end} are offsets in Unicode code points into the document text.
 * Nullable fields: title, value, unit, date, period, metric, docDate, docDateSource, mod, event, site, url.
 * Immutable and thread-safe.
 *
 * <p>For library users: the accessors and their meaning are stable; later versions may add
 * fields after {@code url}, as the output may add columns, so code that calls the canonical
 * constructor (tests building facts by hand) may have to change, code that reads facts not.
 *
 * @param file          the input path as given ({@code -} for standard input)
 * @param article       1-based article index in the file
 * @param title         the article's headline, or null
 * @param start         span start, code points
 * @param end           span end (exclusive), code points
 * @param text          the matched span as it stands in the text
 * @param kind          the kind of figure
 * @param value         the normalized number, or null (dates, vague amounts)
 * @param unit          ISO currency, unit, counted noun, or null
 * @param qualifier     how exact the text says the figure is
 * @param date          ISO 8601 / TIMEX3 value for dates, else null
 * @param period        the time the figure refers to, or null
 * @param metric        what the figure measures, or null
 * @param sentence      the source sentence with whitespace folded
 * @param rule          the name of the rule that produced the fact
 * @param docDate       the document date used to resolve relative dates, or null
 * @param docDateSource where docDate came from ({@code option}, {@code dateline}, {@code metadata},
 *                      {@code inferred}, {@code footer}), or null
 * @param mod           {@code early}, {@code mid} or {@code late} on dates, else null
 * @param event         for a date that anchors an event, the event word's lemma ({@code hold},
 *                      {@code sign}, {@code summit}); else null
 * @param site          the name of the site an HTML page comes from, or null
 * @param url           the canonical address of an HTML page, or null
 */
public record Fact(
        String file,
        int article,
        String title,
        int start,
        int end,
        String text,
        Kind kind,
        BigDecimal value,
        String unit,
        Qualifier qualifier,
        String date,
        String period,
        String metric,
        String sentence,
        String rule,
        String docDate,
        String docDateSource,
        String mod,
        String event,
        String site,
        String url) {

    /** Output field names, in output order: the schema's fields, then the extra ones. */
    public static final List<String> FIELDS = List.of(
            "file", "article", "title", "start", "end", "text", "kind", "value", "unit",
            "qualifier", "date", "period", "metric", "sentence",
            "rule", "doc_date", "doc_date_source", "mod", "event", "site", "url");
}
