package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One walk over a page finds what a select of each query finds, in the same order. */
class PageElementsTest {

    static Stream<String> pages() throws IOException {
        List<String> pages = new ArrayList<>(List.of(
                "<html><head><meta content=x name=a><link rel=canonical href=/a><script type=application/ld+json>{}</script>"
                        + "<meta itemprop=datePublished content=2019-01-02></head>"
                        + "<body itemscope itemtype=https://schema.org/WebPage><main><article itemtype=https://schema.org/NewsArticle>"
                        + "<h1 itemprop=headline>Title</h1><h2>Sub</h2><div itemprop=articleBody><p>Text</p>"
                        + "<meta content=y><span itemprop=datePublished>2019</span></div></article></main>"
                        + "<div role=main><article><h3>Other</h3></article><div itemtype=https://schema.org/BlogPosting></div></div>"
                        + "<link rel=canonical href=/b><script type=application/ld+json>[]</script><h1>Second</h1></body></html>",
                "<p>No head, no body tags</p><h1>Heading</h1>",
                "<html><head><title>Only a title</title></head><frameset><frame src=a></frameset></html>",
                ""));
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readString(p));
            }
        }
        return pages.stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void findsWhatSelectFinds(String html) {
        Document doc = Jsoup.parse(html);
        Element body = doc.body();
        PageElements page = PageElements.of(doc);
        assertThat(page.jsonLd).containsExactlyElementsOf(doc.select("script[type=application/ld+json]"));
        assertThat(page.metas).containsExactlyElementsOf(doc.select("meta[content]"));
        assertThat(page.canonical).isSameAs(doc.selectFirst("link[rel=canonical]"));
        assertThat(page.datePublished).isSameAs(doc.selectFirst("[itemprop=datePublished]"));
        assertThat(page.headings).containsExactlyElementsOf(body.select("[itemprop=headline], h1, h2, h3"));
        assertThat(page.main).isSameAs(body.selectFirst("main, [role=main]"));
        assertThat(page.mainContent).containsExactlyElementsOf(body.select("main, [role=main], [itemprop=articleBody]"));
        assertThat(page.articleElements)
                .containsExactlyElementsOf(body.select("article, [itemtype*=Article], [itemtype*=BlogPosting]"));
        assertThat(page.articlesOrItems).containsExactlyElementsOf(body.select("article, [itemtype]"));
        assertThat(page.h1s).containsExactlyElementsOf(body.select("h1"));
    }
}
