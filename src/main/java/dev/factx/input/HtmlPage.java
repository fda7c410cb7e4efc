package dev.factx.input;

import java.util.Objects;

/**
 * What {@link HtmlReader} finds in one saved HTML page: the article's readable text and the
 * facts the page states about itself.
 *
 * @param title         the article's headline, or null when the page names none
 * @param text          the visible article text, one paragraph per block element, paragraphs
 *                      separated by a blank line ({@code "\n\n"}), the headline first; never null
 * @param publishedDate the publication date as {@code YYYY-MM-DD}, or null
 * @param siteName      the publishing site's name, or null
 * @param url           the page's canonical address, or null
 *
 * <p>Immutable and thread-safe.
 */
public record HtmlPage(String title, String text, String publishedDate, String siteName, String url) {

    public HtmlPage {
        Objects.requireNonNull(text, "text");
    }
}
