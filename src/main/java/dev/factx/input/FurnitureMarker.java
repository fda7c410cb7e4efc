package dev.factx.input;

import dev.factx.normalize.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the elements of an HTML page that are page furniture rather than article: what is never
 * shown (scripts, hidden elements), what the markup says is the page frame ({@code nav},
 * {@code aside}, {@code footer}, landmark roles), what its class, id or component name says is
 * furniture (cookie banners, share bars, newsletter boxes, related stories, comments, adverts,
 * bylines, author boxes, photo credits), and lists opened by a teaser heading ("Most read",
 * "More on this story").
 *
 * <p>Names and frame elements are only hints: an element that holds the article (an
 * {@code article}, {@code main} or {@code itemprop=articleBody} element, or the headline) is never
 * furniture for its name or tag, so a wrapper such as {@code <div class="layout has-sidebar">} or
 * an ASP.NET page-wide {@code <form>} keeps its content. In lenient mode (the retry when a strict
 * reading finds no article text) only what is never shown is furniture.
 *
 * <p>Stateless and thread-safe.
 */
final class FurnitureMarker {

    // CSS queries parsed once, not on every page (Element.select(String) parses its query each call).
    private static final Evaluator LINKS = QueryParser.parse("a");

    /** Elements that never show article prose. */
    private static final Set<String> NEVER_SHOWN_TAGS = Lexicon.words(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
            "select", "option", "textarea", "input", "button", "dialog", "audio", "video", "map", "head", "link", "meta");

    /** Elements of the page frame around an article. {@code header} is handled apart. */
    private static final Set<String> FRAME_TAGS = Lexicon.words("nav", "aside", "footer", "form", "menu", "address");

    /** ARIA landmark and widget roles of the page frame. */
    private static final Set<String> FRAME_ROLES = Lexicon.words(
            "navigation", "complementary", "contentinfo", "search", "banner", "menu", "menubar", "toolbar", "tablist",
            "dialog", "alertdialog");

    /**
     * Words in a class, id or component name that name furniture, matched as whole words (a
     * prefix {@code comment} would also drop {@code <article class="commentary">}), after the
     * name is split at case changes and punctuation ({@code ShareWrapper}, {@code share-bar},
     * {@code share_bar}). Words that page builders give every component are left out: "widget"
     * (Elementor's {@code elementor-widget-container} holds the post text too) and "cmp" (Adobe
     * Experience Manager's {@code cmp-text}).
     */
    private static final Set<String> WORDS = Lexicon.words(
            "cookie", "cookies", "consent", "gdpr",
            "share", "shares", "sharing", "sharebar", "sharetools", "sharedaddy", "social", "socials",
            "newsletter", "newsletters", "subscribe", "subscription", "signup",
            "related", "comment", "comments", "commentlist", "disqus", "discussion", "replies", "respond",
            "breadcrumb", "breadcrumbs",
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp",
            "sponsor", "sponsored", "promo", "promos", "promoted", "paywall", "outbrain", "taboola",
            "partner", "partners",
            "byline", "bylines", "author", "authors", "bio", "meta", "tags", "keywords",
            "nav", "navbar", "navigation", "menu", "footer", "sidebar", "rail", "toolbar",
            "masthead", "banner", "ticker", "pagination", "pager", "skiplink", "popup", "modal", "overlay",
            "credit", "credits", "copyright",
            "trending", "popular", "recommended", "recommendations", "recirc", "recirculation",
            "mostread", "mostpopular", "mostviewed", "morestories", "readmore", "readnext",
            "rating", "ratings", "reactions", "login", "signin",
            "sronly", "visuallyhidden", "pullquote", "tweet",
            "donate", "donation", "donations", "contribution", "contributions", "membership", "supporter",
            "supporters", "contributor", "contributors");

    /** Two-word names: {@code most-read}, {@code c-most-popular__item}, {@code VisuallyHidden}. */
    private static final Set<String> PAIRS = Lexicon.words(
            "most read", "most popular", "most viewed", "most shared", "most commented", "more stories",
            "read more", "read next", "also read", "top stories", "editors picks", "you may", "you might",
            "visually hidden", "screen reader", "sr only", "skip link", "pull quote");

    /**
     * Words that may name an inline element (a {@code span} inside a paragraph) as furniture:
     * only what is never prose, so that {@code <span class="author">} inside a sentence stays.
     */
    private static final Set<String> INLINE_WORDS = Lexicon.words(
            "credit", "credits", "copyright", "share", "shares", "sharing", "sronly", "visuallyhidden",
            "ad", "ads", "advert", "advertisement", "sponsored");

