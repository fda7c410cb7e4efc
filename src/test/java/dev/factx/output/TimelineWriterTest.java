package dev.factx.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.model.Kind;
import dev.factx.timeline.TimelineEvent;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TimelineWriterTest {

    private static TimelineEvent event(String sentence, String title) {
        return TimelineEvent.of(TestFacts.money().kind(Kind.DATE).value(null).unit(null).period(null).metric(null)
                .text("12 March").date("2019-03-12").event("hold").sentence(sentence).title(title)
                .docDate("2019-06-15", "option").build(), 0);
    }

    private static String write(TimelineFormat format, TimelineEvent... events) throws IOException {
        StringWriter out = new StringWriter();
        TimelineWriter w = format.open(out, true);
        for (TimelineEvent e : events) {
            w.write(e);
        }
        w.finish();
        return out.toString();
    }

    @Test
    void csvHasAHeaderAndOneRowPerEvent() throws IOException {
        assertThat(write(TimelineFormat.CSV, event("The forum was held on 12 March.", "Forum")))
                .isEqualTo("date,first_day,last_day,event,text,sentence,title,file,article,start,end,doc_date\n"
                        + "2019-03-12,2019-03-12,2019-03-12,hold,12 March,The forum was held on 12 March.,Forum,a.txt,1,10,24,2019-06-15\n");
    }

    @Test
    void csvGuardsCellsThatStartLikeAFormula() throws IOException {
        assertThat(write(TimelineFormat.CSV, event("=HYPERLINK(\"x\") was held on 12 March.", null)))
                .contains(",\"'=HYPERLINK(");
    }

    @Test
    void jsonLinesHasEveryFieldWithNulls() throws IOException {
        assertThat(write(TimelineFormat.JSONL, event("Held on 12 March.", null)))
                .isEqualTo("{\"date\":\"2019-03-12\",\"first_day\":\"2019-03-12\",\"last_day\":\"2019-03-12\","
                        + "\"event\":\"hold\",\"text\":\"12 March\",\"sentence\":\"Held on 12 March.\",\"title\":null,"
                        + "\"file\":\"a.txt\",\"article\":1,\"start\":10,\"end\":24,\"doc_date\":\"2019-06-15\"}\n");
    }

    @Test
    void markdownEscapesWhatWouldBreakTheTable() throws IOException {
        assertThat(write(TimelineFormat.MD, event("Held | on <b>12</b> March \\ 2019.", null)))
                .isEqualTo("| date | event | sentence | article | file |\n|---|---|---|---|---|\n"
                        + "| 2019-03-12 | hold | Held \\| on \\<b>12\\</b> March \\\\ 2019. | article 1 | a.txt |\n");
    }

    @Test
    void noEventsIsAHeaderInCsvAndMarkdownAndNothingInJsonLines() throws IOException {
        assertThat(write(TimelineFormat.CSV)).isEqualTo(
                "date,first_day,last_day,event,text,sentence,title,file,article,start,end,doc_date\n");
        assertThat(write(TimelineFormat.MD)).isEqualTo("| date | event | sentence | article | file |\n|---|---|---|---|---|\n");
        assertThat(write(TimelineFormat.JSONL)).isEmpty();
    }
}
