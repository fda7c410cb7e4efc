package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.DocumentText;
import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.model.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HTML pages through the whole extractor: which article each fact lands in, the date its
 * relative dates resolve against, where its offsets point, and that furniture yields nothing.
 */
class HtmlExtractionTest {

    private static final Extractor EXTRACTOR = new Extractor(ExtractOptions.defaults());

    private static final String TWO_STORIES = "<!DOCTYPE html><html><head>"
            + "<meta property=\"og:title\" content=\"Mill to cut 300 jobs\">"
            + "<meta property=\"article:published_time\" content=\"2022-09-14T08:00:00+02:00\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/top\">Top 50 employers</a></nav>"
            + "<article><h1>Mill to cut 300 jobs</h1><p class=\"byline\">By A. Writer <time datetime=\"2022-09-14\">"
            + "3 hours ago</time></p><p>The paper mill will cut 300 jobs by March, the company said on Monday.</p></article>"
            + "<article><h1>Port traffic falls 4%</h1><p class=\"byline\">By B. Writer <time datetime=\"2022-08-30\">"
            + "30 August</time></p><p>Container traffic at the port fell 4% in July, the authority said on Tuesday.</p></article>"
            + "<footer>© 2022 Example News. 12 Quay Street.</footer></body></html>";

    @Test
    void eachArticleIsDatedByItsOwnMarkup() {
        List<Fact> facts = EXTRACTOR.extract("page.html", TWO_STORIES, true);

        assertThat(facts).extracting(Fact::article, Fact::text, Fact::date, Fact::docDate, Fact::docDateSource)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(1, "Monday", "2022-09-12", "2022-09-14", "metadata"),
                        org.assertj.core.groups.Tuple.tuple(2, "Tuesday", "2022-08-30", "2022-08-30", "metadata"));
        assertThat(facts).filteredOn(f -> f.article() == 2).extracting(Fact::title).containsOnly("Port traffic falls 4%");
    }

    @Test
    void offsetsPointIntoTheArticleTextFactxPrints() {
        DocumentText doc = EXTRACTOR.text(TWO_STORIES, true);
        String body = String.join("\n\n", doc.articles().stream().map(DocumentText.ArticleText::text).toList());
        for (Fact f : EXTRACTOR.extract("page.html", TWO_STORIES, true)) {
            int from = body.offsetByCodePoints(0, f.start());
            int to = body.offsetByCodePoints(0, f.end());
            assertThat(body.substring(from, to)).isEqualTo(f.text());
        }
    }

    @Test
    void furnitureMakesNoFacts() {
        List<Fact> facts = EXTRACTOR.extract("page.html", TWO_STORIES, true);
        assertThat(facts).extracting(Fact::sentence)
                .noneMatch(s -> s.contains("Top 50") || s.contains("3 hours ago") || s.contains("12 Quay Street"));
    }

    @Test
    void aPageOfFurnitureOnlyMakesNoFactsAndOnlyItsTitleIsText() {
        String page = "<html><head><title>Markets | Example News</title></head><body>"
                + "<div class=\"cookie-consent\"><p>We and our 842 partners use cookies for 13 months.</p></div>"
                + "<nav><ul><li><a href=\"/a\">Top 10 of 2019</a></li><li><a href=\"/b\">Election 2024</a></li></ul></nav>"
                + "<div class=\"share\"><a>Facebook 1.2k</a> <a>Twitter 348</a></div>"
                + "<aside><h2>Most read</h2><ol><li><a href=\"/c\">House prices rise 7.2%</a></li></ol></aside>"
                + "<footer><p>Copyright © 2021 Example News. 14 Quay Street, No. 04821137.</p></footer></body></html>";

        assertThat(EXTRACTOR.extract("page.html", page, true)).isEmpty();
        assertThat(EXTRACTOR.text(page, true).articles()).hasSize(1)
                .first().satisfies(a -> assertThat(a.text()).isEqualTo("Markets"));
    }

    @Test
    void aDroppedBylineDatesAPageWhoseMarkupGivesNoDate() {
        String page = "<html><head><title>Village fete raises record sum</title></head><body><table><tr><td>"
                + "<b>Village fete raises record sum</b><br><br>The fete raised £3,412 on Saturday for the church roof."
                + "<br><br><i>Posted by webmaster, 14 July 2008</i></td></tr></table>"
                + "<small>Copyright © 2008 Little Marston Parish</small></body></html>";
        List<Fact> facts = EXTRACTOR.extract("page.html", page, true);
        assertThat(facts).filteredOn(f -> f.text().equals("Saturday")).extracting(Fact::date, Fact::docDate, Fact::docDateSource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2008-07-12", "2008-07-14", "dateline"));
        assertThat(EXTRACTOR.text(page, true).articles().get(0).text()).doesNotContain("Posted by");
    }

    @Test
    void theFooterYearDatesAPageThatDeclaresNoDate() {
        String page = "<html><head><title>Harvest report</title></head><body><main><h1>Harvest report</h1>"
                + "<p>The wheat harvest reached 31 million tonnes this year, the ministry said.</p></main>"
                + "<footer>© 2020 Field News</footer></body></html>";
        List<Fact> facts = EXTRACTOR.extract("page.html", page, true);
        assertThat(facts).filteredOn(f -> f.text().equals("this year")).extracting(Fact::date, Fact::docDateSource)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2020", "footer"));
    }

    /**
     * A comment thread whose last comment runs into the "Leave a Reply" heading: the reader makes
     * that heading the last article's title and first line, and the splitter leaves the line out
     * as furniture. The offsets must count into the text without it, as {@code factx text} prints
     * it (found by the html fuzz target; the seed furniture-heading-between-parts.html).
     */
    @Test
    void offsetsSkipAFurnitureHeadingTheSplitterLeavesOut() {
        String page = "<li class=\"comment\"><article class=\"comment-body\"><div class=\"comment-content\">"
                + "<p>Our rent went up by 15% this year and people still complained.</p></div></li>\n"
                + "<article class=\"comment-body\"><div class=\"comment-content\"><p>Sixty hours is a lot. I manage"
                + " 3 hours a week at most and still get about 150 kg in a good year.</p></div></article>\n"
                + "<div class=\"comment-content\"><p>Did you count the shed? Mine cost £300 in 2017 and I am still"
                + " paying it off in courgettes.</p></div>\n"
                + "<h3 class=\"comment-reply-title\">Leave a Reply</h3>\n";
        DocumentText doc = EXTRACTOR.text(page, true);
        String body = String.join("\n\n", doc.articles().stream().map(DocumentText.ArticleText::text).toList());
        List<Fact> facts = EXTRACTOR.extract("page.html", page, true);
        assertThat(facts).extracting(Fact::text).contains("£300", "2017");
        for (Fact f : facts) {
            assertThat(body.substring(body.offsetByCodePoints(0, f.start()), body.offsetByCodePoints(0, f.end())))
                    .as("text at %d..%d", f.start(), f.end()).isEqualTo(f.text());
        }
    }
}