    private static final Set<String> INLINE_PAIRS = Lexicon.words("visually hidden", "screen reader", "sr only");

    private static final ComponentNames FURNITURE = new ComponentNames(WORDS, PAIRS);
    private static final ComponentNames INLINE_FURNITURE = new ComponentNames(INLINE_WORDS, INLINE_PAIRS);

    /** Whole class names that hide an element. ({@code hidden-xs} hides it on phones only, so it stays.) */
    private static final Set<String> HIDING_CLASSES = Lexicon.words(
            "hidden", "is-hidden", "u-hidden", "d-none", "invisible", "hide", "screen-reader-text",
            "sr-only", "visually-hidden", "visuallyhidden", "element-invisible", "offscreen");

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private final Furniture lexicon;

    FurnitureMarker(Furniture lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The furniture of a page: a set of elements, each to be skipped with everything inside it.
     * An element inside a marked one is not marked itself.
     *
     * @param body     the page body
     * @param headline the page's headline element, or null; it and its ancestors are never furniture
     * @param lenient  true to mark only what is never shown
     */
    Set<Element> mark(Element body, PageElements page, Element headline, boolean lenient) {
        Set<Element> holdsArticle = lenient ? Set.of() : elementsHoldingTheArticle(page, headline);
        Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> teaserHeadings = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                if (neverShown(e) || (!lenient && !holdsArticle.contains(e) && frameOrNamed(e))) {
                    marked.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!lenient && isHeading(e) && lexicon.isTeaserHeading(e.text())) {
                    teaserHeadings.add(e);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element h : teaserHeadings) {
            markTeaserList(h, body, holdsArticle, marked);
        }
        return marked;
    }

    /** Whether a class attribute holds a class that hides the element. */
    private static final RememberedVerdicts HIDING = new RememberedVerdicts(classes -> {
        for (String c : ComponentNames.classNames(classes)) {
            if (HIDING_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    });

    private static boolean neverShown(Element e) {
        String tag = e.normalName();
        if (NEVER_SHOWN_TAGS.contains(tag)) {
            return true;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return true;
        }
        String classes = e.className();
        if (!classes.isEmpty() && HIDING.test(classes)) {
            return true;
        }
        String role = e.attr("role").trim().toLowerCase(Locale.ROOT);
        return role.equals("dialog") || role.equals("alertdialog");
    }

    private boolean frameOrNamed(Element e) {
        String tag = e.normalName();
        if (tag.equals("aside") && isFactBox(e)) {
            return false;
        }
        if (FRAME_TAGS.contains(tag)) {
            return true;
        }
        if (isWidgetAroundForm(e)) {
            return true;
        }
        // A page header holds the logo and menu; a header inside the article (or the page's main part)
        // holds its headline, standfirst and byline.
        if (tag.equals("header") && !insideArticle(e) && !insideMain(e)) {
            return true;
        }
        if (FRAME_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean inline = HtmlText.isInline(tag);
        return (inline ? INLINE_FURNITURE : FURNITURE).named(e);
    }

    /** An aside inside an article that is a box of text (key facts, a timeline), not links or a named widget. */
    private static final double FACT_BOX_MAX_LINKS = 0.3;

    /** Paragraphs of at least this length beside an aside put it among the article's text. */
    private static final int TEXT_PARAGRAPH = 80;

    /**
     * True for an {@code aside} that stands inside an {@code article}, or among the paragraphs
     * of a text (two or more long {@code p} beside it), and is a box of the article's own text
     * ("Key facts", "What happens next"): not named as furniture and with little link text.
     * Related-story boxes are link lists; pull quotes and adverts are named; a page's sidebar
     * stands beside the text's wrapper, not among its paragraphs.
     */
    private static boolean isFactBox(Element aside) {
        if (!(insideArticle(aside) || amongParagraphs(aside)) || FURNITURE.named(aside)) {
            return false;
        }
        int all = aside.text().length();
        if (all == 0) {
            return false;
        }
        int links = 0;
        for (Element a : aside.select(LINKS)) {
            links += a.text().length();
        }
        return links < all * FACT_BOX_MAX_LINKS;
    }

    private static boolean amongParagraphs(Element e) {
        int paragraphs = 0;
        Element parent = e.parent();
        for (Element s = parent == null ? null : parent.firstElementChild(); s != null && paragraphs < 2;
                s = s.nextElementSibling()) {
            if (s != e && s.normalName().equals("p") && s.text().length() >= TEXT_PARAGRAPH) {
                paragraphs++;
            }
        }
        return paragraphs >= 2;
    }

    /** Text around a form below this many characters makes the form's box a widget (newsletter sign-up, search, poll). */
    private static final int WIDGET_TEXT = 250;

    /**
     * True for a box that holds a form or a text field and little text besides: a newsletter
     * sign-up or poll without a telling name. The form alone would leave its pitch ("Join 40,000
     * readers") behind.
     */
    private static boolean isWidgetAroundForm(Element e) {
        Element form = null;
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            String t = child.normalName();
            if (t.equals("form") || t.equals("input")) {
                form = child;
                break;
            }
        }
        if (form == null) {
            return false;
        }
        return e.text().length() - form.text().length() < WIDGET_TEXT;
    }

    private static boolean insideMain(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("main") || p.attr("role").equalsIgnoreCase("main")) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    /** Names of the parts of a page that hold other stories or other people's words: comments, teasers, related links. */
    private static final Set<String> OTHER_STORY_WORDS = Lexicon.words(
            "comment", "comments", "commentlist", "disqus", "discussion", "replies", "respond", "related",
            "promo", "promos", "recirc", "recirculation", "recommended", "trending", "popular", "mostread",
            "mostpopular", "morestories", "outbrain", "taboola", "teaser", "teasers");
    private static final ComponentNames OTHER_STORIES = new ComponentNames(OTHER_STORY_WORDS, PAIRS);

    /** True when the element's name says it holds other stories or comments, whose dates are not the article's. */
    static boolean namesOtherStories(Element e) {
        return OTHER_STORIES.named(e);
    }

    /** An {@code article} element with less text than this is a teaser card, which protects nothing. */
    private static final int MIN_ARTICLE_TEXT = 500;

    /**
     * The elements that hold the article, which their names or tags must not drop: {@code main},
     * {@code [role=main]}, {@code [itemprop=articleBody]} and the headline, with their ancestors,
     * and the ancestors of every {@code article} or article-typed microdata element with the
     * text of an article (teaser cards in a sidebar do not protect the sidebar). An
     * {@code article} element itself may still be furniture by its name
     * ({@code <article class="comment">}).
     */
    private static Set<Element> elementsHoldingTheArticle(PageElements page, Element headline) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> anchors = new ArrayList<>(page.mainContent);
        out.addAll(anchors);
        if (headline != null) {
            anchors.add(headline);
            out.add(headline);
        }
        for (Element a : page.articleElements) {
            if (hasTextOfAtLeast(a, MIN_ARTICLE_TEXT)) {
                anchors.add(a);
            }
        }
        for (Element a : anchors) {
            for (Element p = a.parent(); p != null && out.add(p); p = p.parent()) {
                // each ancestor chain is walked once: stop where an earlier chain already went
            }
        }
        return out;
    }

    /**
     * Whether {@code e.text()} is at least {@code length} chars long, mostly without making it: an
     * article's text runs to thousands of chars, and making it all to compare its length was a
     * tenth of reading a page's layout. Every char of a text node above a space, other than a
     * no-break space, a zero-width space or a soft hyphen, is one that {@link Element#text()}
     * keeps, so counting those up to {@code length} proves the text long enough; when they fall
     * short, the text itself is measured.
     */
    static boolean hasTextOfAtLeast(Element e, int length) {
        int[] kept = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    for (int k = 0; k < whole.length() && kept[0] < length; k++) {
                        char c = whole.charAt(k);
                        if (c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD') {
                            kept[0]++;
                        }
                    }
                }
                return kept[0] >= length ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return kept[0] >= length || e.text().length() >= length;
    }

    /**
     * Marks the list a teaser heading opens: the largest element that starts with the heading
     * (its section or box), unless that element holds the article; when the heading stands
     * inside article text, the heading and the lists and boxes that follow it up to the next
     * heading.
     */
    private static void markTeaserList(Element heading, Element body, Set<Element> holdsArticle, Set<Element> marked) {
        if (insideMarked(heading, marked)) {
            return;
        }
        Element box = heading;
        while (box.parent() != null && box.parent() != body && !holdsArticle.contains(box.parent())
                && startsWith(box.parent(), box)) {
            box = box.parent();
        }
        marked.add(box);
        if (box != heading) {
            return;
        }
        for (Element next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (isHeading(next) || next.normalName().equals("p") || holdsArticle.contains(next)) {
                break;
            }
            marked.add(next);
        }
    }

    private static boolean insideMarked(Element e, Set<Element> marked) {
        for (Element p = e; p != null; p = p.parent()) {
            if (marked.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** True when no text of {@code parent} comes before {@code child}. */
    private static boolean startsWith(Element parent, Element child) {
        for (Node n = child.previousSibling(); n != null; n = n.previousSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
            if (n instanceof Element e && !neverShown(e) && e.hasText()) {
                return false;
            }
        }
        return true;
    }

    static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
