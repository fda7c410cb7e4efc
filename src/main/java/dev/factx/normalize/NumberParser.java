package dev.factx.normalize;

import dev.factx.text.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a number starting at a token: digits with grouping and decimals ({@code 1,250,000},
 * {@code 1.9}, {@code 3 000}), attached or spaced scale words ({@code $1.13bn}, {@code 2.5 billion},
 * {@code 600m}), spelled numbers ({@code twenty-two}, {@code three hundred and fifty},
 * {@code three and a half million}, {@code a dozen}), a {@code -plus} suffix, and vague amounts
 * ({@code dozens of}, {@code billions of}). Word lists come from {@code number-words.tsv} and
 * {@code scales.tsv}.
 *
 * <p>Each call looks at a bounded number of tokens, so a sentence is read in linear time.
 * Thread-safe after construction.
 */
public final class NumberParser {

    private record Word(BigDecimal value, String role) {
    }

    private record Scale(BigDecimal multiplier, boolean attachable) {
    }

    private final Map<String, Word> words = new HashMap<>();
    /** The shapes of those words: most words of prose are not number words, which they tell without a lookup. */
    private final WordShapes wordShapes = new WordShapes();
    private final Map<String, Scale> scales = new HashMap<>();
    /**
     * The words a number in words can start with: number words, vague plurals ("hundreds"),
     * "a" and "an". One lookup for every word of a sentence, where there were two and two compares.
     */
    private final java.util.Set<String> wordStarts;

    private static final Map<String, BigDecimal> VAGUE = Lexicon.lookup(Map.of(
            "dozens", BigDecimal.valueOf(12), "scores", BigDecimal.valueOf(20),
            "hundreds", BigDecimal.valueOf(100), "thousands", BigDecimal.valueOf(1000),
            "millions", BigDecimal.valueOf(1_000_000), "billions", BigDecimal.valueOf(1_000_000_000L),
            "trillions", BigDecimal.valueOf(1_000_000_000_000L), "tens", BigDecimal.TEN));

    /** Vulgar fraction characters written after digits. */
    private static final Map<String, BigDecimal> VULGAR = Lexicon.lookup(Map.of("¼", new BigDecimal("0.25"), "½", new BigDecimal("0.5"),
            "¾", new BigDecimal("0.75"), "⅓", new BigDecimal("0.3333333333"), "⅔", new BigDecimal("0.6666666667")));

    public NumberParser() {
        for (String[] r : Lexicon.rows("number-words.tsv")) {
            words.put(r[0], new Word(new BigDecimal(r[1]), r[2]));
        }
        for (String[] r : Lexicon.rows("scales.tsv")) {
            scales.put(r[0], new Scale(new BigDecimal(r[1]), r[2].equals("yes")));
        }
        java.util.Set<String> starts = new java.util.HashSet<>(words.keySet());
        starts.addAll(VAGUE.keySet());
        starts.add("a");
        starts.add("an");
        this.wordStarts = WordSet.of(starts);
        wordShapes.addAll(words.keySet());
    }

    /** The number word {@code lower}, or null. */
    private Word word(String lower) {
        return wordShapes.mayHold(lower) ? words.get(lower) : null;
    }

    /** True when {@code lower} is a number word ({@code seven}, {@code twenty}, {@code million}). */
    public boolean isNumberWord(String lower) {
        Word w = word(lower);
        return w != null && !w.role.equals("fraction");
    }

    /** The words a number in words can start with: number words, vague plurals, "a" and "an". Unmodifiable. */
    public java.util.Set<String> wordStarts() {
        return wordStarts;
    }

    /**
     * Every word a number in words is made of: number words, fractions ("a third", "two
     * quarters") and vague plurals ("hundreds"), but not "a" and "an", which start a number only
     * before one of these.
     */
    public java.util.Set<String> allWords() {
        java.util.Set<String> all = new java.util.HashSet<>(words.keySet());
        all.addAll(VAGUE.keySet());
        return all;
    }

