package dev.factx.input;

import dev.factx.normalize.Lexicon;
import dev.factx.text.Sentence;
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
    static final Pattern WIRE_DATELINE = Pattern.compile(
            "^[A-Z][A-Za-z .'’-]{1,40}(?:, [A-Z][A-Za-z .]{1,30})?, "
            + "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.? \\d{1,2}(?:, \\d{4})?"
            + "|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?(?: \\d{4})?)"
            + "(?: \\([^)]{1,40}\\))? ?[-—–]");

    /** The date of a wire story's opening line, or null. */
    static String wireDate(String line) {
        if (line.length() < 12 || line.charAt(0) < 'A' || line.charAt(0) > 'Z' || !commaAfterPlace(line)) {
            return null;
        }
        // anchored at the start: lookingAt, not find, which would try every later start in vain
        Matcher m = WIRE_DATELINE.matcher(line.length() > 200 ? line.substring(0, 200) : line);
        return m.lookingAt() ? m.group(1) : null;
    }

    /**
     * The pattern's first test, done by hand: the place name ({@code [A-Za-z .'’-]{1,40}} after
     * a capital) must end at a comma, and a space and a capital (a region or a month) or a digit
     * must follow. Most lines of a page are sentences, which fail here without the regex trying
     * every length of the name; "However, the..." and "In March, the..." fail at the small letter.
     */
    private static boolean commaAfterPlace(String line) {
        int p = 1;
        while (p <= 41 && p < line.length() && isPlaceChar(line.charAt(p))) {
            p++;
        }
        if (p < 2 || p > 41 || p + 2 >= line.length() || line.charAt(p) != ',' || line.charAt(p + 1) != ' ') {
            return false;
        }
        char next = line.charAt(p + 2);
        return (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9');
    }

    private static boolean isPlaceChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '.' || c == '\'' || c == '’' || c == '-';
    }

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(copyright|©|\\(c\\))");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)(published|posted|updated)(\\s+on)?\\s*:?\\s*(.*)");

    private final Set<String> lines = new HashSet<>();
    private final Set<String> teasers = new HashSet<>();
    private final Set<String> ends = new HashSet<>();
    /** The {@code regex:} rows, each with the literal a line must contain for it to match (or null). */
    private final List<Row> patterns = new ArrayList<>();
    /** The rows' literals, looked for in one pass over a line. */
    private final LiteralScan literals;

    /**
     * A {@code regex:} row, compiled when first tried on a line, not with the lexicons: compiling
     * them all was a fifth of loading the lexicons, on the path of every short run, and a run that
     * reads only HTML never needs them. (On a text page the first short line compiles every row
     * to find its first chars; a one-article run measured as fast as before, 0.176 s.)
     * (FurnitureLiteralTest compiles every row of the lexicon.)
     */
    private static final class Row {
        private final String regex;
        private final Literal literal;
        private volatile Pattern pattern;
        /**
         * Per ASCII char, whether a line starting with it can match: most rows can start with a
         * few letters or signs only, and most lines are passed over on their first char.
         */
        private volatile boolean[] mayStartWith;

        Row(String regex, Literal literal) {
            this.regex = regex;
            this.literal = literal;
        }

        Pattern pattern() {
            Pattern p = pattern;
            if (p == null) {
                p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE); // threads that race get equal ones
                pattern = p;
            }
            return p;
        }

        /**
         * False when no line that starts like {@code line} can match. The pattern itself is asked,
         * once per ASCII char: matched against that char alone, it either matches, or runs out
         * of input (a longer line might match), or fails on the char (no line can). A line
         * starting with any other char, or an empty one, is always tried.
         */
        boolean mayStartLike(String line) {
            if (line.isEmpty() || line.charAt(0) >= 128) {
                return true;
            }
            boolean[] starts = mayStartWith;
            if (starts == null) {
                starts = new boolean[128];
                for (char c = 0; c < starts.length; c++) {
                    Matcher m = pattern().matcher(String.valueOf(c));
                    starts[c] = m.matches() || m.hitEnd();
                }
                mayStartWith = starts; // threads that race get equal ones
            }
            return starts[line.charAt(0)];
        }
    }

    /** Compiles every {@code regex:} row now; a row that is no pattern fails here, naming itself. */
    void compileAll() {
        for (Row row : patterns) {
            try {
                row.pattern();
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalStateException("furniture.txt: bad regex row '" + row.regex + "'", e);
            }
        }
    }

    /** The length of the longest listed line or date stamp, folded: no longer line is one. */
    private final int longestKey;
    private final Set<String> teaserHeadings = new HashSet<>();
    private final List<String> teaserPrefixes = new ArrayList<>();

    Furniture() {
        List<String> regexes = new ArrayList<>();
        for (String row : Lexicon.lines("furniture.txt")) {
            int colon = row.indexOf(':');
            String kind = row.substring(0, colon);
            String value = row.substring(colon + 1).trim();
            switch (kind) {
                case "line" -> lines.add(key(value));
                case "teaser" -> teasers.add(key(value));
                case "end" -> ends.add(key(value));
                case "regex" -> regexes.add(value);
                case "teaser-heading" -> teaserHeadings.add(key(value));
                case "teaser-prefix" -> teaserPrefixes.add(key(value) + " ");
                default -> throw new IllegalStateException("furniture.txt: unknown row kind '" + kind + "'");
            }
        }
        // ASCII case folding only: the rows are English words, and Unicode folding of every
        // character compared made these patterns the costliest step of reading a page. Rows with
        // no literal to look for first go into one alternation: one matcher per line, not one each.
        List<String> unfiltered = new ArrayList<>();
        for (String regex : regexes) {
            Literal literal = literalOf(regex);
            if (literal != null) {
                patterns.add(new Row(regex, literal));
            } else {
                unfiltered.add("(?:" + regex + ")");
            }
        }
        if (!unfiltered.isEmpty()) {
            patterns.add(new Row(String.join("|", unfiltered), null));
        }
        List<Literal> literals = new ArrayList<>();
        for (Row row : patterns) {
            literals.add(row.literal);
        }
        this.literals = new LiteralScan(literals);
        int longest = MAX_DATE_STAMP;
        for (Set<String> keys : List.of(lines, teasers, ends)) {
            for (String key : keys) {
                longest = Math.max(longest, key.length());
            }
        }
        this.longestKey = longest;
    }

    /**
     * The longest run of plain characters that every match of {@code regex} contains, in lower
     * case, or null when there is none to be sure of: a run at the top level of the pattern (not
     * in a group, a class or an alternation) of ASCII characters that stand for themselves
     * (letters, spaces, {@code :}, an escaped {@code \(}), without one a quantifier applies to.
     * A line without it cannot match, which spares running a pattern that starts with {@code .*}
     * or {@code .{0,80}} over every line of a page.
     */
    static String requiredLiteral(String regex) {
        Literal literal = literalOf(regex);
        return literal == null ? null : literal.text();
    }

    /**
     * A row's literal and how far from the line's ends it can stand in a match: at most
     * {@code maxBefore} chars after the line's start and {@code maxAfter} before its end, or
     * {@link Widths#UNBOUNDED}. "all rights reserved" ends a line but for a dot, "tags:" starts
     * one within eleven chars: such a literal is looked for where it can be, not along the line.
     */
    record Literal(String text, int maxBefore, int maxAfter) {
    }

    /** {@link #requiredLiteral} with where it stands, or null. */
    static Literal literalOf(String regex) {
        String best = "";
        int bestStart = -1;
        int bestEnd = -1;
        StringBuilder run = new StringBuilder();
        int runStart = -1;
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            int width = 1;
            char plain = 0;
            if (c == '\\' && i + 1 < regex.length()) {
                char e = regex.charAt(i + 1);
                width = 2;
                if ((e == 'p' || e == 'P') && i + 2 < regex.length() && regex.charAt(i + 2) == '{') {
                    width = regex.indexOf('}', i) - i + 1; // \p{L}
                } else if (!Character.isLetterOrDigit(e) && e < 128) {
                    plain = e; // \( \. \|
                }
            } else if (c == '{' && !inClass && regex.indexOf('}', i) > i) {
                width = regex.indexOf('}', i) - i + 1; // a quantifier's bounds: {0,80}
            } else if (c < 128 && "\\^$.|?*+()[]{}".indexOf(c) < 0) {
                plain = c;
            }
            char next = i + width < regex.length() ? regex.charAt(i + width) : 0;
            boolean quantified = next == '?' || next == '*' || next == '+' || next == '{';
            if (plain != 0 && depth == 0 && !inClass && !quantified) {
                if (run.length() == 0) {
                    runStart = i;
                }
                run.append(plain);
            } else {
                if (run.toString().trim().length() > best.length()) {
                    best = run.toString().trim();
                    bestStart = runStart;
                    bestEnd = i;
                }
                run.setLength(0);
                if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    return null; // alternatives at the top: no literal is in every match
                }
            }
            i += width - 1;
        }
        if (run.toString().trim().length() > best.length()) {
            best = run.toString().trim();
            bestStart = runStart;
            bestEnd = regex.length();
        }
        if (best.isEmpty()) {
            return null;
        }
        // the run's spaces trimmed off its ends are chars of the match beside the literal
        String whole = plainText(regex.substring(bestStart, bestEnd));
        int leading = whole.indexOf(best);
        int trailing = whole.length() - leading - best.length();
        return new Literal(best.toLowerCase(Locale.ROOT),
                Widths.plus(Widths.max(regex.substring(0, bestStart)), leading),
                Widths.plus(Widths.max(regex.substring(bestEnd)), trailing));
    }

    /** The chars a run of plain pattern chars stands for: {@code \(} is {@code (}. */
    private static String plainText(String run) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            out.append(c == '\\' && i + 1 < run.length() ? run.charAt(++i) : c);
        }
        return out.toString();
    }

    /**
     * The most chars a part of a pattern can match, read from the pattern: chars, classes and
     * {@code .} one each, anchors and {@code \b} none, groups their longest alternative, {@code
     * ?} and {@code {m,n}} as bounded, {@code *}, {@code +} and {@code {m,}} without bound. A
     * construct it does not know (back-references, look-arounds, inline flags) counts as
     * unbounded, which is always safe: an unbounded side only widens where the literal is looked
     * for. With ASCII-only case folding a char matches one char.
     */
    static final class Widths {

        static final int UNBOUNDED = -1;

        private final String re;
        private int at;

        private Widths(String re) {
            this.re = re;
        }

        static int max(String part) {
            Widths w = new Widths(part);
            try {
                int width = w.alternatives();
                return w.at == part.length() ? width : UNBOUNDED;
            } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
                return UNBOUNDED; // not a pattern this reads: no bound
            }
        }

        static int plus(int a, int b) {
            return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : a + b;
        }

        private static int times(int width, int n) {
            return width == UNBOUNDED ? UNBOUNDED : width * n;
        }

        private int alternatives() {
            int widest = sequence();
            while (at < re.length() && re.charAt(at) == '|') {
                at++;
                int w = sequence();
                widest = widest == UNBOUNDED || w == UNBOUNDED ? UNBOUNDED : Math.max(widest, w);
            }
            return widest;
        }

        private int sequence() {
            int total = 0;
            while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
                total = plus(total, quantified(atom()));
            }
            return total;
        }

        private int atom() {
            char c = re.charAt(at++);
            switch (c) {
                case '(' -> {
                    if (re.startsWith("?:", at)) {
                        at += 2;
                    } else if (at < re.length() && re.charAt(at) == '?') {
                        throw new IllegalStateException("look-around or flags");
                    }
                    int w = alternatives();
                    if (at >= re.length() || re.charAt(at) != ')') {
                        throw new IllegalStateException("unclosed group");
                    }
                    at++;
                    return w;
                }
                case '[' -> {
                    skipClass();
                    return 1;
                }
                case '\\' -> {
                    return escape();
                }
                case '^', '$' -> {
                    return 0;
                }
                case '*', '+', '?', '{', ')' -> throw new IllegalStateException("nothing to repeat");
                default -> {
                    return 1; // '.', or a char that stands for itself
                }
            }
        }

        private int escape() {
            char e = re.charAt(at++);
            if ("bBAGZz".indexOf(e) >= 0) {
                return 0;
            }
            if (e == 'p' || e == 'P') {
                if (re.charAt(at) == '{') {
                    at = re.indexOf('}', at) + 1;
                    if (at == 0) {
                        throw new IllegalStateException("unclosed property");
                    }
                } else {
                    at++; // \pL
                }
                return 1;
            }
            if (Character.isDigit(e) || e == 'k' || e == 'Q' || e == 'x' || e == 'u' || e == 'c' || e == 'N' || e == 'R'
                    || e == 'X') {
                throw new IllegalStateException("an escape this does not read"); // back-references, quotes, code points
            }
            return 1; // \d \s \w, an escaped sign
        }

        private void skipClass() {
            int depth = 1;
            if (at < re.length() && re.charAt(at) == '^') {
                at++;
            }
            if (at < re.length() && re.charAt(at) == ']') {
                at++; // a ']' first stands for itself
            }
            while (depth > 0) {
                char c = re.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
        }

        private int quantified(int width) {
            if (at >= re.length()) {
                return width;
            }
            char q = re.charAt(at);
            int result;
            if (q == '?') {
                at++;
                result = width;
            } else if (q == '*' || q == '+') {
                at++;
                result = width == 0 ? 0 : UNBOUNDED;
            } else if (q == '{') {
                int close = re.indexOf('}', at);
                String[] bounds = re.substring(at + 1, close).split(",", -1);
                at = close + 1;
                if (bounds.length == 1) {
                    result = times(width, Integer.parseInt(bounds[0].trim()));
                } else if (bounds[1].isBlank()) {
                    result = width == 0 ? 0 : UNBOUNDED;
                } else {
                    result = times(width, Integer.parseInt(bounds[1].trim()));
                }
            } else {
                return width;
            }
            if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
                at++; // lazy or possessive: the same widths
            }
            return result;
        }
    }

    /** Longer lines are paragraphs of text, never furniture. */
    private static final int MAX_FURNITURE_LINE = 300;

    LineKind classify(String line) {
        if (line.length() > MAX_FURNITURE_LINE && line.trim().length() > MAX_FURNITURE_LINE) {
            return LineKind.CONTENT;
        }
        // a line longer than every listed line and every date stamp is none of them: most lines of
        // text are, and they skip making the folded lower-case key
        if (Sentence.foldsWithin(line, longestKey)) {
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
        }
        String trimmed = line.trim();
        return trimmed.length() <= MAX_FURNITURE_LINE && matchesARow(trimmed) ? LineKind.FURNITURE : LineKind.CONTENT;
    }

    /** True when a {@code regex:} row matches the whole of {@code trimmed}. */
    boolean matchesARow(String trimmed) {
        for (int r = 0; r < patterns.size(); r++) {
            Row row = patterns.get(r);
            if (row.mayStartLike(trimmed) && (row.literal == null || literals.holds(trimmed, r))
                    && row.pattern().matcher(trimmed).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds which of several literals a line holds, with ASCII capitals read as small letters,
     * which is all the rows' case-insensitive patterns fold (no UNICODE_CASE): a line a row
     * matches holds the row's literal in this sense. A prose line passes the first-char test of
     * several rows that start with {@code .*} or {@code .{0,80}}, so this runs on most short
     * lines of a text page. A literal is looked for only where a match can have it (near the
     * end for "all rights reserved", near the start for "tags:"), by its rarest char ({@code v}
     * in {@code all rights reserved}) with {@link String#indexOf(int, int)}, which the JVM runs
     * as a vector instruction, and checked around each place found: a char-by-char scan of the
     * line was a twentieth of reading a text page.
     *
     * <p>Immutable; thread-safe.
     */
    static final class LiteralScan {

        /** English letters from the most to the least common in prose; other chars count as rarer, a space as the most common. */
        private static final String LETTERS_BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

        private final Literal[] literals;
        /** Per literal, where its rarest char is. */
        private final int[] anchors;

        /**
         * @param literals lower-case ASCII literals; a null entry is never looked for, so that
         *                 indices can follow a list where only some entries have a literal
         */
        LiteralScan(List<Literal> literals) {
            this.literals = literals.toArray(new Literal[0]);
            this.anchors = new int[this.literals.length];
            for (int r = 0; r < this.literals.length; r++) {
                if (this.literals[r] == null) {
                    continue;
                }
                String literal = this.literals[r].text();
                if (literal.isEmpty() || !literal.chars().allMatch(c -> c < 128 && (c < 'A' || c > 'Z'))) {
                    throw new IllegalArgumentException("not a lower-case ASCII literal: '" + literal + "'");
                }
                int rarest = 0;
                for (int k = 1; k < literal.length(); k++) {
                    if (commonness(literal.charAt(k)) < commonness(literal.charAt(rarest))) {
                        rarest = k;
                    }
                }
                anchors[r] = rarest;
            }
        }

        private static int commonness(char c) {
            return c == ' ' ? LETTERS_BY_FREQUENCY.length() : LETTERS_BY_FREQUENCY.indexOf(c);
        }

        /** Whether {@code line} holds the literal at {@code index} where a match can have it; false for a null one. */
        boolean holds(String line, int index) {
            return literals[index] != null && holds(line, literals[index], anchors[index]);
        }

        /**
         * A window this short is tried place by place: indexOf cannot be told where to stop, and
         * would run on to the end of the line to find a char that "tags:" needs near its start.
         */
        private static final int SHORT_WINDOW = 64;

        private static boolean holds(String line, Literal literal, int anchor) {
            String text = literal.text();
            int last = line.length() - text.length(); // the literal's last possible start
            int from = literal.maxAfter() == Widths.UNBOUNDED ? 0 : Math.max(0, last - literal.maxAfter());
            int to = literal.maxBefore() == Widths.UNBOUNDED ? last : Math.min(last, literal.maxBefore());
            if (from > to) {
                return false;
            }
            if (to - from < SHORT_WINDOW) {
                for (int at = from; at <= to; at++) {
                    if (holdsAt(line, at, text)) {
                        return true;
                    }
                }
                return false;
            }
            char c = text.charAt(anchor);
            return holdsAround(line, text, anchor, c, from, to)
                    || (c >= 'a' && c <= 'z' && holdsAround(line, text, anchor, (char) (c - ('a' - 'A')), from, to));
        }

        /** True when the literal starts in {@code [from, to]} with its anchor char at a place where {@code c} is. */
        private static boolean holdsAround(String line, String literal, int anchor, char c, int from, int to) {
            for (int at = line.indexOf(c, from + anchor); at >= 0 && at <= to + anchor; at = line.indexOf(c, at + 1)) {
                if (holdsAt(line, at - anchor, literal)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean holdsAt(String line, int from, String literal) {
            for (int k = 0; k < literal.length(); k++) {
                if (foldAscii(line.charAt(from + k)) != literal.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static char foldAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
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

    /** The longest line a date stamp can be, folded. */
    private static final int MAX_DATE_STAMP = 60;

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
        return k.length() <= MAX_DATE_STAMP && digit && !k.endsWith(".");
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
        return Sentence.fold(line, 0, line.length()).toLowerCase(Locale.ROOT);
    }
}
