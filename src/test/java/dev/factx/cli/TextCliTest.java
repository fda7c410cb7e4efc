package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factx text} end to end with the real extractor. */
class TextCliTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static final String PAGE = """
            Home | World | Business | Sport

            Grain exports hit a record
            Published on 12 April 2019

            Ukraine shipped 50 million tonnes of grain last season.

            Prices rose by 5%.

            Continue Reading

            Copyright © 2019 Example News
            """;

    @Test
    void printsEachArticleWithItsTitleAndDateAndLeavesFurnitureOut() throws IOException {
        Path p = file("page.txt", PAGE);

        Cli.Result r = new Cli().run("text", p.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("==> " + p + " <==\n\n=== article 1: Grain exports hit a record\n"
                        + "doc_date: 2019-04-12 (dateline)\n\n")
                .contains("Ukraine shipped 50 million tonnes of grain last season.\n\nPrices rose by 5%.\n")
                .doesNotContain("Home | World").doesNotContain("Copyright").doesNotContain("Continue Reading");
    }

    @Test
    void htmlPagesNameTheirSiteAndAddress() throws IOException {
        Path p = file("page.html", """
                <html><head><title>Grain exports hit a record | Example News</title>
                <meta property="og:site_name" content="Example News">
                <link rel="canonical" href="https://news.example.org/grain">
                <meta property="article:published_time" content="2019-04-12T08:00:00Z"></head>
                <body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
                <article><h1>Grain exports hit a record</h1>
                <p>Ukraine shipped 50 million tonnes of grain last season.</p></article>
                <footer>Copyright 2019</footer></body></html>
                """);

        Cli.Result r = new Cli().run("text", p.toString());

        assertThat(r.out()).startsWith("==> " + p + " <==\nsite: Example News\nurl: https://news.example.org/grain\n\n"
                        + "=== article 1: Grain exports hit a record\ndoc_date: 2019-04-12 (metadata)\n\n")
                .contains("Ukraine shipped 50 million tonnes of grain last season.")
                .doesNotContain("Home").doesNotContain("Copyright");
    }

    @Test
    void jsonLinesHasOneObjectPerArticle() throws IOException {
        Path p = file("page.txt", PAGE);

        Cli.Result r = new Cli().run("text", "--format", "jsonl", p.toString());

        assertThat(r.out()).hasLineCount(1).startsWith("{\"file\":\"" + p + "\",\"article\":1,"
                + "\"title\":\"Grain exports hit a record\",\"doc_date\":\"2019-04-12\",\"doc_date_source\":\"dateline\","
                + "\"site\":null,\"url\":null,\"text\":\"");
    }

    @Test
    void aFileWithoutArticleTextSaysSo() throws IOException {
        Path p = file("menu.html", "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></body></html>");
        Cli.Result r = new Cli().run("text", p.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("==> " + p + " <==\n\n(no article text)\n\n");
    }

    @Test
    void aMissingFileIsReportedAndTheOthersPrinted() throws IOException {
        Path p = file("page.txt", PAGE);
        String missing = dir.resolve("nope.txt").toString();

        Cli.Result r = new Cli().run("text", missing, p.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("factx: " + missing + ": No such file or directory\n"
                + "factx: 1 of 2 files skipped\n");
        assertThat(r.out()).contains("=== article 1: Grain exports hit a record");
    }

    @Test
    void theReferenceDateIsTheDocDate() throws IOException {
        Path p = file("page.txt", PAGE);
        Cli.Result r = new Cli().run("text", "--reference-date", "2020-01-02", p.toString());
        assertThat(r.out()).contains("doc_date: 2020-01-02 (option)\n");
    }
}
