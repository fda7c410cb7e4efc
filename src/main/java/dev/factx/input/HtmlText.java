package dev.factx.input;

import dev.factx.normalize.Lexicon;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The text of an HTML page as a reader sees it: one {@link Block} per paragraph, heading, list
 * item or table row, in reading order, each knowing the element it stands in and how much of it
 * is link text, so that the article can be told from the page furniture around it.
 *
 * <p>Paragraphs are cut at every block element rather than taken from {@code body().text()},
 * which runs the headline, list items and menus together into one line and so defeats sentence
 * splitting. A single {@code <br>} is a space, two in a row end the paragraph; the cells of a
 * table row are joined by {@code " | "}. The tree is walked iteratively (deeply nested pages would
 * overflow a recursive walk), once.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlText {

    // CSS queries parsed once, not on every page (Element.select(String) parses its query each call).
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");

    /**
     * Elements that do not break a paragraph. Everything else does, so that an unknown or custom
     * element errs on the side of a paragraph break rather than gluing two blocks together.
     */
    private static final Set<String> INLINE_TAGS = Lexicon.words(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn",
            "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp",
            "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture", "source");

    static final String CELL_SEPARATOR = " | ";

    private HtmlText() {
    }

    static boolean isInline(String tag) {
        return INLINE_TAGS.contains(tag);
    }

    /** What kind of block a paragraph is, as far as telling article from furniture goes. */
    enum Role { TEXT, HEADING, LIST_ITEM, TABLE_ROW }

    /**
     * One paragraph of the page.
     *
     * @param index     position in reading order
     * @param text      the text, white space folded
     * @param owner     the innermost block element the text stands in
     * @param role      paragraph, heading, list item or table row
     * @param level     the heading level, 1 to 6, or 0
     * @param chars     letters, digits and punctuation (no white space)
     * @param linkChars of those, the ones inside links
     * @param hasTime   whether a {@code <time>} element is part of it (bylines and datelines)
     * @param caption   whether it is a figure or table caption, a table note or other caption text
     * @param figureExtra whether it is text inside a captioned figure but outside the caption
     *                    (a credit on the picture, "Enlarge this image")
     */
    record Block(int index, String text, Element owner, Role role, int level, int chars, int linkChars,
                 boolean hasTime, boolean caption, boolean figureExtra) {

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        int ownChars() {
            return chars - linkChars;
        }

        boolean heading() {
            return role == Role.HEADING;
        }
    }

    /**
     * The blocks of a page and, per block element, the sums over the blocks inside it.
     *
     * @param blocks the blocks in reading order
     * @param sums   per block element that holds text: weight, prose, characters, link characters
     *               and the range of block indexes inside it
     */
    record Text(List<Block> blocks, Map<Element, ContentScorer.Sums> sums) {
    }

    /** The blocks of {@code root}, skipping the subtrees of {@code skipped} elements, with their sums per element. */
    static Text read(Element root, Set<Element> skipped) {
        Collector c = new Collector(skipped);
        NodeTraversor.filter(c, root);
        c.flush();
        return new Text(c.blocks, c.sums);
    }

    /** Lists and tables: however many links they hold, they weigh at most this little, as one piece of furniture. */
    private static final double LIST_FLOOR = -2.5;

    private static final Set<String> LISTS = Lexicon.words("ul", "ol", "dl", "menu", "table", "tbody", "thead", "tfoot");

    private static final class Collector implements NodeFilter {
        private final Set<Element> skipped;
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final Deque<Element> owners = new ArrayDeque<>();
        /** The sums of the open block elements, innermost on top: added up as the walk leaves each one. */
        private final Deque<ContentScorer.Sums> open = new ArrayDeque<>();
        private final Map<Element, ContentScorer.Sums> sums = new IdentityHashMap<>();
        /** Innermost figure, and whether it has a caption of its own. */
        private final Deque<Boolean> figures = new ArrayDeque<>();
        private int chars;
        private int linkChars;
        private boolean hasTime;
        private int links;
        private int headings;
        private int headingLevel;
        private int listItems;
        private int tableRows;
        private int captions;
        /** Inside a figure's caption, a table, or a quote: what a captioned figure keeps. */
        private int figureContent;
        /** A single {@code <br>} is a soft line break; a second one in a row ends the paragraph. */
        private boolean afterLineBreak;

        Collector(Set<Element> skipped) {
            this.skipped = skipped;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String s = text.getWholeText();
                if (!s.isBlank()) {
                    afterLineBreak = false;
                    int n = countChars(s);
                    chars += n;
                    if (links > 0) {
                        linkChars += n;
                    }
                }
                current.append(s);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (skipped.contains(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            switch (tag) {
                case "br" -> {
                    if (afterLineBreak) {
                        flush();
                    } else {
                        current.append(' ');
                        afterLineBreak = true;
                    }
                    return FilterResult.CONTINUE;
                }
                case "td", "th" -> {
                    if (!current.toString().isBlank()) {
                        current.append(CELL_SEPARATOR);
                    }
                    return FilterResult.CONTINUE;
                }
                case "a" -> links++;
                case "time" -> hasTime = true;
                default -> {
                }
            }
            if (!INLINE_TAGS.contains(tag)) {
                flush();
                owners.push(e);
                open.push(new ContentScorer.Sums());
                enter(e, tag, +1);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                links--;
            }
            if (!INLINE_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("td") && !tag.equals("th")) {
                flush();
                owners.pop();
                enter(e, tag, -1);
                ContentScorer.Sums s = open.pop();
                if (LISTS.contains(tag) && s.negative < LIST_FLOOR) {
                    s.weight += LIST_FLOOR - s.negative; // a long link list is one piece of furniture, not fifty
                    s.negative = LIST_FLOOR;
                }
                if (s.last >= 0) {
                    sums.put(e, s);
                    if (!open.isEmpty()) {
                        open.peek().add(s);
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Counts the contexts a block element opens ({@code step} +1) or closes (-1). */
        private void enter(Element e, String tag, int step) {
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    headings += step;
                    headingLevel = step > 0 ? tag.charAt(1) - '0' : 0;
                }
                case "li", "dd", "dt" -> listItems += step;
                case "tr" -> tableRows += step;
                case "figcaption", "caption", "tfoot" -> {
                    captions += step;
                    figureContent += step;
                }
                case "table", "blockquote" -> figureContent += step;
                case "figure" -> {
                    if (step > 0) {
                        figures.push(e.selectFirst(FIGCAPTION) != null);
                    } else {
                        figures.pop();
                    }
                }
                default -> {
                }
            }
        }

        void flush() {
            String p = HtmlReader.fold(current);
            if (!p.isEmpty()) {
                Role role = headings > 0 ? Role.HEADING
                        : tableRows > 0 ? Role.TABLE_ROW
                        : listItems > 0 ? Role.LIST_ITEM
                        : Role.TEXT;
                boolean inFigure = !figures.isEmpty();
                boolean captioned = inFigure && figures.peek();
                Block b = new Block(blocks.size(), p, owners.peek(), role, headings > 0 ? headingLevel : 0,
                        chars, Math.min(linkChars, chars), hasTime, captions > 0 || (inFigure && !captioned),
                        captioned && figureContent == 0);
                blocks.add(b);
                if (!open.isEmpty()) {
                    open.peek().add(b);
                }
            }
            current.setLength(0);
            afterLineBreak = false;
            chars = 0;
            linkChars = 0;
            hasTime = false;
        }

        private static int countChars(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c > ' ' && c < '\u007F') || (!Character.isWhitespace(c) && !Character.isSpaceChar(c))) {
                    n++; // printable ASCII first: the general tests cost more
                }
            }
            return n;
        }
    }
}
