package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.factx.DocumentText;
import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.model.Fact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The HTML golden pages read as their articles, and nothing else: for every
 * {@code golden/<case>/input.html}
 * <ul>
 * <li>{@code expected-text.txt} is, byte for byte, what {@code factx text input.html} prints after
 *     its {@code ==> file <==} line: site, url, then each article with its title, date and text.
 *     It was written by hand, from what a careful reader takes to be the article, before the
 *     reader was tuned to it;
 * <li>every line of {@code furniture.txt} occurs in the page (its source or its text) and occurs
 *     neither in the article text nor in any fact's sentence.
 * </ul>
 * {@code -Dgolden.update=true} rewrites {@code expected-text.txt} from the current output, for
 * review as a diff.
 */
class SamplePagesTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path CASES = BASEDIR.resolve("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Extractor EXTRACTOR = new Extractor(ExtractOptions.defaults());

    @TestFactory
    Stream<DynamicNode> htmlPages() throws IOException {
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(CASES)) {
            pages = dirs.filter(d -> Files.exists(d.resolve("input.html"))).sorted().toList();
        }
        assertThat(pages).as("HTML golden cases").hasSizeGreaterThanOrEqualTo(6);
        return pages.stream().map(dir -> {
            List<DynamicNode> checks = new ArrayList<>();
            checks.add(dynamicTest("factx text gives expected-text.txt", () -> checkText(dir)));
            if (Files.exists(dir.resolve("furniture.txt"))) {
                checks.add(dynamicTest("no furniture in the text or the facts", () -> checkFurniture(dir)));
            }
            return dynamicContainer(dir.getFileName().toString(), checks);
        });
    }

    private static void checkText(Path dir) throws IOException {
        String html = Files.readString(dir.resolve("input.html"), StandardCharsets.UTF_8);
        String actual = format(EXTRACTOR.text(html, true));
        Path expected = dir.resolve("expected-text.txt");
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as("%s: factx text (rerun with -Dgolden.update=true to rewrite, then review the diff)",
                dir.getFileName()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static void checkFurniture(Path dir) throws IOException {
        String html = Files.readString(dir.resolve("input.html"), StandardCharsets.UTF_8);
        String pageText = Jsoup.parse(html).text();
        DocumentText doc = EXTRACTOR.text(html, true);
        List<Fact> facts = EXTRACTOR.extract("input.html", html, true);
        for (String line : Files.readAllLines(dir.resolve("furniture.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            assertThat(html.contains(line) || pageText.contains(line))
                    .as("%s: furniture.txt line '%s' is not on the page", dir.getFileName(), line).isTrue();
            for (DocumentText.ArticleText a : doc.articles()) {
                assertThat(a.text()).as("%s: article %d text", dir.getFileName(), a.index()).doesNotContain(line);
            }
            for (Fact f : facts) {
                assertThat(f.sentence()).as("%s: sentence of fact '%s'", dir.getFileName(), f.text()).doesNotContain(line);
            }
        }
    }

    /** As {@code factx text} prints a document, without its first line (the file name). */
    static String format(DocumentText doc) {
        StringBuilder out = new StringBuilder();
        if (doc.site() != null) {
            out.append("site: ").append(doc.site()).append('\n');
        }
        if (doc.url() != null) {
            out.append("url: ").append(doc.url()).append('\n');
        }
        if (doc.articles().isEmpty()) {
            out.append("\n(no article text)\n");
        }
        for (DocumentText.ArticleText a : doc.articles()) {
            out.append("\n=== article ").append(a.index()).append(a.title() == null ? "" : ": " + a.title()).append('\n');
            out.append("doc_date: ").append(a.docDate() == null ? "unknown" : a.docDate() + " (" + a.docDateSource() + ")")
                    .append("\n\n");
            out.append(a.text()).append('\n');
        }
        return out.append('\n').toString();
    }
}
