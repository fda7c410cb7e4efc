package dev.factx.input;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements of a parsed page that the readers of its metadata, headline, furniture and
 * articles look for, found in one walk over the page instead of one {@code select} each: the page
 * is walked once, not ten times, and each element is tested against every query as it passes.
 * Each list is in document order, as {@code select} gives it; the body's lists hold the body
 * itself when it matches, as {@code body.select} does. The queries are of tags and attributes
 * only, so whether an element matches does not depend on where the search started.
 *
 * <p>Read-only after construction; the page must not change after it is made.
 */
final class PageElements {

    // CSS queries parsed once, not on every page (Element.select(String) parses its query each call).
    // In the whole document:
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator METAS = QueryParser.parse("meta[content]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    // In the body:
    private static final Evaluator HEADINGS = QueryParser.parse("[itemprop=headline], h1, h2, h3");
    private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");
    private static final Evaluator MAIN_CONTENT = QueryParser.parse("main, [role=main], [itemprop=articleBody]");
    private static final Evaluator ARTICLE_ELEMENTS = QueryParser.parse("article, [itemtype*=Article], [itemtype*=BlogPosting]");
    private static final Evaluator ARTICLE_OR_ITEM = QueryParser.parse("article, [itemtype]");
    private static final Evaluator H1 = QueryParser.parse("h1");

    /** {@code script[type=application/ld+json]} in the document. */
    final List<Element> jsonLd = new ArrayList<>();
    /** {@code meta[content]} in the document. */
    final List<Element> metas = new ArrayList<>();
    /** The first {@code link[rel=canonical]} in the document, or null. */
    Element canonical;
    /** The first {@code [itemprop=datePublished]} in the document, or null. */
    Element datePublished;
    /** {@code [itemprop=headline], h1, h2, h3} in the body. */
    final List<Element> headings = new ArrayList<>();
    /** The first {@code main, [role=main]} in the body, or null. */
    Element main;
    /** {@code main, [role=main], [itemprop=articleBody]} in the body. */
    final List<Element> mainContent = new ArrayList<>();
    /** {@code article, [itemtype*=Article], [itemtype*=BlogPosting]} in the body. */
    final List<Element> articleElements = new ArrayList<>();
    /** {@code article, [itemtype]} in the body. */
    final List<Element> articlesOrItems = new ArrayList<>();
    /** {@code h1} in the body. */
    final List<Element> h1s = new ArrayList<>();

    private PageElements() {
    }

    static PageElements of(Document doc) {
        PageElements page = new PageElements();
        Element body = doc.body();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inBody;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                inBody |= e == body;
                page.inDocument(doc, e);
                if (inBody) {
                    page.inBody(body, e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) {
                    inBody = false;
                }
            }
        }, doc);
        return page;
    }

    private void inDocument(Document doc, Element e) {
        if (JSON_LD.matches(doc, e)) {
            jsonLd.add(e);
        }
        if (METAS.matches(doc, e)) {
            metas.add(e);
        }
        if (canonical == null && CANONICAL.matches(doc, e)) {
            canonical = e;
        }
        if (datePublished == null && DATE_PUBLISHED.matches(doc, e)) {
            datePublished = e;
        }
    }

    private void inBody(Element body, Element e) {
        if (HEADINGS.matches(body, e)) {
            headings.add(e);
        }
        if (MAIN_CONTENT.matches(body, e)) {
            mainContent.add(e);
            if (main == null && MAIN.matches(body, e)) {
                main = e; // every main is main content
            }
        }
        if (ARTICLE_OR_ITEM.matches(body, e)) {
            articlesOrItems.add(e);
            if (ARTICLE_ELEMENTS.matches(body, e)) {
                articleElements.add(e); // every article element is an article or an item
            }
        }
        if (H1.matches(body, e)) {
            h1s.add(e);
        }
    }
}
