package dev.factx.classify;

import dev.factx.model.Kind;
import dev.factx.normalize.ChangeWords;
import dev.factx.normalize.Lexicon;
import dev.factx.recognize.CountNouns;
import dev.factx.recognize.Mention;
import dev.factx.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a figure measures ({@code metric}): trade, investment, financing, growth, share,
 * companies, people, countries or other.
 *
 * <p>A count is classified by its counted noun ({@link CountNouns}). A percent is growth when
 * the grammar says it is a change ({@code grew by 35 per cent}, {@code by 19%}, {@code up 3%},
 * {@code a 5% increase}), a rate when a rate word governs it ({@code inflation}, {@code interest
 * rate}: other), and a share otherwise. A multiplier verb ({@code doubled}) is growth, a
 * fraction ({@code a third of}) a share. Money and quantities take the metric of the nearest
 * keyword of {@code metrics.tsv} in their clause, then in the clause around a bracket, then in
 * earlier clauses of the sentence; a price per unit ({@code $71 a barrel}) is other. Dates and durations have none. Thread-safe after construction.
 */
public final class MetricClassifier {

    /** Nouns and comparatives after a percentage that make it a change ("5% increase"). */
    private static final Set<String> CHANGE_AFTER = Lexicon.words("increase", "increases", "rise", "rises", "growth", "gain",
            "gains", "jump", "decline", "declines", "drop", "drops", "fall", "falls", "decrease", "reduction", "cut",
            "higher", "lower", "more", "less", "up", "down", "surge", "hike", "slump", "below", "above", "raise", "raises",
            "fewer", "cheaper", "dearer", "bigger", "smaller", "larger", "greater");
    /** Rates that are neither a share nor a change; tax, duty and tariff rates are shares of a price. */
    private static final Set<String> RATE_WORDS = Lexicon.words("rate", "rates", "interest", "unemployment",
            "yield", "yields", "turnout",
            "probability", "chance", "odds", "discount", "fee", "commission", "levy");

    /** {@code phrasal-up-verbs.txt}: verbs that make "up" part of a phrase, not a rise ("make up", "take up"). */
    public static final Set<String> MAKE_UP = Set.copyOf(Lexicon.lines("phrasal-up-verbs.txt"));
    /** How far back a rate word ("tariff", "unemployment") governs a percentage. */
    private static final int RATE_REACH = 16;

    private record Keyword(String stem, boolean prefix, String metric) {
    }

    private final Map<String, String> exact = new HashMap<>();
    /** The prefix keywords by their first char, in the table's order: a word is tried against its own char's only. */
    private final Map<Character, List<Keyword>> prefixesByFirstChar = new HashMap<>();
    private final CountNouns nouns;

    public MetricClassifier(CountNouns nouns) {
        this.nouns = nouns;
        for (String[] r : Lexicon.rows("metrics.tsv")) {
            if (r[0].endsWith("*")) {
                String stem = r[0].substring(0, r[0].length() - 1);
                prefixesByFirstChar.computeIfAbsent(stem.charAt(0), c -> new ArrayList<>()).add(new Keyword(stem, true, r[1]));
            } else {
                exact.put(r[0], r[1]);
            }
        }
    }

    public String metric(List<Token> toks, Clauses clauses, Mention figure) {
        return switch (figure.kind()) {
            case DATE, DURATION -> null;
            case COUNT -> memberStates(toks, figure) ? "countries" : countMetric(toks, figure);
            case PERCENT -> percent(toks, clauses, figure);
            case RATIO -> ratio(toks, figure);
            case MONEY -> isChange(toks, figure) ? "growth" : isPrice(toks, figure) ? "other" : keyword(toks, clauses, figure);
            case QUANTITY -> COMMODITY_UNITS.contains(figure.unit()) && "trade".equals(keyword(toks, clauses, figure))
                    ? "trade" : "other"; // tonnes shipped abroad are trade; a distance or an area never is
        };
    }

    /** The metric of the counted noun: the last word of the span, or the unit when the noun stands elsewhere ("Nine of the 12 analysts"). */
    private String countMetric(List<Token> toks, Mention figure) {
        Token last = toks.get(figure.last());
        if (figure.unit() != null && last.isWord() && figure.unit().endsWith(last.lower())) {
            return nouns.metric(last);
        }
        return figure.unit() == null ? "other" : nouns.metric(figure.unit(), null);
    }

