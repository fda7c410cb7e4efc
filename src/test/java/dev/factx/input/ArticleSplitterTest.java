package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.TestFactory;

/**
 * Scraped pages and what {@link ArticleSplitter} must make of them: every {@code pages/<name>.txt}
 * has a {@code pages/<name>.expected} that lists the number of articles, each one's title and
 * dateline, the footer year, lines that must be article text and lines that must be in no
 * article. Each page runs twice: as written (LF) and with CRLF line ends, with the same
 * expectations. See {@code text/README.md} for the format of the expected files.
 */
class ArticleSplitterTest {

    private static final String DIR = "pages";
    private static final String NONE = "-";
    private static final ArticleSplitter SPLITTER = new ArticleSplitter();

    /** A line of a page: its trimmed text and the offsets of that trimmed text. */
    record PageLine(int number, int start, int end, String text) {
    }

    /** A pattern: a whole line, or the start of a line when written with a trailing {@code *}. */
    record LinePattern(int line, String pattern) {
        boolean matches(PageLine l) {
            return pattern.endsWith("*") ? l.text().startsWith(pattern.substring(0, pattern.length() - 1))
                    : l.text().equals(pattern);
        }
    }

    /** What a page must give, as read from its {@code .expected} file. */
    static final class Expected {
        String fallback;
        Integer articles;
        boolean footerYearGiven;
        Integer footerYear;
        final Map<Integer, String> titles = new LinkedHashMap<>();
        final Map<Integer, String> datelines = new LinkedHashMap<>();
        final Map<Integer, List<LinePattern>> inside = new LinkedHashMap<>();
        final List<LinePattern> outside = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
    }