    /** Every word {@link #isNumberWord} is true for. */
    public java.util.Set<String> numberWords() {
        java.util.Set<String> all = new java.util.HashSet<>();
        words.forEach((word, w) -> {
            if (!w.role.equals("fraction")) {
                all.add(word);
            }
        });
        return all;
    }

    /** The multiplier of a spaced scale word ({@code million}, {@code bn}), or null. */
    public BigDecimal scaleWord(Token t) {
        Scale s = scales.get(t.text());
        if (s == null) {
            s = scales.get(t.lower());
            if (s != null && s.attachable && t.text().length() == 1) {
                return null; // "M", "K" spaced from the number are not scales unless written in their own case
            }
        }
        if (s == null || (s.attachable && t.text().length() == 1)) {
            return null; // a spaced single letter ("5 m") is too ambiguous
        }
        return s.multiplier;
    }

    /** Reads a number whose first token is {@code toks.get(i)}, or returns null. */
    public NumberPhrase parse(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (t.isNumber()) {
            return parseDigits(toks, i);
        }
        if (t.isWord() && wordStarts.contains(t.lower())) {
            return parseWords(toks, i);
        }
        return null;
    }

    private NumberPhrase parseDigits(List<Token> toks, int i) {
        String digits = toks.get(i).text();
        int last = i;
        // "€185 000": groups of three digits after a single space belong to the number
        boolean grouping = digits.length() <= 3 && allDigits(digits);
        while (grouping && last + 1 < toks.size()) {
            Token g = toks.get(last + 1);
            if (!g.isNumber() || g.text().length() != 3 || g.start() != toks.get(last).end() + 1
                    || !allDigits(g.text())
                    || (last + 2 < toks.size() && toks.get(last + 2).isNumber() && !toks.get(last + 2).spaceBefore())
                    || fallsBeforeRangeEnd(toks, last + 2, digits + g.text())) {
                break;
            }
            digits = digits + g.text();
            last++;
        }
        BigDecimal v = digitValue(digits);
        if (v == null) {
            return null;
        }
        if (last + 1 < toks.size() && !toks.get(last + 1).spaceBefore() && VULGAR.containsKey(toks.get(last + 1).text())) {
            v = v.add(VULGAR.get(toks.get(last + 1).text())); // "4¼ cents"
            last++;
        }
        BigDecimal scale = BigDecimal.ONE;
        if (last + 1 < toks.size()) {
            Token next = toks.get(last + 1);
            if (next.isWord() && !next.spaceBefore()) {
                Scale s = scales.get(next.text());
                if (s == null) {
                    s = scales.get(next.lower());
                }
                if (s != null && (s.attachable || next.lower().length() > 2)) {
                    scale = s.multiplier;
                    last++;
                } else {
                    return tail(toks, i, last, v, false, scale);
                }
            } else if (next.isWord()) {
                BigDecimal m = scaleWord(next);
                if (m != null) {
                    scale = m;
                    last++;
                    // "2.1 lakh crore", "5 thousand crore", "1.5 thousand million": a larger scale
                    // word after the first multiplies it
                    Token second = last + 1 < toks.size() ? toks.get(last + 1) : null;
                    BigDecimal m2 = second != null && second.isWord() && second.spaceBefore() && second.lower().length() > 2
                            ? scaleWord(second) : null;
                    if (m2 != null && m2.compareTo(m) > 0) {
                        scale = m.multiply(m2);
                        last++;
                    }
                }
            } else if (next.isDash() && !next.spaceBefore() && last + 2 < toks.size() && !toks.get(last + 2).spaceBefore()) {
                BigDecimal m = scaleWord(toks.get(last + 2)); // "a $1.5-billion loan"
                if (m != null && !toks.get(last + 2).text().equals(toks.get(last + 2).text().toUpperCase())) {
                    scale = m;
                    last += 2;
                }
            }
        }
        return tail(toks, i, last, v.multiply(scale), false, scale);
    }

