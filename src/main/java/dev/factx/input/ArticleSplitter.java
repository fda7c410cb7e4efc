package dev.factx.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page of text into articles and drops its furniture.
 *
 * <p>Scraped pages hold several articles, each opened by a header (section name, headline,
 * author, a "Published on" line) and closed by a "Continue Reading" line; after the last one a
 * teaser list ("Latest", "Trending") and a copyright footer follow. An article starts at the
 * header of a "Published" marker, or at the first content after a "Continue Reading" line; a
 * page with neither is one article whose headline is its first short line. Teaser lists run to
 * the end of the page unless a new article header follows. One pass over the lines.
 * Thread-safe after construction.
 */
public final class ArticleSplitter {

    /**
     * A header line that is only a date, perhaps with a weekday, a time and a zone:
     * "Thu 14 Nov, 17:05 GMT", "14 November 2024", "Updated 3 March 2025 09:12", "Updated 14:05
     * GMT, 3 February 2025", "Published: 25/11/2023", "Last updated: 09:14, Fri 7 March 2025".
     */
    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile(
            "(?i)(?:(?:(?:first |last )?(?:published|updated|posted|modified)|last edited)(?: on)?:? )?"
            + "(?:\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?,? )?" // "Updated 14:05 GMT, 3 February 2025"
            + "(?:[a-z]{3,9},? )?"
            + "(?:\\d{1,2} [a-z]{3,9}\\.?,?(?: \\d{4})?|[a-z]{3,9}\\.? \\d{1,2},?(?: \\d{4})?|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}[./]\\d{1,2}[./]\\d{4})"
            + "(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?");

    /** Header lines are short and do not end like a sentence. */
    private static final int MAX_HEADER_LINE = 200;

    private final Furniture furniture = new Furniture();

    private record Line(int start, int end, String text, Furniture.LineKind kind) {
        boolean blank() {
            return text.isBlank();
        }

        boolean headerLike() {
            String t = text.trim();
            if (t.isEmpty() || t.length() > MAX_HEADER_LINE) {
                return false;
            }
            char last = t.charAt(t.length() - 1);
            return last != '.' && last != '”' && last != '"' && last != '’' && last != '!' && last != ';' && last != ',';
        }
    }

    /** Splits {@code text}; {@code fallbackTitle} (an HTML page's headline) names a lone untitled article. */
    public Page split(String text, String fallbackTitle) {
        List<Line> lines = lines(text);
        Integer footerYear = null;
        for (Line l : lines) {
            if (l.kind != Furniture.LineKind.CONTENT) {
                Integer y = Furniture.copyrightYear(l.text);
                if (y != null) {
                    footerYear = y;
                }
            }
        }

        // 1. Segments: runs of lines between article ends, with teaser regions cut out.
        List<List<Line>> segments = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        boolean inTeaser = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (inTeaser) {
                if (l.kind == Furniture.LineKind.PUBLISHED) {
                    // a real article after the teaser list: its header lines are the short lines just before
                    inTeaser = false;
                    current = new ArrayList<>(headerRunBefore(lines, i));
                } else {
                    continue;
                }
            }
            switch (l.kind) {
                case ARTICLE_END -> {
                    segments.add(current);
                    current = new ArrayList<>();
                }
                case TEASER_START -> {
                    segments.add(current);
                    current = new ArrayList<>();
                    inTeaser = true;
                }
                default -> current.add(l);
            }
        }
        segments.add(current);

