package dev.factx.input;

import dev.factx.input.HtmlText.Block;
import dev.factx.input.HtmlText.Role;
import dev.factx.normalize.Lexicon;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds where the article text of a page is, in the manner of Readability and boilerpipe, but
 * without site rules: every block of text gets a weight, positive for prose (long, with commas
 * and sentence ends, little of it link text) and negative for furniture (short labels, link
 * lists); every element gets the sum of the weights of the blocks inside it; and the element
 * with the greatest sum, nudged by what its tag and name say ({@code article},
 * {@code itemprop=articleBody}, {@code class="entry-content"}), is the article's container. It
 * takes in all the prose and leaves out the link lists and labels around it, because those
 * would lower its sum.
 *
 * <p>It also finds the page's article units: {@code article} elements (and article-typed
 * microdata) with prose of their own, not a teaser card whose headline is a link. Two or more
 * of them are several articles on one page (a live blog's posts, the next story printed in full).
 *
 * <p>One instance serves one page; not thread-safe.
 */
final class ContentScorer {

    /** Per element: the sums over the blocks inside it, and the range of their indexes. */
    static final class Sums {
        double weight;
        /** The part of {@code weight} that negative blocks make up (lists cap it). */
        double negative;
        int prose;
        int chars;
        int linkChars;
        int first = Integer.MAX_VALUE;
        int last = -1;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        void add(HtmlText.Block b) {
            double w = ContentScorer.weight(b);
            weight += w;
            negative += Math.min(w, 0);
            prose += isProse(b) ? b.ownChars() : 0;
            chars += b.chars();
            linkChars += b.linkChars();
            first = Math.min(first, b.index());
            last = Math.max(last, b.index());
        }

        void add(Sums inner) {
            weight += inner.weight;
            negative += inner.negative;
            prose += inner.prose;
            chars += inner.chars;
            linkChars += inner.linkChars;
            first = Math.min(first, inner.first);
            last = Math.max(last, inner.last);
        }
    }

    /** Words of a class or id that name the article's text ({@code entry-content}, {@code story-body}). */
    private static final Set<String> CONTENT_WORDS = Lexicon.words(
            "article", "body", "content", "entry", "hentry", "story", "post", "text", "main", "blog", "prose",
            "richtext", "paragraphs");
    private static final ComponentNames CONTENT = new ComponentNames(CONTENT_WORDS, Set.of());

    /** Prose: a block that ends like a sentence and is not mostly a link. */
    private static final int MIN_PROSE_CHARS = 30;

    /** An article unit needs at least this much prose of its own. */
    private static final int MIN_UNIT_PROSE = 50;

    private final List<Block> blocks;
    private final Map<Element, Sums> sums;

    ContentScorer(HtmlText.Text text) {
        this.blocks = text.blocks();
        this.sums = text.sums();
    }

    /** The sums of an element, or null when it holds no text. */
    Sums sums(Element e) {
        return sums.get(e);
    }

    /**
     * How much a block says "article": its own (non-link) characters per hundred, up to five,
     * a quarter for each comma up to five, a half for ending like a sentence (a quarter less for
     * not), less one for every 40 characters of link text, up to three. So prose weighs up to
     * seven, a short sentence about one, a label ("Transport correspondent") a little less than
     * nothing and a link ("Five ways to save £500") clearly less; link text is what marks
     * furniture, since a short article among a few labels must still outweigh its best
     * paragraph. A heading
     * weighs nothing (a link heading, -1); a list item, table row or caption that is not mostly
     * links never weighs less than nothing, so that data tables and lists of short items do not
     * push the container away from the article they are part of.
     */
    static double weight(Block b) {
        if (b.heading()) {
            return b.linkDensity() > 0.5 ? -1 : 0;
        }
        int commas = 0;
        String t = b.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001') {
                commas++;
            }
        }
        double w = Math.min(b.ownChars(), 500) / 100.0 + Math.min(commas, 5) * 0.25
                + (endsLikeSentence(t) ? 0.5 : -0.25) - Math.min(b.linkChars() / 40.0, 3);
        double linkLimit = b.role() == Role.TABLE_ROW ? 0.8 : 0.5; // a data row may link its first cell's name
        if ((b.role() == Role.LIST_ITEM || b.role() == Role.TABLE_ROW || b.caption()) && b.linkDensity() <= linkLimit) {
            w = Math.max(w, 0);
        }
        return w;
    }

    /** A sentence or more of text, not a label or a link: ends like a sentence, has some length, few links. */
    static boolean isProse(Block b) {
        return !b.heading() && b.ownChars() >= MIN_PROSE_CHARS && b.linkDensity() < 0.3 && endsLikeSentence(b.text());
    }

    /**
     * True when the text ends as a sentence does: with {@code . ! ? …} (or their CJK forms),
     * perhaps followed by closing quotes or brackets; or with a colon after some words (a lead-in
     * to a list), but not a short label's colon ("Topics:").
     */
    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c == ':') {
            return text.length() >= 30;
        }
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    /**
     * The element inside {@code within} (or {@code within} itself) whose blocks weigh most, its
     * weight multiplied by what its tag and name promise; null when nothing there weighs more
     * than nothing. On a tie the inner element wins, so that an empty wrapper adds nothing.
     */
    Element best(Element within) {
        Sums range = sums.get(within);
        if (range == null) {
            return null;
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        List<Element> chain = new ArrayList<>();
        for (int i = range.first; i <= range.last; i++) {
            chain.clear();
            for (Element e = blocks.get(i).owner(); e != null && seen.putIfAbsent(e, Boolean.TRUE) == null;
                    e = e == within ? null : e.parent()) {
                chain.add(e);
            }
            // outer elements first, so that an inner element with the same score replaces its ancestor
            for (int k = chain.size() - 1; k >= 0; k--) {
                Element e = chain.get(k);
                if (HtmlText.isInline(e.normalName())) {
                    continue;
                }
                double score = score(e);
                if (score > 0 && score >= bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** The element's weight, multiplied (when positive) by the promise of its tag and name. */
    double score(Element e) {
        Sums s = sums.get(e);
        if (s == null) {
            return 0;
        }
        return s.weight > 0 ? s.weight * promise(e) : s.weight;
    }

    /**
     * How strongly the markup says the element is the article text: {@code itemprop=articleBody}
     * most, then {@code article} (or article microdata), then {@code main}, then a content word in
     * its class or id. A hint, not a rule: it breaks near-ties between a container and its
     * wrappers, it does not make a link list an article.
     */
    static double promise(Element e) {
        double m = 1;
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            m *= 1.3;
        }
        if (isUnitElement(e)) {
            m *= 1.15;
        }
        if (e.normalName().equals("main") || e.attr("role").equalsIgnoreCase("main")) {
            m *= 1.05;
        }
        if (CONTENT.named(e)) {
            m *= 1.1;
        }
        return m;
    }

    /** An {@code article} element or an element typed as an article or blog post by microdata. */
    static boolean isUnitElement(Element e) {
        if (e.normalName().equals("article")) {
            return true;
        }
        String type = e.attr("itemtype");
        return !type.isEmpty() && (type.endsWith("Article") || type.endsWith("BlogPosting") || type.endsWith("Report"));
    }

    /**
     * The page's article units, in reading order: unit elements with prose of their own (not
     * counting units inside them) and at most half link text, whose first heading is not a link
     * (a teaser card's is); of units inside one another, only the innermost.
     */
    List<Element> units(List<Element> candidates) {
        Map<Element, int[]> own = new IdentityHashMap<>(); // prose, first heading index, first prose index
        // each block belongs to the innermost candidate around it: candidates' block ranges nest, so the smallest wins
        List<Element> bySize = new ArrayList<>();
        for (Element u : candidates) {
            if (sums.containsKey(u)) {
                bySize.add(u);
            }
        }
        bySize.sort(java.util.Comparator.comparingInt(u -> sums.get(u).last - sums.get(u).first));
        boolean[] assigned = new boolean[blocks.size()];
        for (Element unit : bySize) {
            Sums range = sums.get(unit);
            int[] o = own.computeIfAbsent(unit, k -> new int[] {0, -1, -1});
            for (int i = range.first; i <= range.last; i++) {
                if (assigned[i]) {
                    continue;
                }
                assigned[i] = true;
                Block b = blocks.get(i);
                if (isProse(b)) {
                    o[0] += b.ownChars();
                    if (o[2] < 0) {
                        o[2] = b.index();
                    }
                }
                if (b.heading() && (o[1] < 0 || b.index() < o[1])) {
                    o[1] = b.index();
                }
            }
        }
        List<Element> qualified = new ArrayList<>();
        for (Element u : candidates) {
            int[] o = own.get(u);
            Sums s = sums.get(u);
            if (o == null || s == null || o[0] < MIN_UNIT_PROSE || s.linkDensity() > 0.5) {
                continue;
            }
            boolean linkHeadline = o[1] >= 0 && (o[2] < 0 || o[1] < o[2]) && blocks.get(o[1]).linkDensity() > 0.5;
            if (!linkHeadline) {
                qualified.add(u);
            }
        }
        List<Element> innermost = new ArrayList<>();
        for (Element u : qualified) {
            boolean holdsAnother = false;
            for (Element v : qualified) {
                if (v != u && isInside(v, u)) {
                    holdsAnother = true;
                    break;
                }
            }
            if (!holdsAnother) {
                innermost.add(u);
            }
        }
        return innermost;
    }

    /** True when {@code e} is {@code ancestor} or inside it. */
    static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
