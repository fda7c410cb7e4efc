package dev.factx.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a saved HTML news page into the text a reader sees in its article, plus the headline,
 * publication date, site name and address the page declares.
 *
 * <p>The text is built paragraph by paragraph from block elements rather than taken from
 * {@code body().text()}, which runs the headline, list items and menus together into one line
 * and so defeats sentence splitting. Page furniture (menus, cookie banners, share buttons,
 * related stories, comments, footers, hidden elements) is dropped first, and when the page marks
 * its article ({@code article}, {@code main}, {@code itemprop=articleBody}) only that part is read.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReader {

    /** Elements that never hold article prose. {@code header} is handled apart: see {@link #isFurniture}. */
    private static final Set<String> DROPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "iframe",
            "svg", "button", "select", "textarea", "input", "object", "embed", "canvas", "dialog");

    /** ARIA landmark roles of the page frame around an article. */
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog");

    /**
     * Words in a class or id that name furniture. Matched as whole tokens, never as prefixes:
     * a prefix {@code comment} would also drop {@code <article class="commentary">}.
     */
    private static final Set<String> FURNITURE_NAME_TOKENS = Set.of(
            "cookie", "cookies", "consent", "gdpr",
            "share", "shares", "sharing", "sharebar", "sharetools", "social",
            "newsletter", "subscribe", "subscription", "signup",
            "related", "comment", "comments", "disqus",
            "breadcrumb", "breadcrumbs",
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "sponsored",
            "promo", "paywall");

    /**
     * Elements that do not break a paragraph. Everything else does, so that an unknown or custom
     * element errs on the side of a paragraph break rather than gluing two blocks together.
     */
    private static final Set<String> INLINE_TAGS = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn",
            "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp",
            "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    /** A site name after the last spaced separator: {@code Headline | Site}, {@code - Site}, {@code — Site}. */
    private static final Pattern TITLE_WITH_SITE = Pattern.compile("^(.*\\S)\\s+[|\\-–—]\\s+(\\S.*)$");

    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LD_DATE_PUBLISHED =
            Pattern.compile("\"datePublished\"\\s*:\\s*" + JSON_STRING.pattern());
    private static final Pattern LD_PUBLISHER_NAME =
            Pattern.compile("\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*" + JSON_STRING.pattern());

    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private static final String CELL_SEPARATOR = " | ";

    private HtmlReader() {
    }

    /**
     * Reads one HTML page.
     *
     * @param html the page source, already decoded
     * @return the page's headline, article text and metadata; text is empty when the page shows none
     */
    public static HtmlPage read(String html) {
        Document doc = Jsoup.parse(html);

        String siteName = firstNonBlank(metaContent(doc, "og:site_name"), jsonLd(doc, LD_PUBLISHER_NAME));
        String url = firstNonBlank(metaContent(doc, "og:url"), attrOf(doc.selectFirst("link[rel=canonical]"), "href"));
        String metaDate = isoDate(metaContent(doc, "article:published_time"));
        String ldDate = isoDate(jsonLd(doc, LD_DATE_PUBLISHED));

        Element root = chooseRoot(doc);
        removeFurniture(root);

        Element headline = root.selectFirst("h1");
        if (headline == null) {
            headline = doc.select("h1").stream().filter(h -> !inFurniture(h)).findFirst().orElse(null);
        }
        String headlineText = headline == null ? null : emptyToNull(fold(headline.text()));

        String title = stripSiteName(metaContent(doc, "og:title"), siteName);
        if (title == null) {
            title = headlineText;
        }
        if (title == null) {
            String[] split = splitSiteName(fold(doc.title()));
            title = split[0];
            if (siteName == null) {
                siteName = split[1];
            }
        }

        String publishedDate = firstNonBlank(metaDate, ldDate, isoDate(attrOf(root.selectFirst("time[datetime]"), "datetime")));

        List<String> paragraphs = paragraphs(root);
        putHeadlineFirst(paragraphs, headlineText != null ? headlineText : title);

        return new HtmlPage(title, String.join("\n\n", paragraphs), publishedDate, siteName, url);
    }

    /**
     * The subtree that holds the article. With several {@code article} elements (a list page, or
     * story cards beside the story) the one with the most text wins; articles sitting inside
     * furniture, such as teaser cards in an {@code aside}, are never candidates.
     */
    private static Element chooseRoot(Document doc) {
        List<Element> articles = new ArrayList<>();
        for (Element a : doc.select("article")) {
            if (!inFurniture(a) && a.parents().stream().noneMatch(p -> p.normalName().equals("article"))) {
                articles.add(a);
            }
        }
        Element best = null;
        for (Element a : articles) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best != null) {
            return best;
        }
        for (String query : List.of("main, [role=main]", "[itemprop=articleBody]")) {
            for (Element e : doc.select(query)) {
                if (!inFurniture(e)) {
                    return e;
                }
            }
        }
        return doc.body();
    }

    private static void removeFurniture(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.select("*")) {
            if (e != root && isFurniture(e)) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** True when the element or one of its ancestors is furniture. */
    private static boolean inFurniture(Element e) {
        if (isFurniture(e)) {
            return true;
        }
        for (Element p : e.parents()) {
            if (isFurniture(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (DROPPED_TAGS.contains(tag)) {
            return true;
        }
        // A page header holds the logo and menu; a header inside the article holds its headline and byline.
        if (tag.equals("header") && e.parents().stream().noneMatch(p -> p.normalName().equals("article"))) {
            return true;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return true;
        }
        if (FURNITURE_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return namesFurniture(e.className()) || namesFurniture(e.id());
    }

    /** Splits {@code cookieBanner}, {@code cookie-banner} and {@code cookie_banner} alike into words. */
    private static boolean namesFurniture(String classOrId) {
        if (classOrId.isBlank()) {
            return false;
        }
        String spaced = CAMEL_BOUNDARY.matcher(classOrId).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        for (String token : NOT_ALNUM.split(spaced)) {
            if (FURNITURE_NAME_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> paragraphs(Element root) {
        ParagraphCollector collector = new ParagraphCollector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    /**
     * Walks the tree iteratively (deeply nested pages would overflow a recursive walk) and cuts
     * a paragraph at every block boundary.
     */
    private static final class ParagraphCollector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        /** A single {@code <br>} is a soft line break; a second one in a row ends the paragraph. */
        private boolean afterLineBreak;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                if (!s.isBlank()) {
                    afterLineBreak = false;
                }
                current.append(s);
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    if (afterLineBreak) {
                        flush();
                    } else {
                        current.append(' ');
                        afterLineBreak = true;
                    }
                } else if (tag.equals("td") || tag.equals("th")) {
                    if (!current.toString().isBlank()) {
                        current.append(CELL_SEPARATOR);
                    }
                } else if (!INLINE_TAGS.contains(tag)) {
                    flush();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && !INLINE_TAGS.contains(e.normalName())
                    && !e.normalName().equals("br") && !e.normalName().equals("td") && !e.normalName().equals("th")) {
                flush();
            }
        }

        void flush() {
            String p = fold(current);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
            current.setLength(0);
            afterLineBreak = false;
        }
    }

    /** Moves the visible headline to the front, or adds it there when the article body lacks it. */
    private static void putHeadlineFirst(List<String> paragraphs, String headline) {
        if (headline == null) {
            return;
        }
        int at = paragraphs.indexOf(headline);
        if (at == 0) {
            return;
        }
        if (at > 0) {
            paragraphs.remove(at);
        }
        paragraphs.add(0, headline);
    }

    /**
     * Folds every kind of white space (NBSP, thin and figure spaces included) to one plain space
     * and drops invisible characters (soft hyphen, zero-width space, BOM) that would split words.
     */
    static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (cp == 0x00AD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** {@code [title, site]} from a {@code <title>}; the site is null when no separator is found. */
    private static String[] splitSiteName(String title) {
        if (title.isEmpty()) {
            return new String[] {null, null};
        }
        Matcher m = TITLE_WITH_SITE.matcher(title);
        if (m.matches()) {
            return new String[] {m.group(1), m.group(2)};
        }
        return new String[] {title, null};
    }

    /** og:title sometimes repeats the site name; it is removed only when the site is known, to spare headlines with dashes. */
    private static String stripSiteName(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String folded = fold(title);
        if (siteName != null) {
            Matcher m = TITLE_WITH_SITE.matcher(folded);
            if (m.matches() && m.group(2).equalsIgnoreCase(fold(siteName))) {
                return m.group(1);
            }
        }
        return emptyToNull(folded);
    }

    private static String metaContent(Document doc, String property) {
        Element meta = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return emptyToNull(attrOf(meta, "content"));
    }

    private static String attrOf(Element e, String attribute) {
        return e == null ? null : emptyToNull(e.attr(attribute).trim());
    }

    /** The first match of {@code pattern} in the page's JSON-LD blocks, JSON string escapes undone. */
    private static String jsonLd(Document doc, Pattern pattern) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = pattern.matcher(script.data());
            if (m.find()) {
                return emptyToNull(unescapeJson(m.group(1)).trim());
            }
        }
        return null;
    }

    private static String unescapeJson(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < s.length()) {
                        try {
                            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            i += 4;
                        } catch (NumberFormatException notHex) {
                            out.append('u');
                        }
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(next); // \" \\ \/
            }
        }
        return out.toString();
    }

    /** The calendar date a timestamp starts with, as written (no time-zone shift), if it is a real date. */
    private static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE_PREFIX.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1)).toString();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
