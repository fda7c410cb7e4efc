package dev.factx.timeline;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the dated events of many inputs and gives them in chronological order.
 *
 * <p>Order: by the first day the date covers, so that a year's events stand at its start; then
 * by its last day ("1 January 2019" before "January 2019" before "2019"); then in reading order (input,
 * then position in it). Events whose date is not fully resolved ({@code XXXX-04-04}) cannot be
 * placed and come last, in reading order. The order never depends on anything but the inputs
 * and their order.
 *
 * <p>Within one sentence, a date of an event that another date of the same event lies inside
 * is the coarser mention of one time and is left out: "this year's forum in Brussels on 17–18
 * October" gives the forum once, on 17–18 October, not also in 2019. Dates that do not contain
 * each other stay: "held in 2017 and again in 2019" is two events.
 *
 * <p>Not thread-safe.
 */
public final class Timeline {

    private static final Comparator<TimelineEvent> READING = Comparator
            .comparingInt(TimelineEvent::input)
            .thenComparingInt(e -> e.fact().start())
            .thenComparingInt(e -> e.fact().end());

    private static final Comparator<TimelineEvent> CHRONOLOGICAL = Comparator
            .<TimelineEvent, Boolean>comparing(e -> e.range() == null)
            .thenComparing((a, b) -> a.range() == null ? 0 : a.range().first().compareTo(b.range().first()))
            .thenComparing((a, b) -> a.range() == null ? 0 : a.range().last().compareTo(b.range().last()))
            .thenComparing(READING);

    private final List<TimelineEvent> events = new ArrayList<>();
    private int inputs;

    /** Adds the events among the facts of one input (date facts with an event); inputs count in call order. */
    public void add(List<Fact> facts) {
        int input = inputs++;
        // facts come in document order, so the events of one sentence are neighbours
        List<TimelineEvent> sentence = new ArrayList<>();
        for (Fact f : facts) {
            if (f.kind() == Kind.DATE && f.event() != null && f.date() != null) {
                TimelineEvent e = TimelineEvent.of(f, input);
                if (!sentence.isEmpty() && !sameSentence(sentence.get(0).fact(), f)) {
                    keepFinest(sentence);
                }
                sentence.add(e);
            }
        }
        keepFinest(sentence);
    }

    /** Adds the events of one sentence but those that a finer date of the same event lies inside; clears the list. */
    private void keepFinest(List<TimelineEvent> sentence) {
        for (TimelineEvent e : sentence) {
            if (sentence.stream().noneMatch(other -> coarserThan(e, other))) {
                events.add(e);
            }
        }
        sentence.clear();
    }

    private static boolean sameSentence(Fact a, Fact b) {
        return a.article() == b.article() && a.sentence().equals(b.sentence());
    }

    /** True when {@code a} is a coarser date than {@code b} for the same event in the same sentence. */
    private static boolean coarserThan(TimelineEvent a, TimelineEvent b) {
        if (a == b || a.range() == null || b.range() == null || a.range().equals(b.range())) {
            return false;
        }
        return a.fact().event().equals(b.fact().event()) && !a.range().first().isAfter(b.range().first()) && !a.range().last().isBefore(b.range().last());
    }

    /** The events so far, in chronological order. */
    public List<TimelineEvent> inOrder() {
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(CHRONOLOGICAL);
        return sorted;
    }
}
