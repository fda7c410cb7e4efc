package dev.factx;

import java.util.List;

/**
 * What the extractor reads in one document: the page's site and address (HTML only) and its
 * articles' text, as {@code factx text} prints it.
 *
 * @param site     the site's name, or null
 * @param url      the page's canonical address, or null
 * @param articles the articles in reading order; furniture belongs to none
 */
public record DocumentText(String site, String url, List<ArticleText> articles) {

    /**
     * One article.
     *
     * @param index         1-based, as in the facts' {@code article} field
     * @param title         the headline, or null
     * @param text          the paragraphs factx reads, separated by blank lines
     * @param docDate       the date relative dates resolve against (ISO), or null
     * @param docDateSource where that date came from, as in the facts' {@code doc_date_source}
     */
    public record ArticleText(int index, String title, String text, String docDate, String docDateSource) {
    }
}
