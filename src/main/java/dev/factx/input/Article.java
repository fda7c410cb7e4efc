package dev.factx.input;

import java.util.List;

/**
 * One article found on a page: its 1-based index, headline, the regions of the page text that
 * are its content, and what its header said about its date.
 *
 * @param index        1-based, in reading order
 * @param title        the headline, or null when none was found
 * @param blocks       content paragraphs as {@code [start, end)} UTF-16 offsets into the page text;
 *                     the headline is one of them (its figures are the article's too)
 * @param datelineText the text of a date line in the article header ("Published on 12 April 2019"), or null
 *
 * <p>Immutable.
 */
public record Article(int index, String title, List<Block> blocks, String datelineText) {

    /** A paragraph of content: {@code [start, end)} into the page text. */
    public record Block(int start, int end) {
    }
}
