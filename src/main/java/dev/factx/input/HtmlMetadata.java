package dev.factx.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page's head says about it: headline, site name, canonical address, publication
 * date and author, from Open Graph and other {@code <meta>} tags, {@code <link rel=canonical>},
 * JSON-LD, microdata and the {@code <title>}.
 *
 * <p>Immutable and thread-safe.
 */
final class HtmlMetadata {

    /** A site name after the last spaced separator: {@code Headline | Site}, {@code - Site}, {@code — Site}. */
    private static final Pattern TITLE_WITH_SITE = Pattern.compile("^(.*\\S)\\s+[|\\-–—·•:]\\s+(\\S.*)$");

    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^\\s*(\\d{4})[-/](\\d{2})[-/](\\d{2})");

    /** JSON-LD that is not valid JSON is still searched for these, as written. */
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.){0,2000})\"");
    private static final Pattern LD_DATE_PUBLISHED =
            Pattern.compile("\"datePublished\"\\s*:\\s*" + JSON_STRING.pattern());
    private static final Pattern LD_PUBLISHER_NAME =
            Pattern.compile("\"publisher\"\\s*:\\s*\\{[^{}]{0,2000}?\"name\"\\s*:\\s*" + JSON_STRING.pattern());

    /** Meta names that other CMSs give the publication date under, after {@code article:published_time}. */
    private static final List<String> DATE_META = List.of(
            "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
            "og:published_time", "citation_publication_date", "citation_date");

    final String ogTitle;
    final String ldHeadline;
    final String titleTag;
    final String siteName;
    final String url;
    final String publishedDate;
    final String author;
    final JsonLd ld;

    private HtmlMetadata(String ogTitle, String ldHeadline, String titleTag, String siteName, String url,
                         String publishedDate, String author, JsonLd ld) {
        this.ogTitle = ogTitle;
        this.ldHeadline = ldHeadline;
        this.titleTag = titleTag;
        this.siteName = siteName;
        this.url = url;
        this.publishedDate = publishedDate;
        this.author = author;
        this.ld = ld;
    }

    static HtmlMetadata of(Document doc, PageElements page) {
        List<String> scripts = new ArrayList<>();
        for (Element script : page.jsonLd) {
            scripts.add(script.data());
        }
        JsonLd ld = JsonLd.read(scripts);
        List<Element> metas = page.metas;

        String titleTag = emptyToNull(HtmlReader.fold(doc.title()));
        String site = firstNonBlank(meta(metas, "og:site_name"), ld.publisher(), regex(scripts, LD_PUBLISHER_NAME),
                meta(metas, "application-name"));
        String ogTitle = firstNonBlank(meta(metas, "og:title"), meta(metas, "twitter:title"));
        String ldHeadline = ld.headline();
        if (site == null && titleTag != null) {
            // "Headline | Site", where the page names its headline elsewhere too
            for (String known : new String[] {ogTitle, ldHeadline}) {
                String rest = known == null ? null : afterPrefix(titleTag, HtmlReader.fold(known));
                if (rest != null) {
                    site = rest;
                    break;
                }
            }
        }
        String url = firstNonBlank(meta(metas, "og:url"), attr(page.canonical, "href"));

        String date = isoDate(meta(metas, "article:published_time"));
        if (date == null) {
            Element itemprop = page.datePublished;
            if (itemprop != null) {
                date = isoDate(firstNonBlank(attr(itemprop, "content"), attr(itemprop, "datetime"), itemprop.text()));
            }
        }
        if (date == null) {
            date = isoDate(firstNonBlank(ld.datePublished(), regex(scripts, LD_DATE_PUBLISHED)));
        }
        for (int i = 0; date == null && i < DATE_META.size(); i++) {
            date = isoDate(meta(metas, DATE_META.get(i)));
        }

        String author = ld.author();
        if (author == null) {
            String m = firstNonBlank(meta(metas, "author"), meta(metas, "article:author"), meta(metas, "citation_author"));
            author = m == null || m.contains("://") ? null : m;
        }
        return new HtmlMetadata(ogTitle, ldHeadline, titleTag, site, url, date, author, ld);
    }

    /**
     * The page's own names for its headline, best first, each cleaned of the site name; then the
     * parts of a {@code <title>} such as {@code Section | Headline | Site} that have two words or
     * more, since one of them is often the visible headline.
     */
    List<String> titles() {
        List<String> out = new ArrayList<>();
        for (String t : new String[] {ogTitle, ldHeadline, titleTag}) {
            String clean = withoutSiteName(t);
            if (clean != null && !out.contains(clean)) {
                out.add(clean);
            }
        }
        for (String p : titleParts()) {
            if (p.indexOf(' ') > 0 && !out.contains(p) && (siteName == null || !p.equalsIgnoreCase(siteName))) {
                out.add(p);
            }
        }
        return out;
    }

    /** The parts of the {@code <title>} between spaced separators ({@code Section | Headline | Site}). */
    List<String> titleParts() {
        List<String> out = new ArrayList<>();
        if (titleTag != null) {
            for (String part : TITLE_SEPARATOR.split(titleTag)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** A spaced separator and what follows it: "| Headline". */
    private static final Pattern AFTER_SEPARATOR = Pattern.compile("^\\s*[|\\-–—·•:]\\s+(\\S.*)$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•]\\s+|\\s+::\\s+");

    /** The headline from the page head: og:title (or twitter:title), else the JSON-LD headline; cleaned of the site name. */
    String headTitle() {
        return firstNonBlank(withoutSiteName(ogTitle), withoutSiteName(ldHeadline));
    }

    /**
     * The {@code <title>} cleaned of the site name: the known site's name is removed from either
     * end; otherwise the part after the last spaced separator is taken for the site's name.
     */
    String cleanTitleTag() {
        if (titleTag == null) {
            return null;
        }
        String clean = withoutSiteName(titleTag);
        if (clean != null && !clean.equals(titleTag)) {
            return clean;
        }
        if (siteName == null) {
            Matcher m = TITLE_WITH_SITE.matcher(titleTag);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return titleTag;
    }

    /** The site's name from the {@code <title>}: the part after the last spaced separator, or null. */
    String siteFromTitleTag() {
        if (titleTag == null) {
            return null;
        }
        Matcher m = TITLE_WITH_SITE.matcher(titleTag);
        return m.matches() ? m.group(2) : null;
    }

    /**
     * A headline without the site's name at its end ({@code Headline | Site}) or start
     * ({@code Site: Headline}); removed only when the site is known, to spare headlines with
     * dashes and colons.
     */
    String withoutSiteName(String title) {
        if (title == null) {
            return null;
        }
        String folded = HtmlReader.fold(title);
        if (siteName != null) {
            String site = HtmlReader.fold(siteName);
            Matcher m = TITLE_WITH_SITE.matcher(folded);
            if (m.matches() && m.group(2).equalsIgnoreCase(site)) {
                return m.group(1);
            }
            String rest = afterPrefix(folded, site);
            if (rest != null) {
                return rest;
            }
        }
        return emptyToNull(folded);
    }

    /** What follows {@code prefix} and a spaced separator at the start of {@code s}, or null. */
    private static String afterPrefix(String s, String prefix) {
        if (prefix.isEmpty() || s.length() <= prefix.length() + 2
                || !s.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        Matcher m = AFTER_SEPARATOR.matcher(s.substring(prefix.length()));
        return m.matches() ? m.group(1) : null;
    }

    private static String meta(List<Element> metas, String name) {
        for (Element meta : metas) {
            if (meta.attr("property").equalsIgnoreCase(name) || meta.attr("name").equalsIgnoreCase(name)
                    || meta.attr("itemprop").equalsIgnoreCase(name)) {
                String v = emptyToNull(meta.attr("content").trim());
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    static String attr(Element e, String attribute) {
        return e == null ? null : emptyToNull(e.attr(attribute).trim());
    }

    /** The first match of {@code pattern} in the JSON-LD blocks, JSON string escapes undone. */
    private static String regex(List<String> scripts, Pattern pattern) {
        for (String script : scripts) {
            Matcher m = pattern.matcher(script);
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

    /**
     * The calendar date a timestamp starts with, as written (no time-zone shift: a story
     * published late in the evening keeps its day), if it is a real date; null otherwise.
     */
    static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE_PREFIX.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).toString();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
