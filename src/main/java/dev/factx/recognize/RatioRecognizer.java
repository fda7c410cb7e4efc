package dev.factx.recognize;

import dev.factx.classify.MetricClassifier;
import dev.factx.classify.QualifierReader;
import dev.factx.model.Kind;
import dev.factx.model.Qualifier;
import dev.factx.normalize.Lexicon;
import dev.factx.normalize.NumberParser;
import dev.factx.normalize.NumberPhrase;
import dev.factx.normalize.WordSet;
import dev.factx.text.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds ratios: multipliers ({@code doubled}, {@code tripled}, {@code quadrupling},
 * {@code twice as}, {@code two-fold}, {@code three times higher}) with unit {@code times}, and
 * fractions of a whole ({@code half of}, {@code a third of}, {@code two-thirds of},
 * {@code a quarter of}) with unit {@code fraction}.
 *
 * <p>A multiplier must be comparing something: {@code twice} and {@code three times} need a
 * comparative after them ({@code twice longer}, {@code three times as many}), so {@code met twice}
 * is not a ratio. A fraction needs {@code of} or {@code the} after it, so {@code a third force}
 * is not one. Runs before the figure recognizer so that {@code two-thirds} is not read as a count.
 * Immutable and thread-safe.
 */
public final class RatioRecognizer implements Recognizer {

