package dev.factx.input;

import java.util.Objects;

/**
 * One article found on an HTML page.
 *
 * @param title         its headline, or null when it shows none
 * @param text          its text, one paragraph per block element (headline first, then the
 *                      headings, paragraphs, list items, table rows and captions that belong to
 *                      it), paragraphs separated by a blank line ({@code "\n\n"}); never null
 * @param publishedDate its publication date as {@code YYYY-MM-DD}, or null
 * @param author        its author or authors as the page names them, or null
 * @param dateline      when the markup dates it nowhere, the byline or time stamp that was
 *                      dropped from its text ("Posted by webmaster, 14 July 2008"), for the
 *                      extractor to read a date from; otherwise null
 *
 * <p>Immutable and thread-safe.
 */
public record HtmlArticle(String title, String text, String publishedDate, String author, String dateline) {

    public HtmlArticle {
        Objects.requireNonNull(text, "text");
    }

    public HtmlArticle(String title, String text, String publishedDate, String author) {
        this(title, text, publishedDate, author, null);
    }
}