    @TestFactory
    Stream<DynamicNode> pages() throws IOException {
        Path dir = directory();
        List<Path> pages;
        try (Stream<Path> listing = Files.list(dir)) {
            pages = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("there are pages", () -> assertThat(pages).isNotEmpty()));
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String base = name.substring(0, name.length() - ".txt".length());
            Path expectedFile = dir.resolve(base + ".expected");
            if (!Files.exists(expectedFile)) {
                nodes.add(dynamicTest(name + ": has an .expected file", () -> {
                    throw new AssertionError("pages/" + name + " has no pages/" + base + ".expected");
                }));
                continue;
            }
            String lf = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(lf).as("pages/%s is written with LF line ends; the test makes the CRLF variant", name)
                    .doesNotContain("\r");
            Expected expected = readExpected(expectedFile);
            URI source = URI.create("classpath:/" + DIR + "/" + base + ".expected");
            nodes.add(dynamicContainer(base, Stream.of(
                    dynamicTest(base + " (LF)", source, () -> check(base + ".txt", lf, expected)),
                    dynamicTest(base + " (CRLF)", source, () -> check(base + ".txt with CRLF", lf.replace("\n", "\r\n"), expected)))));
        }
        return nodes.stream();
    }

    private static void check(String where, String text, Expected e) {
        SoftAssertions softly = new SoftAssertions();
        assertThat(e.problems).as("problems in the .expected file of %s", where).isEmpty();
        List<PageLine> lines = lines(text);
        Page page = SPLITTER.split(text, e.fallback);
        List<Article> articles = page.articles();
        String summary = summary(text, page);

        // Invariants of any split: indexes 1..n, blocks in order, inside the text, not overlapping, trimmed.
        int previousEnd = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            softly.assertThat(a.index()).as("%s: index of article %d", where, i + 1).isEqualTo(i + 1);
            softly.assertThat(a.blocks()).as("%s: blocks of article %d", where, i + 1).isNotEmpty();
            for (Article.Block b : a.blocks()) {
                softly.assertThat(b.start()).as("%s: block start, article %d", where, i + 1)
                        .isGreaterThanOrEqualTo(previousEnd);
                softly.assertThat(b.end()).as("%s: block end, article %d", where, i + 1)
                        .isGreaterThan(b.start()).isLessThanOrEqualTo(text.length());
                String content = text.substring(b.start(), b.end());
                softly.assertThat(content).as("%s: a block of article %d is trimmed (no CR, no blank edges)", where, i + 1)
                        .isEqualTo(content.strip());
                previousEnd = b.end();
            }
        }

        if (e.articles != null) {
            softly.assertThat(articles).as("%s: number of articles", where).hasSize(e.articles);
        }
        if (e.footerYearGiven) {
            softly.assertThat(page.footerYear()).as("%s: footer year", where).isEqualTo(e.footerYear);
        }
        e.titles.forEach((n, title) -> {
            if (n < 1 || n > articles.size()) {
                softly.fail("%s: article %d does not exist", where, n);
                return;
            }
            softly.assertThat(articles.get(n - 1).title()).as("%s: title of article %d", where, n).isEqualTo(title);
        });
        e.datelines.forEach((n, date) -> {
            if (n < 1 || n > articles.size()) {
                softly.fail("%s: article %d does not exist", where, n);
                return;
            }
            String got = articles.get(n - 1).datelineText();
            if (date == null) {
                softly.assertThat(got).as("%s: dateline of article %d", where, n).isNull();
            } else {
                // The header's words around the date ("Published on") may stay in the dateline text.
                softly.assertThat(got).as("%s: dateline of article %d", where, n).isNotNull().contains(date);
            }
        });
        e.inside.forEach((n, patterns) -> {
            if (n < 1 || n > articles.size()) {
                softly.fail("%s: article %d does not exist", where, n);
                return;
            }
            for (LinePattern p : patterns) {
                for (PageLine l : matching(lines, p)) {
                    boolean in = articles.get(n - 1).blocks().stream()
                            .anyMatch(b -> b.start() <= l.start() && l.end() <= b.end());
                    softly.assertThat(in).as("%s: page line %d '%s' is text of article %d", where, l.number(), l.text(), n)
                            .isTrue();
                }
            }
        });
        for (LinePattern p : e.outside) {
            for (PageLine l : matching(lines, p)) {
                for (Article a : articles) {
                    boolean overlaps = a.blocks().stream().anyMatch(b -> b.start() < l.end() && l.start() < b.end());
                    softly.assertThat(overlaps).as("%s: page line %d '%s' (furniture) is in no article, but article %d holds it",
                            where, l.number(), l.text(), a.index()).isFalse();
                }
            }
        }
        List<AssertionError> errors = softly.assertionErrorsCollected();
        if (!errors.isEmpty()) {
            StringBuilder b = new StringBuilder(where + ": " + errors.size() + " expectation(s) not met\n");
            errors.forEach(err -> b.append("- ").append(err.getMessage().strip().replace("\n", "\n  ")).append('\n'));
            throw new AssertionError(b.append(summary).toString());
        }
    }

    /** The page lines a pattern names; a pattern that names none is an error in the expected file. */
    private static List<PageLine> matching(List<PageLine> lines, LinePattern p) {
        List<PageLine> found = lines.stream().filter(p::matches).toList();
        assertThat(found).as(".expected line %d: '%s' names no line of the page", p.line(), p.pattern()).isNotEmpty();
        return found;
    }

    /** The split as a reader would check it: each article's title, dateline and blocks. */
    private static String summary(String text, Page page) {
        StringBuilder b = new StringBuilder("  the split: footer year ").append(page.footerYear()).append('\n');
        for (Article a : page.articles()) {
            b.append("  article ").append(a.index()).append(": title '").append(a.title()).append("', dateline '")
                    .append(a.datelineText()).append("'\n");
            for (Article.Block block : a.blocks()) {
                String s = text.substring(block.start(), block.end()).replace("\r", "\\r").replace("\n", " / ");
                b.append("    [").append(s.length() > 90 ? s.substring(0, 90) + "..." : s).append("]\n");
            }
        }
        return b.toString().stripTrailing();
    }

    private static List<PageLine> lines(String text) {
        List<PageLine> out = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new PageLine(number, s, e, text.substring(s, e)));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
            number++;
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------
    // Reading the expected files

    private static Expected readExpected(Path file) throws IOException {
        Expected e = new Expected();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                e.problems.add("line " + number + ": expected 'key: value', found '" + line + "'");
                continue;
            }
            String[] key = line.substring(0, colon).split(" ");
            String value = line.substring(colon + 2).strip();
            try {
                switch (key[0]) {
                    case "fallback" -> e.fallback = value;
                    case "articles" -> e.articles = Integer.valueOf(value);
                    case "footer-year" -> {
                        e.footerYearGiven = true;
                        e.footerYear = value.equals(NONE) ? null : Integer.valueOf(value);
                    }
                    case "title" -> e.titles.put(Integer.valueOf(key[1]), value.equals(NONE) ? null : value);
                    case "dateline" -> e.datelines.put(Integer.valueOf(key[1]), value.equals(NONE) ? null : value);
                    case "in" -> e.inside.computeIfAbsent(Integer.valueOf(key[1]), k -> new ArrayList<>())
                            .add(new LinePattern(number, value));
                    case "out" -> e.outside.add(new LinePattern(number, value));
                    default -> e.problems.add("line " + number + ": unknown key '" + key[0] + "'");
                }
            } catch (RuntimeException ex) {
                e.problems.add("line " + number + ": cannot read '" + line + "': " + ex);
            }
        }
        return e;
    }

    private static Path directory() {
        URL url = ArticleSplitterTest.class.getClassLoader().getResource(DIR);
        assertThat(url).as("test resource directory %s", DIR).isNotNull();
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