    /** Applies a trailing {@code -plus} ("twenty-plus years"). */
    private static NumberPhrase tail(List<Token> toks, int first, int last, BigDecimal v, boolean spelled, BigDecimal scale) {
        if (last + 2 < toks.size() && toks.get(last + 1).isDash() && !toks.get(last + 1).spaceBefore()
                && toks.get(last + 2).is("plus") && !toks.get(last + 2).spaceBefore()) {
            return new NumberPhrase(first, last + 2, v, spelled, scale, true);
        }
        return new NumberPhrase(first, last, v, spelled, scale, false);
    }

    /** The value of a digit token: {@code 1,250,000.5}, {@code 3 000}, a decimal comma {@code 2,5}; null if malformed. */
    public static BigDecimal digitValue(String s) {
        String t = s.replace("\u00A0", "").replace("\u202F", "").replace("\u2009", "");
        int dots = count(t, '.');
        int commas = count(t, ',');
        if (dots > 1) {
            if (commas > 0 || !groupedBy(t, '.')) {
                return null; // 13.11.2018 is a date, not a number
            }
            t = t.replace(".", ""); // 1.250.000
        } else if (commas > 0) {
            if (groupedBy(dots == 1 ? t.substring(0, t.indexOf('.')) : t, ',')) {
                t = t.replace(",", "");
            } else if (commas == 1 && dots == 0) {
                t = t.replace(',', '.'); // 2,5: a decimal comma
            } else if (indianGrouped(dots == 1 ? t.substring(0, t.indexOf('.')) : t)) {
                t = t.replace(",", ""); // 1,20,000: lakhs and crores grouped by two above the thousands
            } else {
                return null;
            }
        }
        if (t.length() > 40) {
            return null;
        }
        if (t.length() <= 18 && allAsciiDigits(t)) {
            return BigDecimal.valueOf(Long.parseLong(t)); // most numbers: no parse of a char array copy
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when every char is a digit (Character.isDigit); a loop, not a stream made for every number. */
    /**
     * True when a glued dash and a number follow at {@code dash} and that number is smaller than
     * {@code joined}: "42 737-800 jets" is 42 of the 737-800, not a range from 42,737 down to 800.
     * "1 200-1 500 km" still joins, since 1,200 to 1,500 is a range that rises.
     */
    private static boolean fallsBeforeRangeEnd(List<Token> toks, int dash, String joined) {
        if (dash + 1 >= toks.size() || !toks.get(dash).isDash() || toks.get(dash).spaceBefore()
                || !toks.get(dash + 1).isNumber() || toks.get(dash + 1).spaceBefore()) {
            return false;
        }
        String end = toks.get(dash + 1).text();
        boolean grouped = end.length() <= 3 && allDigits(end);
        for (int k = dash + 2; grouped && k < toks.size() && toks.get(k).isNumber()
                && toks.get(k).text().length() == 3 && toks.get(k).start() == toks.get(k - 1).end() + 1; k++) {
            end = end + toks.get(k).text(); // the range's end in groups too: "1 200-1 500"
        }
        BigDecimal to = allDigits(end) ? new BigDecimal(end) : digitValue(end);
        return to != null && new BigDecimal(joined).compareTo(to) > 0;
    }

    private static boolean allDigits(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allAsciiDigits(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when every group after the first has exactly three digits. */
    private static boolean groupedBy(String t, char sep) {
        // a scan, not String.split: this runs for every number of every sentence, several times
        int group = 0;
        boolean first = true;
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) == sep) {
                if (first ? group == 0 || group > 3 : group != 3) {
                    return false;
                }
                first = false;
                group = 0;
            } else {
                group++;
            }
        }
        return first ? group > 0 && group <= 3 : group == 3;
    }

    /** "1,20,000", "12,34,56,789": one or two digits, groups of two, and a last group of three. */
    private static boolean indianGrouped(String t) {
        String[] groups = t.split(",", -1);
        if (groups.length < 3 || groups[0].isEmpty() || groups[0].length() > 2 || groups[groups.length - 1].length() != 3) {
            return false;
        }
        for (int k = 1; k < groups.length - 1; k++) {
            if (groups[k].length() != 2) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * Spelled numbers. Grammar, over lower-cased tokens with hyphens allowed between words:
     * {@code [a] (unit|teen|tens[-unit]) [hundred [and] ...] [magnitude ...] [and a half|quarter|third]},
     * plus {@code a dozen}, {@code half a million}, and vague plurals followed by "of". The
     * magnitudes of successive groups fall ({@code three billion two million}); a larger one right
     * after a smaller one multiplies it ({@code two thousand million} is 2000000000), and any other
     * magnitude not below the last ends the number, so a run of number words is read in short pieces.
     */
    private NumberPhrase parseWords(List<Token> toks, int i) {
        Token t = toks.get(i);
        String w = t.lower();
        if (VAGUE.containsKey(w)) {
            // "dozens of", "tens of thousands of", "hundreds of millions of"
            int k = i;
            while (k + 2 < toks.size() && toks.get(k + 1).is("of") && VAGUE.containsKey(toks.get(k + 2).lower())) {
                k += 2;
            }
            if (k + 1 < toks.size() && toks.get(k + 1).is("of")) {
                return new NumberPhrase(i, k, null, true, BigDecimal.ONE, false);
            }
            return null;
        }
        NumberPhrase fraction = fractionOfMagnitude(toks, i);
        if (fraction != null) {
            return fraction;
        }
        if (w.equals("half") && i + 2 < toks.size() && toks.get(i + 1).is("a")) {
            BigDecimal m = magnitude(toks.get(i + 2));
            if (m != null) {
                return new NumberPhrase(i, i + 2, m.divide(BigDecimal.valueOf(2)), true, m, false);
            }
            return null;
        }
        int k = i;
        boolean leadingA = false;
        if (w.equals("a") || w.equals("an")) {
            if (k + 1 >= toks.size()) {
                return null;
            }
            Word next = word(toks.get(k + 1).lower());
            if (next == null || !(next.role.equals("hundred") || next.role.equals("magnitude") || toks.get(k + 1).is("dozen"))) {
                return null;
            }
            leadingA = true;
            k++;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean any = false;
        BigDecimal scale = BigDecimal.ONE;
        int last = -1;
        BigDecimal lastMultiplier = BigDecimal.ONE;
        BigDecimal lastGroup = null; // what the last magnitude added to the total ("two thousand": 2000)
        BigDecimal groupScale = null; // that group's multiplier ("thousand million": 1000000000)
        boolean afterMagnitude = false;
        scan:
        while (k < toks.size()) {
            Token tk = toks.get(k);
            Word word = tk.isWord() ? word(tk.lower()) : null;
            if (word == null || word.role.equals("fraction")) {
                break;
            }
            switch (word.role) {
                case "unit", "teen" -> {
                    if (tk.is("dozen")) {
                        current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(word.value);
                    } else {
                        if (current.signum() != 0 && current.remainder(BigDecimal.valueOf(100)).signum() != 0
                                && !(current.remainder(BigDecimal.TEN).signum() == 0 && word.role.equals("unit"))) {
                            break scan; // "two three" is not a number
                        }
                        current = current.add(word.value);
                    }
                    lastMultiplier = BigDecimal.ONE;
                }
                case "tens" -> {
                    if (current.remainder(BigDecimal.valueOf(100)).signum() != 0) {
                        break scan;
                    }
                    current = current.add(word.value);
                    lastMultiplier = BigDecimal.ONE;
                }
                case "hundred" -> {
                    current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(word.value);
                    lastMultiplier = word.value;
                }
                case "magnitude" -> {
                    if (afterMagnitude && word.value.compareTo(groupScale) > 0) {
                        // "two thousand million": a larger magnitude right after a smaller one multiplies its group
                        total = total.subtract(lastGroup).add(lastGroup.multiply(word.value));
                        lastGroup = lastGroup.multiply(word.value);
                        groupScale = groupScale.multiply(word.value);
                    } else if (groupScale != null && word.value.compareTo(groupScale) >= 0) {
                        break scan; // "two million three billion": magnitudes only fall, so the number ends here
                    } else {
                        lastGroup = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(word.value);
                        total = total.add(lastGroup);
                        groupScale = word.value;
                    }
                    current = BigDecimal.ZERO;
                    scale = groupScale;
                    lastMultiplier = groupScale;
                }
                default -> {
                    return null;
                }
            }
            any = true;
            last = k;
            afterMagnitude = word.role.equals("magnitude");
            // continue over "-" in "twenty-two" and "and" in "three hundred and fifty"
            if (k + 2 < toks.size() && toks.get(k + 1).isDash() && !toks.get(k + 1).spaceBefore()
                    && !toks.get(k + 2).spaceBefore() && words.containsKey(toks.get(k + 2).lower())
                    && !word(toks.get(k + 2).lower()).role.equals("fraction")) {
                k += 2;
                continue;
            }
            if (k + 2 < toks.size() && toks.get(k + 1).is("and") && word.role.matches("hundred|magnitude")
                    && isNumberWord(toks.get(k + 2).lower()) && !toks.get(k + 2).is("dozen")) {
                k += 2;
                continue;
            }
            k++;
        }
        if (!any) {
            return null;
        }
        BigDecimal value = total.add(current);
        // "three and a half (million)": the fraction applies to the last multiplier seen
        if (last + 3 < toks.size() && toks.get(last + 1).is("and") && (toks.get(last + 2).is("a") || toks.get(last + 2).is("one"))) {
            Word frac = word(toks.get(last + 3).lower());
            if (frac != null && frac.role.equals("fraction")) {
                value = value.add(frac.value.multiply(lastMultiplier), MathContext.DECIMAL64);
                last += 3;
                if (last + 1 < toks.size()) {
                    BigDecimal m = magnitude(toks.get(last + 1));
                    if (m != null && lastMultiplier.equals(BigDecimal.ONE)) {
                        value = value.multiply(m);
                        last++;
                        scale = m;
                    }
                }
            }
        }
        // digits-style scale after a spelled number: "two bn" is rare, but "two million" was read above
        if (leadingA && value.signum() == 0) {
            return null;
        }
        return tail(toks, i, last, value, true, scale);
    }

    /**
     * "a quarter of a million", "three-quarters of a million", "a third of a billion": a fraction of
     * a magnitude, read as a number; a singular fraction after "a" or "one", a plural after a unit
     * word above one.
     */
    private NumberPhrase fractionOfMagnitude(List<Token> toks, int i) {
        String w = toks.get(i).lower();
        BigDecimal count;
        if (w.equals("a") || w.equals("one")) {
            count = BigDecimal.ONE;
        } else {
            Word unit = word(w);
            if (unit == null || !unit.role.equals("unit") || unit.value.compareTo(BigDecimal.ONE) <= 0) {
                return null;
            }
            count = unit.value;
        }
        int k = i + 1;
        if (k < toks.size() && toks.get(k).isDash() && !toks.get(k).spaceBefore()) {
            k++;
        }
        if (k + 3 >= toks.size() || !toks.get(k + 1).is("of") || !toks.get(k + 2).is("a")) {
            return null;
        }
        String f = toks.get(k).lower();
        boolean plural = count.compareTo(BigDecimal.ONE) > 0;
        if (plural != f.endsWith("s")) {
            return null; // "a quarters", "three quarter"
        }
        Word frac = word(plural ? f.substring(0, f.length() - 1) : f);
        BigDecimal m = magnitude(toks.get(k + 3));
        if (frac == null || !frac.role.equals("fraction") || m == null || frac.value.compareTo(new BigDecimal("0.5")) == 0 && plural) {
            return null;
        }
        return new NumberPhrase(i, k + 3, count.multiply(frac.value).multiply(m), true, m, false);
    }

    private BigDecimal magnitude(Token t) {
        Word w = word(t.lower());
        return w != null && (w.role.equals("magnitude") || w.role.equals("hundred")) ? w.value : null;
    }
}
