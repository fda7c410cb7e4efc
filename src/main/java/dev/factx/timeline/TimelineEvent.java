package dev.factx.timeline;

import dev.factx.model.Fact;
import dev.factx.normalize.TimexRange;
import java.util.List;

/**
 * One dated event: the date fact that anchors it and the calendar days its date covers.
 *
 * @param fact  the date fact; its {@code event} field names the event word
 * @param range the days the date covers, or null when the date is not fully resolved
 *              ({@code XXXX-04-04})
 * @param input the position of the fact's input among all inputs, to keep ties in reading order
 */
public record TimelineEvent(Fact fact, TimexRange range, int input) {

    /** Output field names, in output order. */
    public static final List<String> FIELDS = List.of(
            "date", "first_day", "last_day", "event", "text", "sentence", "title", "file", "article",
            "start", "end", "doc_date");

    public static TimelineEvent of(Fact fact, int input) {
        return new TimelineEvent(fact, TimexRange.of(fact.date()), input);
    }

    /** The value of one of {@link #FIELDS}: a String, an Integer or null. */
    public Object field(String name) {
        return switch (name) {
            case "date" -> fact.date();
            case "first_day" -> range == null ? null : range.first().toString();
            case "last_day" -> range == null ? null : range.last().toString();
            case "event" -> fact.event();
            case "text" -> fact.text();
            case "sentence" -> fact.sentence();
            case "title" -> fact.title();
            case "file" -> fact.file();
            case "article" -> fact.article();
            case "start" -> fact.start();
            case "end" -> fact.end();
            case "doc_date" -> fact.docDate();
            default -> throw new IllegalArgumentException("no timeline field " + name);
        };
    }
}
