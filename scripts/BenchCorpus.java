import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the benchmark corpus of scripts/bench: many article-sized files made from the pages in
 * samples/, each one different, so that a run over it reads like a real archive and nothing can
 * be served from a cache.
 *
 * <p>Run with the single-file source launcher (no build needed):
 * {@code java scripts/BenchCorpus.java OUT_DIR SIZE_BYTES SEED SAMPLES_DIR}.
 *
 * <p>Each output file is either one HTML sample page or one to eight plain-text sample pages in a
 * row (each text page holds several articles), so files run from about 5 KB to about 50 KB. Every
 * file gets its own seeded variation, applied to the whole file:
 * <ul>
 *   <li>years (1900-2099) move by the same number of years, so the dates of a page stay in step,
 *       and a short second year ({@code 2018-19}) follows its first;</li>
 *   <li>month names (full, and abbreviations with a dot) move round the calendar by the same
 *       number of months, as do the months of ISO ({@code 2019-11-22}) and day-first dotted
 *       ({@code 04.11.2019}) dates; "May" and "March" only where a number or a preposition shows
 *       they are months;</li>
 *   <li>days of the month (a number up to 31 near a month name) move by the same number of days,
 *       within 1-28 so that every month has them;</li>
 *   <li>currency signs {@code $ € £ ¥} (and {@code US$}) and the codes USD, EUR, GBP, JPY move
 *       round that list together;</li>
 *   <li>every other number gets seeded random digits of the same shape: as many digits, the same
 *       grouping and decimal marks, no new leading zero.</li>
 * </ul>
 * Left as they are: digits glued to a letter before them ({@code G20}, {@code A321},
 * {@code h2}, {@code S-400}, {@code utf-8}), decades ({@code 1970s}), ordinals not next to a
 * month ({@code 5th}), times of day ({@code 4:15}) and character references ({@code &#8211;}).
 * So the text still reads as news prose to the extractor and the markup stays valid.
 *
 * <p>Files go into subdirectories of 1000 ({@code 000/000000.html}), in the order they are made.
 * The same arguments always give the same bytes.
 */
public final class BenchCorpus {

    private static final int PER_DIR = 1000;

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] MONTH_ABBREVIATIONS = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.",
        "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

    private static final Pattern MONTH = Pattern.compile(
            "\\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)"
            + "|(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)(?![\\p{L}\\d])");
    /** What before "May" or "March" makes it a month rather than a verb. */
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?:\\d|\\b(?:in|of|since|early|mid|late|until|by|from|to|and|or|through|last|next|this|between|on|end)[ -]|[–-])\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_AFTER = Pattern.compile("^,?\\s*\\d");
    /** Any month name, for telling a day of the month from other small numbers. */
    private static final Pattern NEAR_MONTH = Pattern.compile(
            "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");

    private static final String[] SIGNS = {"$", "€", "£", "¥"};
    private static final String[] CODES = {"USD", "EUR", "GBP", "JPY"};
    private static final Pattern CURRENCY = Pattern.compile("US\\$|[$€£¥]|\\b(?:USD|EUR|GBP|JPY)\\b");

    private static final Pattern NUMBERS = Pattern.compile(
            "(?<ref>&#[xX]?[0-9a-fA-F]+;)"
            + "|(?<iso>(?<![\\d\\p{L}])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d))"
            + "|(?<dotted>(?<![\\d.\\p{L}])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d))"
            + "|(?<time>(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d))"
            + "|(?<run>\\d+)");
    private static final Pattern ORDINAL = Pattern.compile("(?:st|nd|rd|th)(?![\\p{L}\\d])");

    /** The variation of one output file. */
    private static final class Variation {
        final SplittableRandom random;
        final int years;
        final int months;
        final int days;
        final int currencies;

        Variation(SplittableRandom random) {
            this.random = random;
            this.years = random.nextInt(-8, 7);
            this.months = random.nextInt(12);
            this.days = random.nextInt(28);
            this.currencies = random.nextInt(4);
        }

        int year(int y) {
            return y + years;
        }

        int month(int m) {
            return (m - 1 + months) % 12 + 1;
        }

        int day(int d) {
            return (d - 1 + days) % 28 + 1;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: java BenchCorpus.java OUT_DIR SIZE_BYTES SEED SAMPLES_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        Path samples = Path.of(args[3]);

        List<String> texts = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".txt")) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                } else if (name.endsWith(".html")) {
                    pages.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        if (texts.isEmpty() || pages.isEmpty()) {
            throw new IOException(samples + ": needs both .txt and .html samples");
        }

        long bytes = 0;
        int count = 0;
        int htmlFiles = 0;
        long htmlBytes = 0;
        while (bytes < size) {
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + count);
            Variation v = new Variation(random);
            boolean html = random.nextInt(8) < 5;
            StringBuilder doc = new StringBuilder();
            if (html) {
                doc.append(pages.get(random.nextInt(pages.size())));
            } else {
                int n = 1 + random.nextInt(random.nextInt(8) + 1);
                for (int k = 0; k < n; k++) {
                    if (k > 0) {
                        doc.append("\n\n");
                    }
                    doc.append(texts.get(random.nextInt(texts.size())));
                }
            }
            byte[] content = vary(doc.toString(), v).getBytes(StandardCharsets.UTF_8);
            Path dir = out.resolve(String.format("%03d", count / PER_DIR));
            if (count % PER_DIR == 0) {
                Files.createDirectories(dir);
            }
            Files.write(dir.resolve(String.format("%06d.%s", count, html ? "html" : "txt")), content);
            bytes += content.length;
            count++;
            if (html) {
                htmlFiles++;
                htmlBytes += content.length;
            }
        }
        System.out.printf(Locale.ROOT, "files=%d bytes=%d html_files=%d html_bytes=%d%n", count, bytes, htmlFiles, htmlBytes);
    }

    /** {@code text} with the variation applied: months, then currencies, then numbers. */
    static String vary(String text, Variation v) {
        return numbers(currencies(months(text, v), v), v);
    }

    private static String months(String text, Variation v) {
        Matcher m = MONTH.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                String name = m.group(1);
                int index = indexOf(MONTHS, name);
                if ((name.equals("May") || name.equals("March")) && !looksLikeMonth(text, m.start(), m.end())) {
                    replacement = name;
                } else {
                    replacement = MONTHS[(index + v.months) % 12];
                }
            } else {
                String abbreviation = m.group(2);
                int index = abbreviation.startsWith("Sep") ? 8 : indexOf(MONTH_ABBREVIATIONS, abbreviation + ".");
                replacement = MONTH_ABBREVIATIONS[(index + v.months) % 12];
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean looksLikeMonth(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start);
        String after = text.substring(end, Math.min(text.length(), end + 4));
        return MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find();
    }

    private static String currencies(String text, Variation v) {
        if (v.currencies == 0) {
            return text;
        }
        Matcher m = CURRENCY.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String found = m.group();
            String replacement;
            if (found.length() == 3 && Character.isLetter(found.charAt(2))) {
                replacement = CODES[(indexOf(CODES, found) + v.currencies) % 4];
            } else {
                int index = found.equals("US$") ? 0 : indexOf(SIGNS, found);
                replacement = SIGNS[(index + v.currencies) % 4];
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String numbers(String text, Variation v) {
        Matcher m = NUMBERS.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            last = m.end();
            if (m.group("ref") != null || m.group("time") != null) {
                out.append(m.group());
            } else if (m.group("iso") != null) {
                int y = Integer.parseInt(m.group(3));
                int mo = Integer.parseInt(m.group(4));
                int d = Integer.parseInt(m.group(5));
                if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                    out.append(String.format(Locale.ROOT, "%04d-%02d-%02d", v.year(y), v.month(mo), v.day(d)));
                } else {
                    out.append(randomDigits(m.group(), true, v.random));
                }
            } else if (m.group("dotted") != null) {
                int d = Integer.parseInt(m.group(7));
                int mo = Integer.parseInt(m.group(8));
                int y = Integer.parseInt(m.group(9));
                if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
                    String fmt = m.group(7).length() == 2 ? "%02d." : "%d.";
                    fmt += m.group(8).length() == 2 ? "%02d.%04d" : "%d.%04d";
                    out.append(String.format(Locale.ROOT, fmt, v.day(d), v.month(mo), v.year(y)));
                } else {
                    out.append(randomDigits(m.group(), true, v.random));
                }
            } else {
                out.append(run(text, m.start(), m.end(), v));
            }
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    private enum RunKind { KEEP, YEAR, SHORT_YEAR, DAY, GROUP, NUMBER }

    /** The new text of the digit run {@code text[start, end)}. */
    private static String run(String text, int start, int end, Variation v) {
        String digits = text.substring(start, end);
        switch (kind(text, start, end)) {
            case KEEP:
                return digits;
            case YEAR:
                return Integer.toString(v.year(Integer.parseInt(digits)));
            case SHORT_YEAR:
                return String.format(Locale.ROOT, "%02d", Math.floorMod(v.year(Integer.parseInt(text.substring(start - 5, start - 1))) + 1, 100));
            case DAY:
                return Integer.toString(v.day(Integer.parseInt(digits)));
            case GROUP:
                return randomDigits(digits, false, v.random);
            default:
                return randomDigits(digits, true, v.random);
        }
    }

    private static RunKind kind(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        int length = end - start;
        if (Character.isLetter(before) || before == '_'
                || (before == '-' && start > 1 && Character.isLetter(text.charAt(start - 2)))) {
            return RunKind.KEEP; // G20, A321, h2, utf-8, S-400
        }
        boolean nearMonth = NEAR_MONTH.matcher(text.substring(Math.max(0, start - 16), Math.min(text.length(), end + 16))).find();
        int value = length <= 9 ? Integer.parseInt(text, start, end, 10) : -1;
        if (Character.isLetter(after)) {
            if (ORDINAL.matcher(text).region(end, Math.min(text.length(), end + 3)).lookingAt()) {
                return length <= 2 && value >= 1 && value <= 31 && nearMonth ? RunKind.DAY : RunKind.KEEP;
            }
            if (after == 's' && (end + 1 >= text.length() || !Character.isLetter(text.charAt(end + 1)))) {
                return RunKind.KEEP; // the 1970s, the 90s
            }
        }
        if ((before == ',' || before == '.' || before == '\u00A0' || before == '\u202F' || before == '\u2009')
                && start > 1 && Character.isDigit(text.charAt(start - 2))) {
            return RunKind.GROUP; // the rest of 1,250,000.5
        }
        boolean groupFollows = end + 1 < text.length() && (after == ',' || after == '.') && Character.isDigit(text.charAt(end + 1));
        if (length == 4 && value >= 1900 && value <= 2099 && !groupFollows) {
            return RunKind.YEAR;
        }
        if (length == 2 && (before == '-' || before == '–' || before == '/') && start >= 5) {
            int yearStart = start - 5;
            if ((yearStart == 0 || !Character.isDigit(text.charAt(yearStart - 1)))
                    && text.substring(yearStart, start - 1).chars().allMatch(Character::isDigit)
                    && kind(text, yearStart, start - 1) == RunKind.YEAR
                    && (Integer.parseInt(text, yearStart, start - 1, 10) + 1) % 100 == value) {
                return RunKind.SHORT_YEAR; // 2018-19
            }
        }
        if (length <= 2 && value >= 1 && value <= 31 && nearMonth && !groupFollows) {
            return RunKind.DAY;
        }
        return RunKind.NUMBER;
    }

    /**
     * {@code s} with each digit replaced by a random one; with {@code leading}, a first digit that
     * is not 0 stays not 0, so the number keeps its length.
     */
    private static String randomDigits(String s, boolean leading, SplittableRandom random) {
        StringBuilder b = new StringBuilder(s.length());
        boolean first = leading;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (first) {
                    b.append(c == '0' ? '0' : (char) ('1' + random.nextInt(9)));
                } else {
                    b.append((char) ('0' + random.nextInt(10)));
                }
                first = false;
            } else {
                b.append(c);
                first = leading && !(c == ',' || c == '.' || c == '\u00A0');
            }
        }
        return b.toString();
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
