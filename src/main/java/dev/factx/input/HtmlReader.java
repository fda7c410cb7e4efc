package dev.factx.input;

import dev.factx.input.HtmlText.Block;
import dev.factx.input.HtmlText.Role;
import dev.factx.normalize.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns a saved HTML news page into the text a reader sees in its article or articles, plus the
 * headline, publication date, author, site name and address the page declares.
 *
 * <p>How, in the order it happens (one parse, a few linear passes):
 * <ol>
 * <li>The page's metadata is read ({@link HtmlMetadata}), and the visible headline is found: the
 *     heading that matches the page's declared title.
 * <li>Page furniture is marked ({@link FurnitureMarker}): hidden elements, the page frame,
 *     elements named as furniture, teaser lists.
 * <li>The rest becomes blocks of text ({@link HtmlText}) and is scored ({@link ContentScorer}):
 *     the best-scoring element is the article's container; {@code article} elements with prose
 *     of their own, when there are two or more, are articles of their own, and the text around
 *     them (a live blog's introduction) is one more.
 * <li>Each article keeps its container's blocks, and, from the rest of its {@code article}
 *     element or the part between the headline and the container, only prose and captions
 *     (a standfirst, a hero image's caption). Then a last sweep drops what is furniture by its
 *     place and form: link lists and promos, bylines and time stamps, labels above the headline
 *     (section kickers) and around the text's start and end (author names, "Share this"),
 *     picture text outside a figure's caption, headings left with nothing under them, and photo
 *     credits at the end of captions.
 * </ol>
 * When the strict reading finds no prose at all, the page is read again marking only what is
 * never shown, so that a wrapper named like furniture cannot hide a whole article.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReader {

    // CSS queries parsed once, not on every page (Element.select(String) parses its query each call).
    private static final Evaluator SITE_NAVIGATION = QueryParser.parse("nav, [role=navigation], a[href=/]");
    private static final Evaluator AUTHOR_ELEMENTS = QueryParser.parse("[itemprop=author], [rel=author], [class*=byline], [class*=author]");
    private static final Evaluator ITEM_NAME = QueryParser.parse("[itemprop=name]");
    private static final Evaluator PUBLISHED_TIMES = QueryParser.parse("time[datetime], [itemprop=datePublished]");

    private static final Furniture LINES = new Furniture();
    private static final FurnitureMarker MARKER = new FurnitureMarker(LINES);

    /** "By Ruth Okafor", "Posted by Owen Doyle", "Words by ...": a byline's opening; group 1 is the name. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:[Bb]y|BY|[Pp]osted by|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Rr]eported by|[Ss]tory by|[Tt]ext by)[: ]\\s*"
            + "(\\p{Lu}[\\p{L}.'’-]{0,30}(?: (?:\\p{Lu}[\\p{L}.'’-]{0,30}|and|&|de|van|von|da|del|bin|al-?)){0,5})");

    /** "Published: ...", "Updated 2 days ago", "Posted on ...", "Last modified ...": a time stamp's opening. */
    private static final Pattern STAMP = Pattern.compile(
            "(?i)(?:first |last )?(?:published|updated|posted|modified|created)\\b.{0,100}");

    /**
     * A credit inside a caption: "Photo: Ann Lee/Agency", "Image source, PA", "Source: ...",
     * "(Photograph by ...)", "© ...". It starts the caption or follows a sentence's end or an
     * opening bracket, and runs to the caption's end.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?:^|(?<=[.!?”\"’)])\\s+|\\s*\\()(?:"
            + "(?:photo(?:graph)?s?|pictures?|images?(?: source)?|chart|graphics?|illustrations?|maps?|videos?|footage"
            + "|sources?|credits?|data)(?: by)?\\s*[:,]|(?:photo(?:graph)?|picture|image)s? by |©|\\(c\\) )");

    /** At the very start of a caption, "Chart:" and "Map:" name the figure rather than credit it. */
    private static final Pattern TITLE_NOT_CREDIT = Pattern.compile("(?i)(?:chart|graphics?|illustrations?|maps?|videos?|data)\\b.*");

    /** "Workers at the plant. Ann Lee/Agency": a name and an agency after the caption's last sentence. */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?<=[.!?])\\s+\\p{Lu}[\\p{L}.'’& -]{0,60}/\\p{Lu}[\\p{L}.'’& -]{0,60}$");

    /** The longest credit removed from a caption; longer tails are text. */
    private static final int MAX_CREDIT = 160;

    /** A block more than half link text is a link list or promo; a table row only when nearly all of it is (a linked name in a data row is not). */
    private static final double MAX_LINKS = 0.5;
    private static final double MAX_ROW_LINKS = 0.8;

    /** A headline and a container with only the body in common are one article when at most this many blocks stand between. */
    private static final int MAX_LEAD_BLOCKS = 8;

    /** Labels: short text that does not end like a sentence ("Transport correspondent", "Share"). */
    private static final int LABEL_CHARS = 40;
    private static final int LABEL_WORDS = 6;

    private HtmlReader() {
    }

    /**
     * Reads one HTML page.
     *
     * @param html the page source, already decoded
     * @return the page's articles and metadata; no articles when the page shows no text
     */
    public static HtmlPage read(String html) {
        Document doc = Jsoup.parse(html);
        PageElements page = PageElements.of(doc);
        HtmlMetadata meta = HtmlMetadata.of(doc, page);
        Element body = doc.body();
        Element headline = headlineElement(page, meta.titles());

        Reading reading = new Reading(body, page, meta, headline, false);
        if (!reading.hasProse()) {
            Reading lenient = new Reading(body, page, meta, headline, true);
            if (lenient.hasProse()) {
                reading = lenient;
            } else if (meta.ld.articleBody() != null) {
                // a page whose text a script renders: the JSON-LD articleBody is all there is to read
                reading.useArticleBody(meta.ld.articleBody(), meta);
            }
        }
        String site = meta.siteName != null ? meta.siteName : siteFromTitleTag(meta, reading.headlineText);
        String author = meta.author != null || reading.articles.isEmpty() ? meta.author : reading.articles.get(0).author();
        return new HtmlPage(reading.title, reading.pageDate, author, site, meta.url, footerYear(body), reading.articles);
    }

    /**
     * The site's name from the {@code <title>}: the end part that is not the visible headline
     * ({@code Site | Headline} as well as {@code Headline | Site}); without a visible headline,
     * the last part.
     */
    private static String siteFromTitleTag(HtmlMetadata meta, String headline) {
        List<String> parts = meta.titleParts();
        if (parts.size() < 2) {
            return null;
        }
        if (headline != null && key(parts.get(parts.size() - 1)).equals(key(headline))) {
            return parts.get(0);
        }
        return meta.siteFromTitleTag();
    }

    /** Words that name a page's banner: its logo and the site's name shown as a heading. */
    private static final Set<String> BANNER_WORDS = Lexicon.words("logo", "brand", "branding", "masthead", "sitename");
    private static final Set<String> BANNER_PAIRS = Lexicon.words("site title", "site name", "site logo");
    private static final ComponentNames BANNER = new ComponentNames(BANNER_WORDS, BANNER_PAIRS);

    /**
     * True for a heading in the page's banner (the site's name as a logo), which is never the
     * headline: inside {@code role=banner}, an element named as a logo or masthead, or a
     * {@code header} that holds the site's navigation or a link home, or stands outside the
     * page's {@code main}. (An article's own {@code header} holds none of these.)
     */
    private static boolean inBanner(Element h, boolean pageHasMain) {
        for (Element p = h; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
            if (p.attr("role").equalsIgnoreCase("banner") || BANNER.named(p)) {
                return true;
            }
            if (tag.equals("header") && (pageHasMain || p.selectFirst(SITE_NAVIGATION) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The visible headline: the first {@code h1}–{@code h3} (or {@code itemprop=headline}) whose
     * text is one of the page's declared titles, or starts one, or starts with one; null when none
     * matches (the first visible {@code h1} is then taken after the furniture is known).
     */
    private static Element headlineElement(PageElements page, List<String> titles) {
        if (titles.isEmpty()) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (String t : titles) {
            keys.add(key(t));
        }
        List<Element> headings = page.headings;
        boolean pageHasMain = page.main != null;
        List<String> texts = new ArrayList<>();
        for (Element h : headings) {
            texts.add(key(h.text()));
        }
        for (String t : keys) {
            for (int i = 0; i < headings.size(); i++) {
                String k = texts.get(i);
                if (k.length() >= 8 && !inBanner(headings.get(i), pageHasMain) && (k.equals(t) || (t.startsWith(k) && k.length() * 5 >= t.length() * 4)
                        || (k.startsWith(t) && t.length() * 5 >= k.length() * 4))) {
                    return headings.get(i);
                }
            }
        }
        return null;
    }

    private static String key(String s) {
        String k = fold(s).toLowerCase(Locale.ROOT);
        while (!k.isEmpty() && ".!?:".indexOf(k.charAt(k.length() - 1)) >= 0) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    /** One reading of the page, strict or lenient: its articles and the title and date they were given. */
    private static final class Reading {
        final List<HtmlArticle> articles = new ArrayList<>();
        final String title;
        /** The visible headline's text, or null. */
        final String headlineText;
        String pageDate;
        private boolean prose;

        private final Set<Element> marked;
        private final List<Block> blocks;
        private final ContentScorer scorer;
        private final HtmlMetadata meta;

        Reading(Element body, PageElements page, HtmlMetadata meta, Element titled, boolean lenient) {
            this.meta = meta;
            this.marked = MARKER.mark(body, page, titled, lenient);
            HtmlText.Text text = HtmlText.read(body, marked);
            this.blocks = text.blocks();
            this.scorer = new ContentScorer(text);
            Element headline = titled != null && !insideMarked(titled) ? titled : firstVisibleH1(page);
            Block headlineBlock = headline == null ? null : firstBlockIn(headline);
            this.headlineText = headlineBlock == null ? null : headlineBlock.text();
            this.title = HtmlMetadata.firstNonBlank(meta.headTitle(), headlineText, meta.cleanTitleTag());

            List<Element> candidates = new ArrayList<>();
            for (Element e : page.articlesOrItems) {
                if (ContentScorer.isUnitElement(e) && !insideMarked(e)) {
                    candidates.add(e);
                }
            }
            List<Element> units = peersOfTheHeadlines(scorer.units(candidates), headline);
            Element best = scorer.best(body);

            if (units.size() >= 2) {
                this.pageDate = meta.publishedDate != null ? meta.publishedDate : dateIn(body);
                readSeveral(body, units, best, headlineBlock);
            } else {
                readOne(body, units, candidates, best, headline, headlineBlock);
            }
        }

        /**
         * One article: the best container (or, when an article element holds the headline or
         * most of the prose, the best container inside it), and from the rest of its article
         * element or the part between the headline and it, prose and captions.
         */
        private void readOne(Element body, List<Element> units, List<Element> candidates, Element best,
                             Element headline, Block headlineBlock) {
            Element headArticle = headline == null ? null : enclosingUnit(headline, body);
            if (headArticle != null && (scorer.sums(headArticle) == null || scorer.sums(headArticle).prose == 0)) {
                headArticle = null; // an article element around the header only
            }
            Element unit = !units.isEmpty() ? outermostUnit(units.get(0), candidates)
                    : headArticle != null ? headArticle : enclosingUnit(best, body);
            Element scope = null;
            Element core = best;
            if (unit != null) {
                if (core == null || ContentScorer.isInside(core, unit)) {
                    scope = unit;
                    core = core == null ? unit : core;
                } else if (ContentScorer.isInside(unit, core)) {
                    // an article element inside a larger block of text: the markup says where the article is,
                    // when it holds the headline or most of the prose (the rest being unnamed comments, say)
                    ContentScorer.Sums us = scorer.sums(unit);
                    ContentScorer.Sums cs = scorer.sums(core);
                    if (unit == headArticle || (us != null && cs != null && us.prose * 2 >= cs.prose)) {
                        scope = unit;
                        core = scorer.best(unit) == null ? unit : scorer.best(unit);
                    }
                } else if (scorer.score(unit) * 2 >= scorer.score(core)) {
                    // the page's article element, though something else outweighs it (a long comment thread)
                    scope = unit;
                    core = scorer.best(unit) == null ? unit : scorer.best(unit);
                }
            }
            pageDate = meta.publishedDate != null ? meta.publishedDate : pageDateAround(scope, core, headline, body);
            if (core == null) {
                if (title != null) {
                    // no text at all: the headline is still the article's, with its figures
                    articles.add(new HtmlArticle(title, title, pageDate, meta.author));
                }
                return;
            }
            boolean[] inCore = new boolean[blocks.size()];
            boolean[] inScope = new boolean[blocks.size()];
            markRange(inCore, core);
            for (Element sibling : sameKindSiblings(core)) {
                markRange(inCore, sibling);
            }
            if (scope != null) {
                markLead(inScope, scope, core);
            }
            Element start = scope != null ? scope : core;
            if (headlineBlock != null && !ContentScorer.isInside(headline, start)) {
                leadBetween(headline, headlineBlock, start, body, inScope);
            }
            List<Block> selected = new ArrayList<>();
            List<Boolean> peripheral = new ArrayList<>();
            for (Block b : blocks) {
                if (inCore[b.index()] || inScope[b.index()] || b == headlineBlock) {
                    selected.add(b);
                    peripheral.add(!inCore[b.index()]);
                }
            }
            String author = meta.author != null ? meta.author : authorIn(scope != null ? scope : body);
            add(selected, peripheral, headlineBlock, title, pageDate, author, true);
        }

        boolean hasProse() {
            return prose;
        }

        /** Replaces the articles by one made of the JSON-LD {@code articleBody}, a paragraph per line. */
        void useArticleBody(String text, HtmlMetadata meta) {
            List<String> paragraphs = new ArrayList<>();
            if (title != null) {
                paragraphs.add(title);
            }
            for (String line : text.split("\\R")) {
                String p = fold(line);
                if (!p.isEmpty() && !paragraphs.contains(p)) {
                    paragraphs.add(p);
                }
            }
            articles.clear();
            articles.add(new HtmlArticle(title, String.join("\n\n", paragraphs), pageDate, meta.author));
        }

        /** Several articles: each unit, and each run of prose between them inside the page's text. */
        private void readSeveral(Element body, List<Element> units, Element best, Block pageHeadline) {
            boolean containsAll = best != null;
            for (Element u : units) {
                containsAll &= best != null && ContentScorer.isInside(u, best);
            }
            Element region = containsAll ? best : lowestCommonAncestor(units.get(0), units.get(units.size() - 1), body);
            ContentScorer.Sums r = scorer.sums(region);
            List<Block> run = new ArrayList<>();
            int u = 0;
            for (int i = r == null ? 0 : r.first; r != null && i <= r.last; i++) {
                ContentScorer.Sums us = u < units.size() ? scorer.sums(units.get(u)) : null;
                if (us != null && i == us.first) {
                    addRun(run, pageHeadline, articles.isEmpty());
                    run.clear();
                    addUnit(units.get(u));
                    i = us.last;
                    u++;
                    continue;
                }
                run.add(blocks.get(i));
            }
            addRun(run, pageHeadline, articles.isEmpty());
        }

        /**
         * When the headline stands in one of the units, the others are further stories only if
         * they are its peers (the same parent, or the same tag and class: the next story printed
         * in full); article elements elsewhere (comments marked up as articles) are not.
         */
        private List<Element> peersOfTheHeadlines(List<Element> units, Element headline) {
            Element main = null;
            for (Element u : units) {
                if (headline != null && ContentScorer.isInside(headline, u)) {
                    main = u;
                }
            }
            if (main == null) {
                return units;
            }
            List<Element> peers = new ArrayList<>();
            for (Element u : units) {
                if (u == main || u.parent() == main.parent()
                        || (u.normalName().equals(main.normalName()) && u.className().equals(main.className()))) {
                    peers.add(u);
                }
            }
            return peers;
        }

        /** Text of the page between or around the units: an article when it has prose (a live blog's introduction). */
        private void addRun(List<Block> run, Block pageHeadline, boolean first) {
            if (run.isEmpty()) {
                return;
            }
            boolean hasHeadline = pageHeadline != null && run.contains(pageHeadline);
            Block heading = hasHeadline ? pageHeadline : null;
            for (int i = 0; heading == null && i < run.size(); i++) {
                if (run.get(i).heading() && run.get(i).linkDensity() <= 0.5) {
                    heading = run.get(i);
                }
            }
            boolean pageIntro = hasHeadline || (first && pageHeadline == null);
            String runTitle = pageIntro ? title : heading == null ? null : heading.text();
            List<Boolean> core = new ArrayList<>(Collections.nCopies(run.size(), Boolean.FALSE));
            int before = articles.size();
            add(run, core, heading, runTitle, pageIntro ? pageDate : null, pageIntro ? meta.author : null, false);
            if (articles.size() > before && !articleHasProse(articles.get(articles.size() - 1))) {
                articles.remove(articles.size() - 1);
            }
        }

        /** One unit: its best container, and prose and captions from the rest of it. */
        private void addUnit(Element unit) {
            Element core = scorer.best(unit);
            core = core == null ? unit : core;
            ContentScorer.Sums us = scorer.sums(unit);
            Block heading = null;
            for (int i = us.first; i <= us.last; i++) {
                Block b = blocks.get(i);
                if (ContentScorer.isProse(b)) {
                    break;
                }
                if (b.heading() && b.linkDensity() <= 0.5) {
                    heading = b;
                    break;
                }
            }
            String unitTitle = heading == null ? null : heading.text();
            String date = dateIn(unit);
            if (date == null && unitTitle != null) {
                for (JsonLd.Dated d : meta.ld.datedHeadlines()) {
                    if (key(d.headline()).equals(key(unitTitle))) {
                        date = HtmlMetadata.isoDate(d.datePublished());
                        break;
                    }
                }
            }
            if (date == null && unitTitle != null && title != null && key(unitTitle).equals(key(title))) {
                date = pageDate;
            }
            if (unitTitle != null && title != null && key(unitTitle).equals(key(title))) {
                unitTitle = title;
            }
            ContentScorer.Sums cs = scorer.sums(core);
            List<Block> selected = new ArrayList<>();
            List<Boolean> peripheral = new ArrayList<>();
            for (int i = us.first; i <= us.last; i++) {
                if (cs != null && i > cs.last) {
                    break; // after the post's text: its footer
                }
                selected.add(blocks.get(i));
                peripheral.add(cs == null || i < cs.first);
            }
            add(selected, peripheral, heading, unitTitle, date, authorIn(unit), false);
        }

        /**
         * Builds one article from its blocks in reading order ({@code peripheral} ones keep only
         * prose and captions) and adds it when it has any text.
         */
        private void add(List<Block> selected, List<Boolean> peripheral, Block headline, String articleTitle,
                         String date, String author, boolean mayHoldSeveral) {
            List<Block> kept = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String byline = null;
            String dateline = null;
            for (int i = 0; i < selected.size(); i++) {
                Block b = selected.get(i);
                if (b == headline) {
                    kept.add(b);
                    texts.add(b.text());
                    seen.add(b.text());
                    continue;
                }
                if (b.figureExtra() || b.linkDensity() > (b.role() == Role.TABLE_ROW ? MAX_ROW_LINKS : MAX_LINKS)) {
                    continue; // text on a picture outside its caption; link lists, "Read more: ..." promos
                }
                if (isBylineOrStamp(b)) {
                    Matcher m = BYLINE.matcher(b.text());
                    if (byline == null && m.lookingAt()) {
                        byline = m.group(1);
                    }
                    dateline = dateline == null && hasDigit(b.text()) ? b.text() : dateline;
                    continue;
                }
                String text = b.caption() ? withoutCredit(b.text()) : b.text();
                Furniture.LineKind kind = text.isEmpty() ? Furniture.LineKind.FURNITURE : LINES.classify(text);
                if (kind != Furniture.LineKind.CONTENT) {
                    if (kind == Furniture.LineKind.PUBLISHED && dateline == null && hasDigit(text)) {
                        dateline = text;
                    }
                    continue; // "Advertisement", "Share this article", "3 hours ago", "Photo: ...": furniture whatever the markup
                }
                if (peripheral.get(i) && !(ContentScorer.isProse(b) || b.caption())) {
                    continue;
                }
                if (!seen.add(text)) {
                    continue; // the same text twice (a repeated headline, a mobile copy of a block)
                }
                kept.add(b);
                texts.add(text);
            }
            dropByPlace(kept, texts, headline);
            // the headline first, as a reader meets it
            int h = headline == null ? -1 : kept.indexOf(headline);
            if (h > 0) {
                kept.add(0, kept.remove(h));
                texts.add(0, texts.remove(h));
            } else if (h < 0 && articleTitle != null && !texts.contains(articleTitle)) {
                // the page names a headline the text does not show: it still opens the article, with its figures
                kept.add(0, null);
                texts.add(0, articleTitle);
            }
            if (texts.isEmpty()) {
                return;
            }
            for (Block b : kept) {
                prose |= b != null && ContentScorer.isProse(b);
            }
            List<Integer> starts = mayHoldSeveral ? storyStarts(kept) : List.of();
            String undated = date == null ? dateline : null;
            if (starts.isEmpty()) {
                articles.add(new HtmlArticle(articleTitle, String.join("\n\n", texts), date,
                        author != null ? author : byline, undated));
                return;
            }
            // several stories printed one after the other without article elements, each under its own h1
            for (int k = 0; k <= starts.size(); k++) {
                int from = k == 0 ? 0 : starts.get(k - 1);
                int to = k == starts.size() ? kept.size() : starts.get(k);
                String partTitle = k == 0 ? articleTitle : kept.get(from).text();
                articles.add(new HtmlArticle(partTitle, String.join("\n\n", texts.subList(from, to)),
                        k == 0 ? date : null, k == 0 ? (author != null ? author : byline) : null, k == 0 ? undated : null));
            }
        }

        /**
         * Where further stories start in one article's blocks: at every {@code h1} after the
         * first that is followed by prose of its own, when the {@code h1}s do not stand in one
         * {@code article} element (whose sections may each have an {@code h1}). Empty when the
         * blocks are one story.
         */
        private List<Integer> storyStarts(List<Block> kept) {
            List<Integer> h1s = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                Block b = kept.get(i);
                if (b != null && b.heading() && b.level() == 1) {
                    h1s.add(i);
                }
            }
            if (h1s.size() < 2) {
                return List.of();
            }
            Element firstArticle = enclosingUnit(kept.get(h1s.get(0)).owner(), null);
            List<Integer> starts = new ArrayList<>();
            for (int k = 1; k < h1s.size(); k++) {
                int at = h1s.get(k);
                int next = k + 1 < h1s.size() ? h1s.get(k + 1) : kept.size();
                boolean prose = false;
                for (int i = at + 1; i < next && !prose; i++) {
                    prose = kept.get(i) != null && ContentScorer.isProse(kept.get(i));
                }
                Element article = enclosingUnit(kept.get(at).owner(), null);
                if (prose && (article == null || article != firstArticle)) {
                    starts.add(at);
                }
            }
            return starts;
        }

        /**
         * The author the markup names inside the element: an {@code itemprop=author} (its
         * {@code name} when it has one), a {@code rel=author} link, or the name in a byline;
         * null when none is found.
         */
        private String authorIn(Element scope) {
            if (scope == null) {
                return null;
            }
            for (Element e : scope.select(AUTHOR_ELEMENTS)) {
                if (belongsElsewhere(e, scope)) {
                    continue;
                }
                Element name = e.selectFirst(ITEM_NAME);
                String text = fold((name != null ? name : e).text());
                Matcher m = BYLINE.matcher(text);
                if (m.lookingAt()) {
                    return m.group(1);
                }
                boolean marked = e.hasAttr("itemprop") || e.hasAttr("rel");
                if (marked && !text.isEmpty() && text.length() <= 80) {
                    return text;
                }
            }
            return null;
        }

        /**
         * Drops what is furniture by its place: before the headline, everything but prose and
         * captions (kickers, section labels, breadcrumbs); between the headline and the first
         * prose, and after the last prose, labels (author names, job titles, "Share"); and
         * headings with nothing of their own under them.
         */
        private static void dropByPlace(List<Block> kept, List<String> texts, Block headline) {
            int firstProse = -1;
            int lastProse = -1;
            for (int i = 0; i < kept.size(); i++) {
                if (ContentScorer.isProse(kept.get(i))) {
                    firstProse = firstProse < 0 ? i : firstProse;
                    lastProse = i;
                }
            }
            int h = headline == null ? -1 : kept.indexOf(headline);
            boolean[] drop = new boolean[kept.size()];
            for (int i = 0; i < kept.size(); i++) {
                Block b = kept.get(i);
                if (b == headline || b.caption() || ContentScorer.isProse(b)) {
                    continue;
                }
                if (i < h) {
                    drop[i] = true;
                } else if (firstProse >= 0 && (i < firstProse || i > lastProse) && b.role() == Role.TEXT
                        && isLabel(texts.get(i))) {
                    drop[i] = true;
                }
            }
            // a heading is left with nothing under it when the next kept block is a heading of its level or higher
            int nextLevel = 0; // 0: the end of the article
            boolean nextIsHeading = true;
            for (int i = kept.size() - 1; i >= 0; i--) {
                if (drop[i]) {
                    continue;
                }
                Block b = kept.get(i);
                if (b != headline && b.heading()) {
                    if (nextIsHeading && (nextLevel == 0 || nextLevel <= b.level())) {
                        drop[i] = true;
                        continue;
                    }
                    nextIsHeading = true;
                    nextLevel = b.level();
                } else {
                    nextIsHeading = false;
                }
            }
            for (int i = kept.size() - 1; i >= 0; i--) {
                if (drop[i]) {
                    kept.remove(i);
                    texts.remove(i);
                }
            }
        }

        /** The nearest article element around the container (one too short to be a unit still frames it), or null. */
        private Element enclosingUnit(Element core, Element body) {
            for (Element p = core; p != null && p != body && !p.normalName().equals("body"); p = p.parent()) {
                if (ContentScorer.isUnitElement(p) && !insideMarked(p)) {
                    return p;
                }
            }
            return null;
        }

        /** The first block of text inside the element, or null. */
        private Block firstBlockIn(Element e) {
            ContentScorer.Sums s = scorer.sums(e);
            if (s != null) {
                return blocks.get(s.first);
            }
            for (Block b : blocks) {
                if (ContentScorer.isInside(b.owner(), e)) {
                    return b;
                }
            }
            return null;
        }

        private Element firstVisibleH1(PageElements page) {
            for (Element h : page.h1s) {
                if (!insideMarked(h) && h.hasText()) {
                    return h;
                }
            }
            return null;
        }

        private boolean insideMarked(Element e) {
            for (Element p = e; p != null; p = p.parent()) {
                if (marked.contains(p)) {
                    return true;
                }
            }
            return false;
        }

        private void markRange(boolean[] in, Element e) {
            ContentScorer.Sums s = scorer.sums(e);
            if (s != null) {
                for (int i = s.first; i <= s.last; i++) {
                    in[i] = true;
                }
            }
        }

        /**
         * Marks the blocks of the article element that come before the container: its header,
         * whose standfirst and hero caption are the article's. What follows the container in the
         * article element (author bios, appeals for support, newsletter pitches, a whole page's
         * sidebar when the element wraps the page) is not taken.
         */
        private void markLead(boolean[] in, Element scope, Element core) {
            ContentScorer.Sums s = scorer.sums(scope);
            ContentScorer.Sums c = scorer.sums(core);
            if (s != null && c != null) {
                for (int i = s.first; i < c.first; i++) {
                    in[i] = true;
                }
            }
        }

        /**
         * Siblings of the container that continue it: the same tag and class (a body split into
         * chunks around an advert), with text that weighs more than nothing.
         */
        private List<Element> sameKindSiblings(Element core) {
            List<Element> out = new ArrayList<>();
            Element parent = core.parent();
            if (parent == null || core.className().isBlank()) {
                return out;
            }
            for (Element s : parent.children()) {
                if (s != core && s.normalName().equals(core.normalName()) && s.className().equals(core.className())
                        && !marked.contains(s) && scorer.score(s) > 0) {
                    out.add(s);
                }
            }
            return out;
        }

        /**
         * Blocks between a headline outside the container and the container's start, when both
         * share a wrapper below {@code body}: a standfirst or hero caption set apart from the body.
         */
        private void leadBetween(Element headline, Block headlineBlock, Element core, Element body, boolean[] inScope) {
            ContentScorer.Sums cs = scorer.sums(core);
            Element common = lowestCommonAncestor(headline, core, body);
            if (cs == null || headlineBlock.index() >= cs.first
                    || (common == body && cs.first - headlineBlock.index() > MAX_LEAD_BLOCKS)) {
                return; // far apart, with only the page around them: what lies between is not the article's
            }
            for (int i = headlineBlock.index() + 1; i < cs.first; i++) {
                if (ContentScorer.isInside(blocks.get(i).owner(), common)) {
                    inScope[i] = true;
                }
            }
        }

        /**
         * The page's date from its {@code <time>} elements, looked for in the article element
         * around the text (even one too short to count as a unit), then around the text and its
         * headline, then anywhere outside comments and teasers.
         */
        private String pageDateAround(Element scope, Element core, Element headline, Element body) {
            Element unit = scope;
            for (Element p = core; unit == null && p != null && p != body; p = p.parent()) {
                if (ContentScorer.isUnitElement(p) && !insideMarked(p)) {
                    unit = p;
                }
            }
            String date = dateIn(unit);
            if (date == null && core != null) {
                date = dateIn(lowestCommonAncestor(core, headline, body));
            }
            return date != null ? date : dateIn(body);
        }

        /**
         * The publication date a {@code <time datetime>} inside the element gives: one marked as
         * the publication date ({@code itemprop=datePublished}, {@code pubdate}, a class with
         * "published") first, else the first one; times in comments, related stories and nested
         * articles do not count. Null when there is none.
         */
        private String dateIn(Element scope) {
            if (scope == null) {
                return null;
            }
            String first = null;
            for (Element t : scope.select(PUBLISHED_TIMES)) {
                if (belongsElsewhere(t, scope)) {
                    continue;
                }
                String iso = HtmlMetadata.isoDate(HtmlMetadata.firstNonBlank(
                        HtmlMetadata.attr(t, "datetime"), HtmlMetadata.attr(t, "content")));
                if (iso == null) {
                    continue;
                }
                boolean published = t.attr("itemprop").equalsIgnoreCase("datePublished") || t.hasAttr("pubdate")
                        || t.className().toLowerCase(Locale.ROOT).contains("publish");
                if (published) {
                    return iso;
                }
                first = first == null ? iso : first;
            }
            return first;
        }

        /** True when the element stands in another story's part of the page: comments, teasers, a nested article. */
        private boolean belongsElsewhere(Element e, Element scope) {
            for (Element p = e.parent(); p != null && p != scope; p = p.parent()) {
                String tag = p.normalName();
                if (tag.equals("aside") || tag.equals("nav") || ContentScorer.isUnitElement(p)
                        || (marked.contains(p) && FurnitureMarker.namesOtherStories(p))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The outermost unit element around {@code unit} that holds no other candidate with text of its own. */
    private static Element outermostUnit(Element unit, List<Element> candidates) {
        Element out = unit;
        for (Element p = unit.parent(); p != null; p = p.parent()) {
            if (candidates.contains(p)) {
                out = p;
            }
        }
        return out;
    }

    private static Element lowestCommonAncestor(Element a, Element b, Element body) {
        if (a == null || b == null) {
            return a == null ? (b == null ? body : b) : a;
        }
        Set<Element> chain = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p = a; p != null; p = p.parent()) {
            chain.add(p);
        }
        for (Element p = b; p != null; p = p.parent()) {
            if (chain.contains(p)) {
                return p;
            }
        }
        return body;
    }

    private static boolean articleHasProse(HtmlArticle a) {
        for (String p : a.text().split("\n\n")) {
            if (p.length() >= 30 && ContentScorer.endsLikeSentence(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A byline or time stamp: not a sentence, short, with a {@code <time>}, "By Name" or "Published ...". */
    private static boolean isBylineOrStamp(Block b) {
        if (b.heading() || b.chars() > 150 || ContentScorer.endsLikeSentence(b.text())) {
            return false;
        }
        String t = b.text();
        return b.hasTime() || BYLINE.matcher(t).lookingAt() || STAMP.matcher(t).matches();
    }

    /** Short text that does not end like a sentence. */
    private static boolean isLabel(String text) {
        if (ContentScorer.endsLikeSentence(text)) {
            return false;
        }
        int words = text.isBlank() ? 0 : text.trim().split(" ").length;
        return text.length() < LABEL_CHARS || words <= LABEL_WORDS;
    }

    /** The caption without a photo or source credit at its end; empty when it is all credit. */
    static String withoutCredit(String caption) {
        Matcher m = CREDIT.matcher(caption);
        while (m.find()) {
            int start = m.start();
            if (start == 0 && TITLE_NOT_CREDIT.matcher(caption).matches() && !caption.startsWith("(")) {
                continue;
            }
            if (caption.length() - start <= MAX_CREDIT) {
                return caption.substring(0, start).strip();
            }
        }
        Matcher agency = AGENCY_CREDIT.matcher(caption);
        if (agency.find() && caption.length() - agency.start() <= MAX_CREDIT) {
            return caption.substring(0, agency.start()).strip();
        }
        return caption;
    }

    /**
     * The year of the page's copyright line ("© 2019 Site", "Copyright 2015–2019"): the last such
     * line of the page, normally in its footer; null when there is none.
     */
    private static Integer footerYear(Element body) {
        Integer year = null;
        for (Element e : body.getAllElements()) {
            if (!ownTextMayNameCopyright(e)) {
                continue; // most elements: their own text is not even built
            }
            String own = e.ownText();
            if (own.indexOf('©') < 0 && !own.toLowerCase(Locale.ROOT).contains("copyright") && !own.contains("(c)")
                    && !own.contains("(C)")) {
                continue;
            }
            String text = e.text();
            Integer y = Furniture.copyrightYear(text.length() > 200 ? own : text);
            if (y != null) {
                year = y;
            }
        }
        return year;
    }

    /** True when a text node right inside {@code e} holds '©', "(c)", "(C)" or "copyright" in any case. */
    private static boolean ownTextMayNameCopyright(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof org.jsoup.nodes.TextNode t) {
                String raw = t.getWholeText();
                if (raw.indexOf('©') >= 0 || containsParenC(raw) || containsCopyright(raw)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "(c)" or "(C)", found from each '(' (String.indexOf runs as a vector instruction). */
    static boolean containsParenC(String s) {
        for (int at = s.indexOf('('); at >= 0 && at + 2 < s.length(); at = s.indexOf('(', at + 1)) {
            char c = s.charAt(at + 1);
            if ((c == 'c' || c == 'C') && s.charAt(at + 2) == ')') {
                return true;
            }
        }
        return false;
    }

    /**
     * "copyright" in any case, as {@code regionMatches(true, ...)} reads it, found from each 'y' or
     * 'Y' (no other char is either in that reading) rather than by trying every place of the text.
     */
    static boolean containsCopyright(String s) {
        for (char y : new char[] {'y', 'Y'}) {
            // the y is the fourth char of "copyright"
            for (int at = s.indexOf(y, 3); at >= 0 && at + 6 <= s.length(); at = s.indexOf(y, at + 1)) {
                if (s.regionMatches(true, at - 3, "copyright", 0, 9)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Folds every kind of white space (NBSP, thin and figure spaces included) to one plain space
     * and drops invisible characters (soft hyphen, zero-width space, BOM) that would split words.
     */
    static String fold(CharSequence s) {
        // into an array, not a StringBuilder: a page's blocks are folded char by char, and the
        // builder checks its room and its coder on every append. The result is never longer than
        // the input: each space written stands for at least one blank read.
        char[] out = new char[s.length()];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u007F') { // printable ASCII, most of a page: kept, with no code point tests
                if (pendingSpace) {
                    out[n++] = ' ';
                    pendingSpace = false;
                }
                out[n++] = c;
                i++;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (cp == 0x00AD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace) {
                out[n++] = ' ';
                pendingSpace = false;
            }
            n += Character.toChars(cp, out, n);
        }
        return new String(out, 0, n);
    }
}