        // 2. Articles: a segment may hold several "Published" markers when no end line separates them.
        List<Article> articles = new ArrayList<>();
        for (List<Line> segment : segments) {
            for (List<Line> part : splitAtMarkers(segment)) {
                Article a = article(part, articles.size() + 1);
                if (a != null) {
                    articles.add(a);
                }
            }
        }
        if (articles.size() == 1 && articles.get(0).title() == null && fallbackTitle != null) {
            Article a = articles.get(0);
            articles.set(0, new Article(a.index(), fallbackTitle, a.blocks(), a.datelineText()));
        }
        return new Page(List.copyOf(articles), footerYear);
    }

    /** The header-like lines (and blanks) directly before line {@code i}. */
    private static List<Line> headerRunBefore(List<Line> lines, int i) {
        int k = i;
        while (k > 0 && (lines.get(k - 1).blank() || lines.get(k - 1).headerLike())) {
            k--;
        }
        return new ArrayList<>(lines.subList(k, i));
    }

    private static List<List<Line>> splitAtMarkers(List<Line> segment) {
        List<Integer> markers = new ArrayList<>();
        for (int i = 0; i < segment.size(); i++) {
            if (isMarker(segment.get(i))) {
                markers.add(i);
            }
        }
        List<List<Line>> parts = new ArrayList<>();
        if (markers.size() <= 1) {
            parts.add(segment);
            return parts;
        }
        int partStart = 0;
        for (int m = 1; m < markers.size(); m++) {
            int headerStart = markers.get(m);
            while (headerStart > markers.get(m - 1) + 1
                    && (segment.get(headerStart - 1).blank() || segment.get(headerStart - 1).headerLike())) {
                headerStart--;
            }
            // the lines right after the previous marker ("on", a date) are that article's header, not this one's
            headerStart = Math.max(headerStart, markers.get(m - 1) + 1);
            parts.add(segment.subList(partStart, headerStart));
            partStart = headerStart;
        }
        parts.add(segment.subList(partStart, segment.size()));
        return parts;
    }

    private static boolean isMarker(Line l) {
        return l.kind == Furniture.LineKind.PUBLISHED || l.kind == Furniture.LineKind.WIRE_START;
    }

    private Article article(List<Line> part, int index) {
        int marker = -1;
        for (int i = 0; i < part.size(); i++) {
            if (isMarker(part.get(i))) {
                marker = i;
                break;
            }
        }
        if (marker >= 0 && part.get(marker).kind == Furniture.LineKind.WIRE_START) {
            return wireArticle(part, marker, index);
        }
        List<Line> header = new ArrayList<>();
        List<Line> body = new ArrayList<>();
        String dateline = null;
        if (marker >= 0) {
            for (int i = 0; i < marker; i++) {
                Line l = part.get(i);
                if (l.kind == Furniture.LineKind.CONTENT && !l.blank() && !isMenu(l.text)) {
                    header.add(l); // a menu above the headline is never the title
                }
            }
            dateline = Furniture.publishedRest(part.get(marker).text);
            int i = marker + 1;
            // "Published" / "on" / "12 April 2019": the short lines right after the marker are its date
            while (i < part.size() && (part.get(i).blank() || part.get(i).kind == Furniture.LineKind.FURNITURE)) {
                i++;
            }
            if (dateline == null && i < part.size() && part.get(i).text.trim().length() <= 40
                    && part.get(i).headerLike() && containsDigit(part.get(i).text)) {
                dateline = part.get(i).text.trim();
                i++;
            }
            body.addAll(part.subList(i, part.size()));
        } else {
            body.addAll(part);
        }

        List<Article.Block> blocks = new ArrayList<>();
        String title = null;
        if (marker >= 0) {
            Line titleLine = chooseTitle(header);
            if (titleLine != null) {
                title = titleLine.text.trim();
                blocks.add(new Article.Block(titleLine.start, titleLine.end));
            }
        } else {
            List<Line> top = new ArrayList<>();
            String stamp = null;
            for (Line l : body) {
                if (l.kind == Furniture.LineKind.FURNITURE && stamp == null && isDateLine(l.text.trim())) {
                    // "Updated 30 October 2024": furniture, not article text, but the page's only
                    // date for the article when no header line dates it
                    stamp = l.text.trim();
                }
                if (l.kind != Furniture.LineKind.CONTENT || l.blank()) {
                    continue;
                }
                if (!l.headerLike() || l.text.trim().length() > 150) {
                    break; // the first paragraph: the header is above it
                }
                if (isDateLine(l.text.trim())) {
                    dateline = dateline == null ? l.text.trim() : dateline;
                } else if (!isMenu(l.text)) {
                    top.add(l);
                }
            }
            Line titleLine = top.isEmpty() ? null : chooseTitle(top);
            title = titleLine == null ? null : titleLine.text.trim();
            dateline = dateline == null ? stamp : dateline;
        }
        addBlocks(body, blocks);
        if (blocks.isEmpty()) {
            return null;
        }
        return new Article(index, title, List.copyOf(blocks), dateline);
    }

    /** A wire story: the headline is the last header line above the dateline, which opens the body. */
    private Article wireArticle(List<Line> part, int marker, int index) {
        List<Line> header = new ArrayList<>();
        String headerDate = null;
        for (int i = 0; i < marker; i++) {
            Line l = part.get(i);
            if (l.kind == Furniture.LineKind.CONTENT && !l.blank() && l.headerLike() && isDateLine(l.text.trim())) {
                // "October 24, 2024 | 5 min read" above "SAN JOSE, Oct 24 (Wire) -": the header's date
                // states the year the wire dateline leaves out
                headerDate = headerDate == null ? l.text.trim() : headerDate;
            } else if (l.kind == Furniture.LineKind.CONTENT && !l.blank() && l.headerLike() && !isMenu(l.text)) {
                header.add(l);
            }
        }
        List<Article.Block> blocks = new ArrayList<>();
        String title = null;
        if (!header.isEmpty()) {
            Line titleLine = header.get(header.size() - 1); // the headline stands right above the dateline
            title = titleLine.text.trim();
            blocks.add(new Article.Block(titleLine.start, titleLine.end));
        }
        // lines above the headline that are not header lines stay text (a page's lead-in, a kicker paragraph)
        List<Line> lead = new ArrayList<>();
        for (int i = 0; i < marker; i++) {
            Line l = part.get(i);
            if (l.kind == Furniture.LineKind.CONTENT && !l.headerLike()) {
                lead.add(l);
            }
        }
        addBlocks(lead, blocks);
        List<Line> body = new ArrayList<>(part.subList(marker, part.size()));
        addBlocks(body, blocks);
        return new Article(index, title, List.copyOf(blocks), headerDate != null ? headerDate : Furniture.wireDate(part.get(marker).text));
    }

    /** A navigation line: "Markets | Energy | Politics", "Home > Business > Central Asia". */
    private static boolean isMenu(String text) {
        int bars = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '>' || c == '·' || c == '»') {
                bars++;
            }
        }
        return bars >= 2 || (bars == 1 && text.length() < 40);
    }

    /** Runs of consecutive content lines become one block each. */
    private static void addBlocks(List<Line> body, List<Article.Block> blocks) {
        int start = -1;
        int end = -1;
        for (Line l : body) {
            if ((l.kind == Furniture.LineKind.CONTENT || l.kind == Furniture.LineKind.WIRE_START) && !l.blank()) {
                if (start < 0) {
                    start = l.start;
                }
                end = l.end;
            } else if (start >= 0) {
                blocks.add(new Article.Block(start, end));
                start = -1;
            }
        }
        if (start >= 0) {
            blocks.add(new Article.Block(start, end));
        }
    }

    /**
     * The headline among the header lines: a leading section name ("Russia", "World News") and
     * a trailing author name are set aside when other lines remain; then the longest line wins.
     */
    private static Line chooseTitle(List<Line> header) {
        List<Line> candidates = new ArrayList<>(header);
        if (candidates.size() >= 2 && words(candidates.get(0).text) <= 3) {
            candidates.remove(0);
        }
        if (candidates.size() >= 2 && looksLikeName(candidates.get(candidates.size() - 1).text)) {
            candidates.remove(candidates.size() - 1);
        }
        Line best = null;
        for (Line l : candidates) {
            if (best == null || l.text.trim().length() > best.text.trim().length()) {
                best = l;
            }
        }
        return best;
    }

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * A header line that dates the article: a date alone ("14 March 2024", "Published on Tue,
     * 12 April 2019"), or a date beside a byline, a section or a reading time, set off by a bar,
     * a dot or a spaced dash ("By Staff Reporter | 14 March 2024", "Markets · 3 June 2021 ·
     * 4 min read"). The date recognizer reads the date out of it later.
     */
    static boolean isDateLine(String line) {
        if (DATE_LINE.matcher(line).matches()) {
            return true;
        }
        if (line.length() > 120) {
            return false;
        }
        String[] parts = HEADER_SEPARATOR.split(line);
        if (parts.length < 2) {
            return false;
        }
        boolean dated = false;
        for (String part : parts) {
            String p = part.trim();
            if (DATE_LINE.matcher(p).matches()) {
                dated = true; // the first date is read: "12 May 2023 | Updated 13 May 2023" is of the 12th
            } else if (!isHeaderLabel(p)) {
                return false;
            }
        }
        return dated;
    }

    /** A bar, middle dot, bullet, or dash with spaces around it, between the parts of a header line. */
    private static final java.util.regex.Pattern HEADER_SEPARATOR = java.util.regex.Pattern.compile(" +[|·•—–-] +");
    private static final java.util.regex.Pattern READING_TIME = java.util.regex.Pattern.compile(
            "(?i)\\d{1,3} ?(?:min|mins|minutes?)(?: read)?");

    /**
     * A part of a header line beside its date: a byline ("By Ruth Okafor", "Staff Reporter"), a
     * section ("World", "Energy and Markets") or a reading time ("4 min read"); no sentence.
     */
    private static boolean isHeaderLabel(String part) {
        if (part.isEmpty() || part.length() > 50) {
            return false;
        }
        if (READING_TIME.matcher(part).matches()) {
            return true;
        }
        char last = part.charAt(part.length() - 1);
        return !containsDigit(part) && last != '.' && last != '?' && last != '!' && words(part) <= 6
                && Character.isUpperCase(part.codePointAt(0));
    }

    /** Two to five capitalized words, no digits, no sentence punctuation: a byline name. */
    private static boolean looksLikeName(String s) {
        String t = s.trim();
        if (t.length() > 60 || containsDigit(t)) {
            return false;
        }
        String[] w = t.split("\\s+");
        if (w.length < 2 || w.length > 5) {
            return false;
        }
        for (String word : w) {
            if (!Character.isUpperCase(word.codePointAt(0)) || word.endsWith(":") || word.endsWith("?")) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String t = text.substring(start, contentEnd);
            Furniture.LineKind kind = t.isBlank() ? Furniture.LineKind.CONTENT : furniture.classify(t);
            if (kind == Furniture.LineKind.CONTENT && Furniture.wireDate(t) != null) {
                kind = Furniture.LineKind.WIRE_START;
            }
            out.add(new Line(start, contentEnd, t, kind));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }
}
