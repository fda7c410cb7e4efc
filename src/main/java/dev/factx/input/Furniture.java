package dev.factx.input;

import dev.factx.normalize.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knows page furniture by the lines of {@code furniture.txt}: whole lines that are not article
 * text ("Connect with us", "Continue Reading", share prompts, copyright footers, teaser stamps).
 *
 * <p>Thread-safe after construction.
 */
final class Furniture {

    /** How a line of a page is read. */
    enum LineKind { FURNITURE, TEASER_START, ARTICLE_END, PUBLISHED, WIRE_START, CONTENT }

    /**
     * A wire story's opening: "ALMATY, March 3 (Staff) - ...", "BISHKEK, Feb 28 (Reuters) - ...";
     * group 1 is the date. Bounded repetitions keep it linear.
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^[A-Z][A-Za-z .'’-]{1,40}(?:, [A-Z][A-Za-z .]{1,30})?, "
            + "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.? \\d{1,2}(?:, \\d{4})?"
            + "|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?(?: \\d{4})?)"
            + "(?: \\([^)]{1,40}\\))? ?[-—–]");

    /** The date of a wire story's opening line, or null. */
    static String wireDate(String line) {
        if (line.length() < 12) {
            return null;
        }
        Matcher m = WIRE_DATELINE.matcher(line.length() > 200 ? line.substring(0, 200) : line);
        return m.find() ? m.group(1) : null;
    }

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(copyright|©|\\(c\\))");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)(published|posted|updated)(\\s+on)?\\s*:?\\s*(.*)");

    private final Set<String> lines = new HashSet<>();
    private final Set<String> teasers = new HashSet<>();
    private final Set<String> ends = new HashSet<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final Set<String> teaserHeadings = new HashSet<>();
    private final List<String> teaserPrefixes = new ArrayList<>();

    Furniture() {
        for (String row : Lexicon.lines("furniture.txt")) {
            int colon = row.indexOf(':');
            String kind = row.substring(0, colon);
            String value = row.substring(colon + 1).trim();
            switch (kind) {
                case "line" -> lines.add(key(value));
                case "teaser" -> teasers.add(key(value));
                case "end" -> ends.add(key(value));
                case "regex" -> patterns.add(Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                case "teaser-heading" -> teaserHeadings.add(key(value));
                case "teaser-prefix" -> teaserPrefixes.add(key(value) + " ");
                default -> throw new IllegalStateException("furniture.txt: unknown row kind '" + kind + "'");
            }
        }
    }

    /** Longer lines are paragraphs of text, never furniture. */
    private static final int MAX_FURNITURE_LINE = 300;

    LineKind classify(String line) {
        if (line.length() > MAX_FURNITURE_LINE && line.trim().length() > MAX_FURNITURE_LINE) {
            return LineKind.CONTENT;
        }
        String k = key(line);
        if (ends.contains(k)) {
            return LineKind.ARTICLE_END;
        }
        if (teasers.contains(k)) {
            return LineKind.TEASER_START;
        }
        if (isDateStamp(k)) {
            // "Published", "Published on 12 April 2019", "Posted: 2019-04-12"; but "Published forecasts see
            // a stronger rouble." is a sentence
            return k.startsWith("published") || k.startsWith("posted") ? LineKind.PUBLISHED : LineKind.FURNITURE;
        }
        if (lines.contains(k)) {
            return LineKind.FURNITURE;
        }
        String trimmed = line.trim();
        if (trimmed.length() <= MAX_FURNITURE_LINE) {
            for (Pattern p : patterns) {
                if (p.matcher(trimmed).matches()) {
                    return LineKind.FURNITURE;
                }
            }
        }
        return LineKind.CONTENT;
    }

    /** A comment section's heading: "14 comments", "3 responses to ...", "Comments (14)". */
    private static final Pattern COMMENTS_HEADING = Pattern.compile(
            "(?:\\d[\\d,.]*k? (?:comments?|responses?|replies|thoughts on)\\b.{0,80}"
            + "|(?:comments?|reader comments)(?: \\(\\d[\\d,.]*\\))?)");

    /** Headings longer than this are never the title of a teaser list ("Most read", "More from Business"). */
    private static final int MAX_TEASER_HEADING = 60;

    /**
     * True when an HTML heading or label opens a list of links to other pages rather than a
     * section of the article: a {@code teaser:} or {@code teaser-heading:} row of the lexicon
     * ("Related stories", "More on this story"), or a short heading that starts with a
     * {@code teaser-prefix:} row ("More from Business"). A trailing colon is ignored.
     */
    boolean isTeaserHeading(String heading) {
        String k = key(heading);
        while (k.endsWith(":") || k.endsWith("›") || k.endsWith(">") || k.endsWith("»")) {
            k = k.substring(0, k.length() - 1).trim();
        }
        if (k.isEmpty() || k.length() > MAX_TEASER_HEADING) {
            return false;
        }
        if (teasers.contains(k) || teaserHeadings.contains(k) || COMMENTS_HEADING.matcher(k).matches()) {
            return true;
        }
        for (String prefix : teaserPrefixes) {
            if (k.startsWith(prefix) && k.split(" ").length <= 6) {
                return true;
            }
        }
        return false;
    }

    /** A header stamp: the bare word, or a short line with a number after it, not ending like a sentence. */
    private static boolean isDateStamp(String k) {
        if (!(k.startsWith("published") || k.startsWith("posted") || k.startsWith("updated") || k.startsWith("last updated"))) {
            return false;
        }
        if (k.equals("published") || k.equals("posted") || k.equals("published on") || k.equals("updated")) {
            return true;
        }
        boolean digit = false;
        for (int i = 0; i < k.length(); i++) {
            digit |= Character.isDigit(k.charAt(i));
        }
        return k.length() <= 60 && digit && !k.endsWith(".");
    }

    /** The text after "Published on" in a header line, or null. */
    static String publishedRest(String line) {
        Matcher m = PUBLISHED.matcher(line.trim());
        return m.matches() && !m.group(3).isBlank() ? m.group(3).trim() : null;
    }

    /** The copyright year of a footer line, or null when the line is not a dated copyright line. */
    static Integer copyrightYear(String line) {
        if (line.length() > 200 || !COPYRIGHT.matcher(line).find()) {
            return null;
        }
        Matcher m = YEAR.matcher(line);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1)); // "© 2015–2019": the last year is the page's
        }
        return year;
    }

    /** The line trimmed, inner whitespace folded, lower-cased: how lexicon lines are compared. */
    private static String key(String line) {
        return dev.factx.text.Sentence.fold(line, 0, line.length()).toLowerCase(Locale.ROOT);
    }
}
