package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    @Test
    void theArticleNodeOfAGraphWithItsPublisherByReference() {
        JsonLd ld = JsonLd.read(List.of("{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2001-01-01\"},"
                + "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Harbour Post\"},"
                + "{\"@type\":[\"NewsArticle\",\"ReportageNewsArticle\"],\"headline\":\"Ports reopen\","
                + "\"datePublished\":\"2019-02-03T04:05:06Z\",\"author\":{\"@type\":\"Person\",\"name\":\"A. Writer\"},"
                + "\"publisher\":{\"@id\":\"#org\"}}]}"));
        assertThat(ld.headline()).isEqualTo("Ports reopen");
        assertThat(ld.datePublished()).isEqualTo("2019-02-03T04:05:06Z");
        assertThat(ld.author()).isEqualTo("A. Writer");
        assertThat(ld.publisher()).isEqualTo("Harbour Post");
    }

    @Test
    void anArrayOfBlocksAndAuthorsGivenAsStrings() {
        JsonLd ld = JsonLd.read(List.of("[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"BlogPosting\",\"headline\":\"Seeds\","
                + "\"author\":[\"Mags\",{\"name\":\"Tom W\"},\"Mags\"]}]"));
        assertThat(ld.headline()).isEqualTo("Seeds");
        assertThat(ld.author()).isEqualTo("Mags, Tom W");
    }

    @Test
    void liveBlogUpdatesGiveTheirHeadlinesAndDates() {
        JsonLd ld = JsonLd.read(List.of("{\"@type\":\"LiveBlogPosting\",\"headline\":\"Storm live\",\"liveBlogUpdate\":["
                + "{\"@type\":\"BlogPosting\",\"headline\":\"Power back\",\"datePublished\":\"2023-10-21T14:05:00+01:00\"}]}"));
        assertThat(ld.headline()).isEqualTo("Storm live");
        assertThat(ld.datedHeadlines()).containsExactly(new JsonLd.Dated("Power back", "2023-10-21T14:05:00+01:00"));
    }

    @Test
    void brokenBlocksAreSkippedAndCommentWrappersUndone() {
        JsonLd ld = JsonLd.read(List.of("{not json at all", "<!--{\"@type\":\"Article\",\"headline\":\"Wrapped\"}-->"));
        assertThat(ld.headline()).isEqualTo("Wrapped");
        assertThat(JsonLd.read(List.of("")).headline()).isNull();
    }

    @Test
    void deepNestingIsNotAProblem() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThat(JsonLd.read(List.of(deep)).headline()).isNull();
    }
}
