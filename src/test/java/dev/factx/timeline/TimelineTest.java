package dev.factx.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.output.TestFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static Fact date(String value, String event, int start, String sentence) {
        return TestFacts.money().kind(Kind.DATE).value(null).unit(null).period(null).metric(null)
                .text(value).date(value).event(event).span(start, start + 4).sentence(sentence).build();
    }

    private static List<String> dates(Timeline t) {
        return t.inOrder().stream().map(e -> e.fact().date() + " " + e.fact().event()).toList();
    }

    @Test
    void ordersByFirstDayAcrossInputs() {
        Timeline t = new Timeline();
        t.add(List.of(date("2019", "hold", 0, "a"), date("2018-05-02", "sign", 10, "b")));
        t.add(List.of(date("2019-03", "meet", 0, "c"), date("197X", "build", 10, "d")));
        // "2019" starts before "2019-03": a year's events stand at its start
        assertThat(dates(t)).containsExactly("197X build", "2018-05-02 sign", "2019 hold", "2019-03 meet");
    }

    @Test
    void unresolvedDatesComeLastInReadingOrder() {
        Timeline t = new Timeline();
        t.add(List.of(date("XXXX-04-04", "hold", 0, "a"), date("2030", "plan", 10, "b")));
        t.add(List.of(date("XXXX-01-01", "meet", 0, "c")));
        assertThat(dates(t)).containsExactly("2030 plan", "XXXX-04-04 hold", "XXXX-01-01 meet");
    }

    @Test
    void aShorterDateStartingOnTheSameDayComesFirst() {
        Timeline t = new Timeline();
        t.add(List.of(date("2019", "hold", 0, "a"), date("2019-01", "sign", 10, "b"), date("2019-01-01", "meet", 20, "c")));
        assertThat(dates(t)).containsExactly("2019-01-01 meet", "2019-01 sign", "2019 hold");
    }

    @Test
    void tiesKeepReadingOrder() {
        Timeline t = new Timeline();
        t.add(List.of(date("2019", "sign", 20, "b"), date("2019", "hold", 5, "a")));
        t.add(List.of(date("2019", "meet", 0, "c")));
        assertThat(dates(t)).containsExactly("2019 hold", "2019 sign", "2019 meet");
    }

    @Test
    void skipsDatesWithoutAnEventAndFactsOfOtherKinds() {
        Timeline t = new Timeline();
        t.add(List.of(date("2019", null, 0, "a"), TestFacts.money().event("hold").build(), date("2018", "sign", 9, "b")));
        assertThat(dates(t)).containsExactly("2018 sign");
    }

    @Test
    void aCoarserDateOfTheSameEventInOneSentenceIsLeftOut() {
        String s = "This year's forum met in Brussels on 17–18 October.";
        Timeline t = new Timeline();
        t.add(List.of(date("2019", "forum", 0, s), date("2019-10-17/2019-10-18", "forum", 20, s)));
        assertThat(dates(t)).containsExactly("2019-10-17/2019-10-18 forum");
    }

    @Test
    void separateDatesOfOneEventAndCoarserDatesOfOtherEventsStay() {
        String s = "The forum was held in 2017 and in 2019; the treaty of 2019 was signed on 5 May 2019.";
        Timeline t = new Timeline();
        t.add(List.of(date("2017", "hold", 0, s), date("2019", "hold", 10, s), date("2019-05-05", "sign", 30, s)));
        t.add(List.of(date("2019", "hold", 0, s)));
        assertThat(dates(t)).containsExactly("2017 hold", "2019 hold", "2019 hold", "2019-05-05 sign");
    }
}
