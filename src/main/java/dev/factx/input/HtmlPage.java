package dev.factx.input;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link HtmlReader} finds in one saved HTML page: its articles (usually one; a live blog's
 * posts or a page that carries the next story in full give several) and what the page says about
 * itself.
 *
 * @param title         the page's headline (og:title, JSON-LD headline, the visible headline or
 *                      the {@code <title>} without the site name), or null when it names none
 * @param publishedDate the page's publication date as {@code YYYY-MM-DD}, or null
 * @param author        the page's author or authors, or null
 * @param siteName      the publishing site's name, or null
 * @param url           the page's canonical address, or null
 * @param footerYear    the year of the page's copyright line, or null
 * @param articles      the articles in reading order; empty when the page shows no article text
 *
 * <p>Immutable and thread-safe.
 */
public record HtmlPage(String title, String publishedDate, String author, String siteName, String url,
                       Integer footerYear, List<HtmlArticle> articles) {

    public HtmlPage {
        articles = List.copyOf(articles);
    }

    /** The text of all articles, separated by a blank line: what a reader of the page sees as article text. */
    public String text() {
        List<String> parts = new ArrayList<>();
        for (HtmlArticle a : articles) {
            if (!a.text().isEmpty()) {
                parts.add(a.text());
            }
        }
        return String.join("\n\n", parts);
    }
}