    /** "ASEAN's 10 members", "the 27 EU members": members of a bloc named by an acronym are countries. */
    private static boolean memberStates(List<Token> toks, Mention figure) {
        String head = toks.get(figure.last()).lower();
        if (!head.equals("members") && !head.equals("member")) {
            return false;
        }
        for (int k = figure.first() - 1; k >= 0 && k >= figure.first() - 3; k--) {
            String w = toks.get(k).text();
            if (w.length() >= 2 && w.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        for (int k = figure.numberAt() + 1; k < figure.last(); k++) {
            String w = toks.get(k).text();
            if (w.length() >= 2 && w.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    /** Change words that, before an amount of money, do not make it a change: money "raised" is funding. */
    private static final Set<String> NOT_MONEY_CHANGE = Lexicon.words("more", "less", "raised", "raise", "raises", "raising", "lifted");
    private static final Set<String> COMMODITY_UNITS = Lexicon.words("t", "m3", "bbl", "bbl/d", "t/yr", "m3/yr", "m3/d", "t/d");

    /** "fell £214 to", "settled 31 cents higher", "up 20p": an amount of change is growth, like a percentage. */
    private boolean isChange(List<Token> toks, Mention figure) {
        Token prev = figure.first() > 0 ? toks.get(figure.first() - 1) : null;
        Token next = figure.last() + 1 < toks.size() ? toks.get(figure.last() + 1) : null;
        boolean phrasalUp = prev != null && prev.is("up") && figure.first() >= 2 && MAKE_UP.contains(toks.get(figure.first() - 2).lower());
        if (crossesALevel(toks, figure)) {
            return false; // "fell below $70": a level passed, not an amount of change
        }
        return (prev != null && !phrasalUp && (prev.is("by") || (ChangeWords.contains(prev.lower()) && !NOT_MONEY_CHANGE.contains(prev.lower()))))
                || (next != null && CHANGE_AFTER.contains(next.lower()) && !next.is("increase") && !next.is("rise"));
    }


    private static final Set<String> LEVEL_BOUNDS = Lexicon.words("below", "above", "beneath", "past");

    /**
     * True when a verb of change is followed by a bound of level: "fell below $70". Not after
     * "by" ("fell by over $3"), and not "over" or "under", which as often mean "more" or "less"
     * than a change ("rose over 5%").
     */
    private static boolean crossesALevel(List<Token> toks, Mention figure) {
        return figure.first() < figure.numberAt() && LEVEL_BOUNDS.contains(toks.get(figure.first()).lower())
                && !(figure.first() > 0 && toks.get(figure.first() - 1).is("by"));
    }

    /** "$71.20 a barrel", "$214 per tonne": a price per unit, not an amount of trade or investment. */
    private static boolean isPrice(List<Token> toks, Mention figure) {
        int k = figure.last() + 1;
        return k + 1 < toks.size() && (toks.get(k).is("a") || toks.get(k).is("per") || toks.get(k).is("an"))
                && toks.get(k + 1).isWord() && !toks.get(k + 1).is("year") && !toks.get(k + 1).is("month");
    }

    private String ratio(List<Token> toks, Mention figure) {
        boolean afterChange = false;
        for (int k = figure.first() - 1; k >= 0 && k >= figure.first() - 2; k--) {
            boolean phrasalUp = toks.get(k).is("up") && k > 0 && MAKE_UP.contains(toks.get(k - 1).lower());
            afterChange |= (ChangeWords.contains(toks.get(k).lower()) && !phrasalUp) || toks.get(k).is("by");
        }
        if ("fraction".equals(figure.unit())) {
            return afterChange ? "growth" : "share"; // "cut by a third" is a change; "a third of trade" a share
        }
        int next = figure.last() + 1;
        boolean beforeChange = next < toks.size() && CHANGE_AFTER.contains(toks.get(next).lower()); // "a two-fold increase"
        return figure.rule().equals("ratio.multiply-verb") || afterChange || beforeChange ? "growth" : "other";
    }

    /** Words between a change verb and its percentage: "rose an average of 9%", "grew by an annual 4%", "grew at a pace of 2%". */
    private static final Set<String> CHANGE_FILLERS = Lexicon.words("a", "an", "at", "average", "of", "annual", "annualised",
            "annualized", "further", "another", "estimated", "additional", "yearly", "record", "combined", "total", "rate",
            "pace", "quarterly", "monthly");
    /** "expanded at an annualised rate of 1.2%": five words. */
    private static final int CHANGE_FILLER_REACH = 5;

    /** Abbreviations of a change on the period before: "yoy", "y/y", "y-o-y", "q/q", "m/m", "mom", "qoq". */
    private static final Set<String> PERIOD_ON_PERIOD = Lexicon.words("yoy", "qoq", "mom", "y", "q", "m");

    /** True for "yoy", "y/y", "q/q", "year-on-year", "month-on-month", "year-over-year" at {@code k}. */
    private static boolean isPeriodOnPeriod(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return false;
        }
        Token t = toks.get(k);
        if (PERIOD_ON_PERIOD.contains(t.lower())) {
            // a lone letter only as the start of "y/y", "y-o-y", "q/q"
            return t.text().length() > 1 || (k + 1 < toks.size() && !toks.get(k + 1).spaceBefore()
                    && (toks.get(k + 1).isSymbol("/") || toks.get(k + 1).isDash()));
        }
        return (t.is("year") || t.is("month") || t.is("quarter") || t.is("week")) && k + 2 < toks.size()
                && toks.get(k + 1).isDash() && (toks.get(k + 2).is("on") || toks.get(k + 2).is("over"));
    }

    private String percent(List<Token> toks, Clauses clauses, Mention figure) {
        int first = figure.numberAt();
        // the word before the figure's span: "by about 9 per cent" looks past "about"
        Token prev = figure.first() > 0 ? toks.get(figure.first() - 1) : null;
        boolean phrasalUp = prev != null && prev.is("up") && figure.first() >= 2
                && MAKE_UP.contains(toks.get(figure.first() - 2).lower());
        if (prev != null && (prev.is("by") || ChangeWords.contains(prev.lower())) && !phrasalUp && !crossesALevel(toks, figure)) {
            return "growth"; // but "women make up 45% of the workforce" is a share, "fell below 5%" a level
        }
        // "rose an average of 9 per cent", "rose by an annual 8.7%": a change verb past a few words of
        // measure; but "rose to an average of 9%" is a level
        int k0 = figure.first() - 1;
        while (k0 > 0 && k0 >= figure.first() - CHANGE_FILLER_REACH && CHANGE_FILLERS.contains(toks.get(k0).lower())) {
            k0--;
        }
        if (k0 < figure.first() - 1 && k0 >= 0 && (toks.get(k0).is("by") || ChangeWords.contains(toks.get(k0).lower()))) {
            return "growth";
        }
        int after = figure.last() + 1;
        if (after < toks.size() && CHANGE_AFTER.contains(toks.get(after).lower())) {
            return "growth";
        }
        if (isPeriodOnPeriod(toks, after)) {
            return "growth"; // "1.1% yoy", "0.4% q/q", "2.3% year-on-year"
        }
        if (prev != null && prev.isSymbol("+") && !toks.get(figure.first()).spaceBefore()) {
            return "growth"; // "(+14%)": a signed change
        }
        for (int k = figure.first() - 1; k >= 0 && k >= figure.first() - RATE_REACH; k--) {
            if (toks.get(k).is("inflation") || toks.get(k).is("deflation")) {
                return "growth"; // inflation is the growth of prices, whatever verb reports it
            }
            if (toks.get(k).isSymbol(";")) {
                break;
            }
        }
        if (after + 1 < toks.size() && toks.get(after).isDash() && CHANGE_AFTER.contains(toks.get(after + 1).lower())) {
            return "growth";
        }
        int clause = clauses.of(first);
        // "growth of 11.2 to 12.9 percent", "an increase of 5%"
        if (prev != null && prev.is("of") && figure.first() >= 2 && CHANGE_AFTER.contains(toks.get(figure.first() - 2).lower())) {
            return "growth";
        }
        // "pay growing at an annual 4.8 per cent": a change a few words back, unless a level follows it ("rose ... to 30%")
        for (int k = figure.first() - 1; k >= 0 && k >= figure.first() - 4; k--) {
            String w = toks.get(k).lower();
            if (w.equals("to") || toks.get(k).isSymbol(",;")) {
                break;
            }
            if (w.endsWith("ing") && ChangeWords.contains(w) || w.equals("growth") || w.equals("inflation")) {
                return "growth";
            }
        }
        // "a 5 per cent pay rise": a change noun right after the figure's noun
        if (after + 1 < toks.size() && toks.get(after).isWord() && CHANGE_AFTER.contains(toks.get(after + 1).lower())
                && (toks.get(after + 1).is("rise") || toks.get(after + 1).is("increase") || toks.get(after + 1).is("cut")
                        || toks.get(after + 1).is("raise") || toks.get(after + 1).is("hike"))) {
            return "growth";
        }
        for (int k = first - 1; k >= 0 && k >= first - RATE_REACH; k--) {
            if (clauses.of(k) != clause && !toks.get(k).isSymbol(",")) {
                break;
            }
            String w = toks.get(k).lower();
            if (RATE_WORDS.contains(w)) {
                return "other"; // "the tariff on steel imports will rise to 25%"; "unemployment fell to 4%, down from 5%"
            }
        }
        // no share is below zero: "-11%" in a table's change column is a fall
        return figure.value() != null && figure.value().signum() < 0 ? "growth" : "share";
    }

    private String keyword(List<Token> toks, Clauses clauses, Mention figure) {
        int at = figure.numberAt();
        int clause = clauses.of(at);
        String m = nearest(toks, at, k -> clauses.of(k) == clause);
        if (m == null && clauses.bracketed(clause)) {
            int outer = clauses.parentOf(clause);
            m = nearest(toks, at, k -> clauses.of(k) == outer);
        }
        if (m == null) {
            // the topic of an earlier clause carries over ("Gas exports reached 7.6 bcm, and Beijing asked
            // for 10 bcm a year"); a later clause speaks of something else
            int clauseStart = clauses.firstToken(clause);
            m = nearest(toks, at, k -> k < clauseStart);
        }
        return m == null ? "other" : m;
    }

    /**
     * The keyword metric of each token of the last sentence a thread asked about: every figure of
     * a sentence scans the same tokens, and a sentence dense with figures made that quadratic.
     */
    private final ThreadLocal<SentenceKeywords> lastSentence = ThreadLocal.withInitial(SentenceKeywords::new);

    private static final class SentenceKeywords {
        /** Held, not copied: compared by identity, so a later list can never pass for it. */
        List<Token> toks;
        /** The metric of each token, or null. */
        String[] metrics;
        /** The positions of the tokens with a metric, in order. */
        int[] at;
    }

    private SentenceKeywords keywords(List<Token> toks) {
        SentenceKeywords last = lastSentence.get();
        if (last.toks != toks) {
            String[] metrics = new String[toks.size()];
            int[] at = new int[8];
            int n = 0;
            for (int k = 0; k < metrics.length; k++) {
                metrics[k] = lookup(toks.get(k));
                if (metrics[k] != null) {
                    if (n == at.length) {
                        at = java.util.Arrays.copyOf(at, 2 * n);
                    }
                    at[n++] = k;
                }
            }
            last.toks = toks;
            last.metrics = metrics;
            last.at = java.util.Arrays.copyOf(at, n);
        }
        return last;
    }

    /**
     * The metric of the keyword in {@code scope} nearest the figure's number at {@code at}. A
     * keyword before the number is {@code at - k} away, one after it (or the number itself)
     * {@code k - at + 1}: on a tie the one before wins, as it names the subject ("trade turnover
     * amounted to"). The search goes outward from the number over the sentence's keywords only
     * (a long sentence of figures with few keywords would otherwise be scanned whole for each
     * figure) and stops at the first one in scope.
     */
    private String nearest(List<Token> toks, int at, java.util.function.IntPredicate scope) {
        SentenceKeywords sentence = keywords(toks);
        int[] positions = sentence.at;
        // hi: the first keyword at or after the number; lo: the last one before it.
        int hi = java.util.Arrays.binarySearch(positions, at);
        if (hi < 0) {
            hi = -hi - 1;
        }
        int lo = hi - 1;
        while (lo >= 0 || hi < positions.length) {
            boolean takeBefore = hi >= positions.length
                    || (lo >= 0 && at - positions[lo] <= positions[hi] - at + 1);
            int k = takeBefore ? positions[lo--] : positions[hi++];
            if (scope.test(k)) {
                return sentence.metrics[k];
            }
        }
        return null;
    }

    private String lookup(Token t) {
        if (!t.isWord()) {
            return null;
        }
        String w = t.lower();
        String m = exact.get(w);
        if (m != null) {
            return m;
        }
        List<Keyword> candidates = w.isEmpty() ? null : prefixesByFirstChar.get(w.charAt(0));
        if (candidates != null) {
            for (Keyword k : candidates) {
                if (w.startsWith(k.stem)) {
                    return k.metric;
                }
            }
        }
        return null;
    }
}
