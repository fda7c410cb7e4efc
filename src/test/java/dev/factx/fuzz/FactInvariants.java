package dev.factx.fuzz;

import dev.factx.DocumentText;
import dev.factx.model.Fact;
import dev.factx.output.PlainNumbers;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must hold of the facts extracted from any input at all, however garbled: each fact's
 * {@code text} is the document text at its {@code [start, end)}, numbers are plain decimals of
 * reasonable size, and dates and periods are well-formed TIMEX3 values naming real days. Used by
 * the fuzz tests and by the hostile-shape tests.
 */
public final class FactInvariants {

    /** One TIMEX3 value as factx writes them: a day (with a part of the day), month, year, quarter, ... */
    private static final Pattern SINGLE = Pattern.compile(
            "(-?\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2})(?:T(?:MO|AF|EV|NI))?)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI)"
                    + "|-W(\\d{2})(?:-WE)?)?"
                    + "|\\d{3}X|\\d{2}");

    private FactInvariants() {
    }

    /**
     * Throws an AssertionError naming the fact when one of the invariants fails.
     *
     * @param text  the document text the offsets count into (for HTML, the articles' texts joined by blank lines)
     */
    public static void check(String text, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.start() < 0 || f.end() < f.start()) {
                throw new AssertionError("bad offsets " + f.start() + ".." + f.end() + " for " + describe(f));
            }
            String at;
            try {
                at = text.substring(text.offsetByCodePoints(0, f.start()), text.offsetByCodePoints(0, f.end()));
            } catch (IndexOutOfBoundsException e) {
                throw new AssertionError("offsets beyond the text for " + describe(f), e);
            }
            if (!at.equals(f.text())) {
                throw new AssertionError("text at " + f.start() + ".." + f.end() + " is '" + at + "', not " + describe(f));
            }
            if (!spaced(f.sentence()).contains(spaced(f.text()))) {
                throw new AssertionError("sentence does not hold " + describe(f));
            }
            checkValue(f);
            checkTimex(f.date(), f);
            checkTimex(f.period(), f);
        }
    }

    private static void checkValue(Fact f) {
        BigDecimal v = f.value();
        if (v == null) {
            return;
        }
        String plain = PlainNumbers.format(v);
        if (plain.length() > 60 || plain.contains("E") || plain.contains("e")) {
            throw new AssertionError("value " + plain + " is no plain decimal of sensible size: " + describe(f));
        }
        if (new BigDecimal(plain).compareTo(v) != 0) {
            throw new AssertionError("value " + v + " does not survive its plain form " + plain + ": " + describe(f));
        }
    }

    /** Null, or one TIMEX3 value, or an interval of two whose end is not before its start. */
    static void checkTimex(String value, Fact f) {
        if (value == null) {
            return;
        }
        int slash = value.indexOf('/');
        String[] parts = slash < 0 ? new String[] {value} : new String[] {value.substring(0, slash), value.substring(slash + 1)};
        for (String part : parts) {
            Matcher m = SINGLE.matcher(part);
            if (!m.matches()) {
                throw new AssertionError("'" + value + "' is no TIMEX3 value: " + describe(f));
            }
            if (m.group(1) != null && !m.group(1).equals("XXXX") && m.group(2) != null) {
                try {
                    LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    throw new AssertionError("'" + value + "' names no real day: " + describe(f), e);
                }
            }
            if (m.group(4) != null && (Integer.parseInt(m.group(4)) < 1 || Integer.parseInt(m.group(4)) > 53)) {
                throw new AssertionError("'" + value + "' names no ISO week: " + describe(f));
            }
        }
    }

    /** The text factx reads in an HTML page, as {@code factx text} shows it: articles joined by blank lines. */
    public static String htmlText(DocumentText doc) {
        return String.join("\n\n", doc.articles().stream().map(DocumentText.ArticleText::text).toList());
    }

    /** White space of any kind as one plain space: sentences are written with their spaces tidied. */
    private static String spaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean isSpace = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (isSpace && !space) {
                b.append(' ');
            } else if (!isSpace) {
                b.append(c);
            }
            space = isSpace;
        }
        return b.toString();
    }

    private static String describe(Fact f) {
        return f.kind().id() + " '" + f.text() + "' (" + f.rule() + ") date=" + f.date() + " period=" + f.period()
                + " in: " + f.sentence();
    }
}