    private static final Map<String, Integer> MULTIPLY_VERBS = Lexicon.lookup(Map.ofEntries(
            Map.entry("doubled", 2), Map.entry("doubling", 2), Map.entry("doubles", 2),
            Map.entry("tripled", 3), Map.entry("tripling", 3), Map.entry("triples", 3), Map.entry("trebled", 3),
            Map.entry("quadrupled", 4), Map.entry("quadrupling", 4), Map.entry("quadruples", 4),
            Map.entry("quintupled", 5), Map.entry("quintupling", 5)));
    private static final Set<String> TO_VERB = Lexicon.words("to", "will", "would", "could", "can", "may", "might", "should",
            "did", "must", "nearly", "almost", "more", "than");
    private static final Map<String, BigDecimal> FRACTIONS = Lexicon.lookup(Map.of(
            "half", new BigDecimal("0.5"), "third", BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64),
            "quarter", new BigDecimal("0.25"), "fifth", new BigDecimal("0.2"), "tenth", new BigDecimal("0.1"),
            "thirds", BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64),
            "quarters", new BigDecimal("0.25"), "fifths", new BigDecimal("0.2"), "tenths", new BigDecimal("0.1")));
    private static final Set<String> COMPARATIVE = Lexicon.words("as", "more", "less", "the", "that", "higher", "lower",
            "larger", "bigger", "smaller", "longer", "shorter", "greater", "faster", "slower", "cheaper", "dearer",
            "over", "above", "what", "those");
    /** Words that can open a ratio besides numbers, multiplier verbs and adverbs. */
    private static final Set<String> TRIGGERS = Lexicon.words("a", "one", "half", "double", "halved");

    /** Financial measures a multiple is taken of: "1.8 times earnings", "12 times sales". */
    private static final Set<String> MEASURES = Lexicon.words("earnings", "sales", "revenue", "revenues", "profit", "profits",
            "book", "income", "cash", "incomes", "salary", "salaries", "wages", "pay", "rent", "rents");
    /** Words before a measure after "times": "average earnings", "annual income", "median pay". */
    private static final Set<String> MEASURE_ADJECTIVES = Lexicon.words("average", "annual", "median", "mean", "yearly",
            "monthly", "household", "forward", "trailing");
    /** Words after a fraction that compare: "a third more than in 2019", "a two-thirds majority", "a fifth below". */
    private static final Set<String> FRACTION_COMPARED = Lexicon.words("more", "less", "fewer", "higher", "lower", "larger",
            "smaller", "bigger", "majority", "cheaper", "dearer", "below", "above", "short");

    /** Verbs after a fraction used as a subject: "a quarter were sold". */
    private static final Set<String> FRACTION_VERBS = Lexicon.words("were", "was", "are", "is", "have", "has", "had", "will",
            "would", "could", "said", "say", "remain", "remained");
    private static final Map<String, Integer> ADVERBS = Lexicon.lookup(Map.of("twice", 2, "thrice", 3));

    private final NumberParser numbers;
    private final QualifierReader qualifiers;
    /** The words a ratio can open with (besides "-fold" words), in one set: triggers, verbs, adverbs, numbers. */
    private final Set<String> mayStart;

    public RatioRecognizer(NumberParser numbers, QualifierReader qualifiers) {
        this.numbers = numbers;
        this.qualifiers = qualifiers;
        Set<String> starts = new HashSet<>(TRIGGERS);
        starts.addAll(MULTIPLY_VERBS.keySet());
        starts.addAll(ADVERBS.keySet());
        starts.addAll(numbers.numberWords());
        this.mayStart = WordSet.of(starts);
    }

    /** The triggers, verbs, adverbs and number words; "-fold" words are tested by their ending. */
    @Override
    public Set<String> openingWords() {
        return mayStart;
    }

    /** The openers but "a", which starts a ratio only before a fraction ("a third", "a fifth"): those are cues. */
    @Override
    public Set<String> cueWords() {
        Set<String> cues = new HashSet<>(mayStart);
        cues.remove("a");
        cues.addAll(numbers.allWords());
        cues.addAll(FRACTIONS.keySet());
        return cues;
    }

    @Override
    public Set<String> cueEndings() {
        return Set.of("fold");
    }

    @Override
    public void recognize(SentenceTokens s, List<Mention> out) {
        int i = 0;
        while (i < s.size()) {
            Mention m = s.free(i) ? at(s, i) : null;
            if (m != null && s.freeRange(m.first(), m.last())) {
                QualifierReader.Found q = qualifiers.before(s.tokens(), m.first());
                if (q != null && s.freeRange(q.first(), q.last())) {
                    m = m.withSpan(q.first(), m.last()).withQualifier(q.qualifier());
                }
                out.add(m);
                s.claim(m.first(), m.last());
                i = m.last() + 1;
            } else {
                i++;
            }
        }
    }

    private Mention at(SentenceTokens s, int i) {
        Token t = s.get(i);
        if (!t.isWord() && !t.isNumber()) {
            return null;
        }
        String w = t.lower();
        if (t.isWord() && !(s.mayOpen(i) && mayStart.contains(w)) && !w.endsWith("fold")) {
            return null; // a cheap test before trying every pattern
        }
        Token next = s.at(i + 1);
        Token prev = s.at(i - 1);
        if (t.isWord()) { // the verbs, adverbs and -fold words; a number is none of them
            Integer verb = MULTIPLY_VERBS.get(w);
            if (verb == null && w.equals("double") && prev != null && TO_VERB.contains(prev.lower())
                    && !(next != null && (next.is("digits") || next.is("digit")))) {
                verb = 2;
            }
            if (verb == null && w.equals("halved")) {
                return times(i, i, new BigDecimal("0.5"), "ratio.multiply-verb");
            }
            if (verb != null) {
                return times(i, i, BigDecimal.valueOf(verb), "ratio.multiply-verb");
            }
            Integer adverb = ADVERBS.get(w);
            if (adverb != null && next != null && (COMPARATIVE.contains(next.lower()) || next.lower().endsWith("er"))) {
                return times(i, i, BigDecimal.valueOf(adverb), "ratio.twice");
            }
            // two-fold, 10-fold, tenfold, threefold
            if (w.endsWith("fold") && w.length() > 4 && numbers.isNumberWord(w.substring(0, w.length() - 4))) {
                NumberPhrase n = numbers.parse(List.of(new Token(0, 0, Token.Type.WORD, w.substring(0, w.length() - 4), false)), 0);
                if (n != null && !n.vague()) {
                    return times(i, i, n.value(), "ratio.fold");
                }
            }
        }
        NumberPhrase n = t.isNumber() || numbers.isNumberWord(w) ? s.number(numbers, i) : null;
        if (n != null && !n.vague()) {
            Token a = s.at(n.last() + 1);
            Token b = s.at(n.last() + 2);
            if (a != null && b != null && a.isDash() && !a.spaceBefore() && b.is("fold") && !b.spaceBefore()) {
                return times(i, n.last() + 2, n.value(), "ratio.fold");
            }
            Token before = s.at(i - 1);
            if (a != null && a.is("times") && before != null && (before.is("from") || before.is("against")) && n.value().scale() > 0) {
                return times(i, n.last() + 1, n.value(), "ratio.times"); // "down from 2.1 times a year ago"
            }
            Token measure = b != null && MEASURE_ADJECTIVES.contains(b.lower()) ? s.at(n.last() + 3) : b; // "8.3 times average earnings"
            if (a != null && a.is("times") && b != null && measure != null
                    && ((isAcronym(b) && n.value().scale() > 0) || MEASURES.contains(measure.lower()))) {
                return times(i, n.last() + 1, n.value(), "ratio.times"); // "net debt of 1.8 times EBITDA"
            }
            if (a != null && a.is("times") && b != null && (COMPARATIVE.contains(b.lower()) || b.lower().endsWith("er"))
                    && !b.is("the") || a != null && a.is("times") && b != null && b.is("the") && n.value().compareTo(BigDecimal.ONE) > 0) {
                return times(i, n.last() + 1, n.value(), "ratio.times");
            }
            // two-thirds of, three quarters of (but "three quarters of an hour" is a duration)
            if (a != null && b != null && ((a.isDash() && !a.spaceBefore() && FRACTIONS.containsKey(b.lower()))
                    || (FRACTIONS.containsKey(a.lower()) && a.lower().endsWith("s")))
                    && !ofATimeUnit(s, a.isDash() ? n.last() + 3 : n.last() + 2)) {
                int last = a.isDash() ? n.last() + 2 : n.last() + 1;
                Token frac = s.get(last);
                Token after = s.at(last + 1);
                int point = pointEnd(s, last + 1);
                if (point >= 0 && isRateMove(s, i, point)) { // "three-quarters of a percentage point"
                    return new Mention(i, point, Kind.PERCENT, n.value().multiply(FRACTIONS.get(frac.lower()), MathContext.DECIMAL64),
                            "pp", Qualifier.EXACT, "percent.fraction-point", null, i);
                }
                if ((after != null && (after.is("of") || after.is("the") || FRACTION_COMPARED.contains(after.lower())))
                        || (prev != null && prev.is("by"))) {
                    return fraction(i, last, n.value().multiply(FRACTIONS.get(frac.lower()), MathContext.DECIMAL64), "ratio.fraction");
                }
            }
            // one in five, 1 in 10; nine out of ten
            boolean outOf = a != null && a.is("out") && b != null && b.is("of");
            int den = outOf ? n.last() + 3 : n.last() + 2;
            if (a != null && a.is("in") && b != null && b.is("every")) {
                den++; // "one in every five homes"
            }
            if (a != null && (a.is("in") || outOf) && n.value().signum() > 0 && s.at(den) != null) {
                NumberPhrase d = s.number(numbers, den);
                if (d != null && !d.vague() && d.value().compareTo(n.value()) > 0 && d.last() == den
                        && s.free(den) && d.value().compareTo(BigDecimal.valueOf(1000)) <= 0) {
                    return fraction(i, d.last(), n.value().divide(d.value(), MathContext.DECIMAL64), "ratio.one-in");
                }
            }
            if (n.value().compareTo(BigDecimal.ONE) == 0 && a != null && b != null && a.isDash() && !a.spaceBefore()
                    && FRACTIONS.containsKey(b.lower()) && s.at(n.last() + 3) != null && s.get(n.last() + 3).is("of")) {
                return fraction(i, n.last() + 2, FRACTIONS.get(b.lower()), "ratio.fraction");
            }
        }
        // a third of, a quarter of, half of, half the
        if ((w.equals("a") || w.equals("one")) && next != null && FRACTIONS.containsKey(next.lower())
                && !next.lower().endsWith("s") && !next.is("half") && !ofATimeUnit(s, i + 2) // "a quarter of a century" is a duration
                && !(s.number(numbers, i) != null && s.number(numbers, i).last() > i + 1)) { // "a quarter of a million" is a number
            Token after = s.at(i + 2);
            // "a third of the market"; "cut by a third"; "a quarter were sold"; "a quarter point" is a percentage
            int point = pointEnd(s, i + 2);
            if (point >= 0 && isRateMove(s, i, point)) {
                return new Mention(i, point, Kind.PERCENT, FRACTIONS.get(next.lower()), "pp", Qualifier.EXACT,
                        "percent.fraction-point", null, i);
            }
            if ((after != null && (after.is("of") || FRACTION_VERBS.contains(after.lower()) || FRACTION_COMPARED.contains(after.lower())))
                    || byBefore(s, i)) {
                return fraction(i, i + 1, FRACTIONS.get(next.lower()), "ratio.fraction");
            }
        }
        boolean afterAnd = prev != null && prev.is("a") && s.at(i - 2) != null && s.get(i - 2).is("and");
        int halfPoint = !w.equals("half") || afterAnd || next == null ? -1
                : next.is("a") ? pointEnd(s, i + 2) : next.isDash() ? pointEnd(s, i + 1) : -1;
        if (halfPoint >= 0 && isRateMove(s, i, halfPoint)) { // "half a point", "half a percentage point", "a half-point cut"
            return new Mention(i, halfPoint, Kind.PERCENT, new BigDecimal("0.5"), "pp", Qualifier.EXACT,
                    "percent.fraction-point", null, i);
        }
        if (w.equals("half") && !afterAnd && ((next != null && (next.is("of") || next.is("the") || next.is("its") || next.is("their")))
                || byBefore(s, i))
                && !(prev != null && (prev.is("first") || prev.is("second") || prev.is("latter") || prev.is("other")))) {
            return fraction(i, i, new BigDecimal("0.5"), "ratio.half");
        }
        return null;
    }

    /**
     * The last token of a percentage point after a fraction, from {@code k}: "point", "points",
     * "percentage point", "-point" ("a quarter-point cut"), "of a point", "of a percentage point";
     * or -1. Rates are moved in fractions of a point, and "a quarter point" is 0.25 pp, not a
     * quarter of something.
     */
    private static int pointEnd(SentenceTokens s, int k) {
        Token t = s.at(k);
        if (t == null) {
            return -1;
        }
        if (t.isDash() && !t.spaceBefore() && s.at(k + 1) != null && !s.get(k + 1).spaceBefore() && s.get(k + 1).is("point")) {
            return k + 1;
        }
        if (t.is("of") && s.at(k + 1) != null && s.get(k + 1).is("a")) {
            k += 2;
            t = s.at(k);
            if (t == null) {
                return -1;
            }
        }
        if (t.is("point") || t.is("points")) {
            return k;
        }
        Token u = s.at(k + 1);
        return t.is("percentage") && u != null && (u.is("point") || u.is("points")) ? k + 1 : -1;
    }

    /** Verbs and nouns of a rate's move around a fraction of a point: "cut by half a point", "a quarter-point hike". */
    private static final Set<String> RATE_MOVES = Lexicon.words("by", "cut", "cuts", "raised", "raise", "lowered", "lower",
            "hiked", "hike", "hikes", "increase", "increases", "reduction", "move", "moves", "rise", "rises", "reduce",
            "reduced", "trimmed", "trim", "lifted", "lift", "rate");

    /**
     * True when a fraction of a point from {@code first} to {@code last} is a percentage point: it
     * says "percentage", or a change verb or "by" stands before it, or a noun of a rate's move
     * after it. "Half a point separated the two teams" is a score.
     */
    private boolean isRateMove(SentenceTokens s, int first, int last) {
        if (s.get(last - 1).is("percentage")) {
            return true;
        }
        QualifierReader.Found q = qualifiers.before(s.tokens(), first);
        Token before = s.at((q != null ? q.first() : first) - 1);
        Token after = s.at(last + 1);
        return (before != null && (RATE_MOVES.contains(before.lower()) || dev.factx.normalize.ChangeWords.contains(before.lower())))
                || (after != null && RATE_MOVES.contains(after.lower()));
    }

    /** "cut by a third", "fell by about a fifth", "by more than half", "up almost a quarter": a fraction of change. */
    /** True for "of a century", "of an hour" at {@code k}: a fraction of a unit of time, a duration. */
    private static boolean ofATimeUnit(SentenceTokens s, int k) {
        return s.at(k + 2) != null && s.get(k).is("of") && (s.get(k + 1).is("a") || s.get(k + 1).is("an"))
                && FigureRecognizer.ARTICLE_UNITS.contains(s.get(k + 2).lower());
    }

    private boolean byBefore(SentenceTokens s, int i) {
        int k = i;
        dev.factx.classify.QualifierReader.Found q = qualifiers.before(s.tokens(), k);
        if (q != null) {
            k = q.first();
        }
        Token before = s.at(k - 1);
        return before != null && (before.is("by") || ((before.is("up") || before.is("down"))
                && s.at(k - 2) != null && !MetricClassifier.MAKE_UP.contains(s.get(k - 2).lower())));
    }

    private static boolean isAcronym(Token t) {
        return t.isWord() && t.text().length() >= 3 && t.text().chars().allMatch(Character::isUpperCase);
    }

    private static Mention times(int first, int last, BigDecimal v, String rule) {
        return new Mention(first, last, Kind.RATIO, v, "times", Qualifier.EXACT, rule, null, first);
    }

    private static Mention fraction(int first, int last, BigDecimal v, String rule) {
        return new Mention(first, last, Kind.RATIO, v, "fraction", Qualifier.EXACT, rule, null, first);
    }
}
