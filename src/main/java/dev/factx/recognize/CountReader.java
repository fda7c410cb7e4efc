package dev.factx.recognize;

import dev.factx.classify.QualifierReader;
import dev.factx.model.Kind;
import dev.factx.normalize.Currencies;
import dev.factx.normalize.Lexicon;
import dev.factx.normalize.NumberParser;
import dev.factx.normalize.NumberPhrase;
import dev.factx.normalize.Units;
import dev.factx.text.Token;
import java.util.Set;

/**
 * Counts: a number and the noun it counts ({@code 690 Russian companies},
 * {@code six of its dialog partners}, {@code dozens of events}); the unit is the counted head
 * noun in lower case ({@link CountNouns}). A lone {@code one}, decimals, and numbers after a name
 * ({@code Boeing 787 jets}) are not counts. Immutable and thread-safe.
 */
final class CountReader implements UnitReader {

    /** Function words that may stand between a number and its noun: "six such workshops", "two more ships". */
    /**
     * Verbs that follow a count used as a subject and never modify a noun after them: "640 said
     * sales had fallen". Not "reported", "planned" or "expected", which do ("12 reported cases").
     */
    private static final Set<String> CLAUSE_VERBS = Lexicon.words("said", "say", "says", "told", "added", "noted",
            "warned", "claimed", "agreed", "expect", "expects", "think", "thought", "believe", "believed", "want",
            "wanted", "voted", "opposed", "chose");
    private static final Set<String> POST_DETERMINERS = Lexicon.words("such", "other", "more", "own", "same", "additional");
    private static final Set<String> MONTHS_AND_DAYS = Lexicon.words("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    private final NumberParser numbers;
    private final Currencies currencies;
    private final Units units;
    private final CountNouns nouns;
    private final QualifierReader qualifiers;

    CountReader(NumberParser numbers, Currencies currencies, Units units, CountNouns nouns, QualifierReader qualifiers) {
        this.numbers = numbers;
        this.currencies = currencies;
        this.units = units;
        this.nouns = nouns;
        this.qualifiers = qualifiers;
    }

    /** Determiners and possessives between "of" and a second number: "of the", "of its", "of the group's". */
    /** Words after "of" that begin the whole a count is a part of: "six of its partners", "two of whom". */
    private static final Set<String> OF_WHOLE = Lexicon.words("its", "the", "their", "these", "those", "his", "her",
            "our", "your", "whom", "which", "them");
    private static final Set<String> PARTITIVE_DETERMINERS = Lexicon.words("the", "its", "their", "his", "her", "our",
            "these", "those", "'s", "’s");

    /** The index of a number after "of the ...", within a few determiner words, or -1. */
    private int innerNumber(SentenceTokens s, int from) {
        for (int k = from; k < from + 4 && k < s.size(); k++) {
            Token t = s.get(k);
            if (t.isNumber() || (t.isWord() && numbers.isNumberWord(t.lower()) && !t.is("one"))) {
                return k > from || PARTITIVE_DETERMINERS.contains(s.get(k - 1).lower()) ? k : -1;
            }
            boolean possessor = s.at(k + 1) != null && (s.get(k + 1).is("'s") || s.get(k + 1).is("’s"));
            if (!PARTITIVE_DETERMINERS.contains(t.lower()) && !possessor) {
                return -1;
            }
        }
        return -1;
    }

    @Override
    public Reading read(SentenceTokens s, NumberPhrase n) {
        Token firstTok = s.get(n.first());
        if (firstTok.isNumber() && isNameBefore(s, n.first())) {
            return null; // "Boeing 787 jets", "Article 5 obligations", "Nord Stream 2 partners"
        }
        if (!n.vague() && firstTok.isWord() && (firstTok.is("one") || firstTok.is("zero")) && !n.scaled()) {
            return null; // "one of", "no one", "one another": a lone "one" is seldom a count
        }
        if (!n.vague() && !n.scaled() && n.first() == n.last() && firstTok.isNumber()
                && CONTINENTAL_GROUPS.matcher(firstTok.text()).matches()) {
            // "1.000 units", "2.500 workers": points that group thousands, as continental Europe writes them;
            // a count has no fraction, so three digits after each point are thousands
            n = new NumberPhrase(n.first(), n.last(), new java.math.BigDecimal(firstTok.text().replace(".", "")), n.spelled(), n.scale(), n.plus());
        }
        if (!n.vague() && n.value().scale() > 0 && n.value().stripTrailingZeros().scale() > 0 && !n.scaled()) {
            return null; // 2.5 is not a count of things
        }
        int k = n.last() + 1;
        Token t = s.at(k);
        if (t == null) {
            return null;
        }
        if (n.vague()) {
            if (!t.is("of")) {
                return null;
            }
            k++;
            if (s.at(k) != null && (s.get(k).is("the") || s.get(k).is("these") || s.get(k).is("those"))) {
                k++;
            }
        } else if (t.is("of") && innerNumber(s, k + 1) >= 0) {
            // "Nine of the 12 analysts", "two of its 31 factories": the first number counts the same noun
            // as the second; its span stops at the number so the second is read as a count of its own
            int inner = innerNumber(s, k + 1);
            NumberPhrase second = s.number(numbers, inner);
            Reading whole = second == null ? null : read(s, second);
            if (whole == null || whole.kind() != Kind.COUNT) {
                return null;
            }
            return new Reading(Kind.COUNT, n.first(), n.last(), n.value(), whole.unit(), "count.partitive", n.first(), n);
        } else if (t.is("of") && s.at(k + 1) != null && OF_WHOLE.contains(s.get(k + 1).lower())) {
            // partitive: "six of its dialog partners"
            if (s.get(k + 1).is("whom") || s.get(k + 1).is("which") || s.get(k + 1).is("them")) {
                return null;
            }
            k += 2;
        } else if (t.isDash() && !t.spaceBefore() && firstTok.isNumber()) {
            return compound(s, n, k); // "a 1,150-bed hospital", "a 12-member panel"
        } else if (!t.spaceBefore() && t.isWord()) {
            return null; // glued letters after digits: a code, not a count
        }
        // "left 12 dead and 40 injured": an adjective of people's fate alone stands for the people
        if (t.isWord() && t.spaceBefore() && FigureRecognizer.PEOPLE_ADJECTIVES.contains(t.lower()) && s.free(k)
                && !n.vague() && n.value().stripTrailingZeros().scale() <= 0) {
            Token next = s.at(k + 1);
            if (next == null || !next.isWord() || nouns.isFunctionWord(next)) {
                return new Reading(Kind.COUNT, n.first(), k, n.value(), "people", "count.people-adjective", n.first(), n);
            }
        }
        // up to four modifiers, then the counted noun
        for (int m = 0; m < 5; m++) {
            Token w = s.at(k);
            if (m == 0 && isModelNumber(s, k)) {
                k += 3; // "42 737-800 jets": a model's number right after the count names what is counted
                continue;
            }
            if (w == null || !w.isWord() || !s.free(k)) {
                return null;
            }
            if ((nouns.isFunctionWord(w) && !POST_DETERMINERS.contains(w.lower())) || numbers.isNumberWord(w.lower())
                    || CLAUSE_VERBS.contains(w.lower())) {
                return null; // "640 said sales had fallen": a verb ends the phrase before any noun
            }
            // a hyphenated modifier "issue-specific": skip its parts
            if (s.at(k + 1) != null && s.get(k + 1).isDash() && !s.get(k + 1).spaceBefore()
                    && s.at(k + 2) != null && !s.get(k + 2).spaceBefore() && s.get(k + 2).isWord()) {
                Token tail = s.get(k + 2);
                if (nouns.isPluralNoun(tail) && !(s.at(k + 3) != null && s.get(k + 3).isWord()
                        && nouns.isPluralNoun(s.get(k + 3)))) {
                    String compound = w.lower() + s.get(k + 1).text() + tail.lower(); // "start-ups"
                    return new Reading(Kind.COUNT, n.first(), k + 2, n.value(), compound, "count.noun", n.first(), n);
                }
                k += 3;
                continue;
            }
            Token following = s.at(k + 1);
            if (nouns.isPluralNoun(w) && w.isCapitalized() && following != null && following.isWord()
                    && !following.isCapitalized() && nouns.isPluralNoun(following) && s.free(k + 1)) {
                k++; // "450 Chinese companies": the nationality is a modifier of the noun after it
                continue;
            }
            if (UNMARKED_PLURALS.contains(w.lower()) && following != null && following.isWord() && s.free(k + 1)
                    && following.lower().endsWith("s") && nouns.isPluralNoun(following)) {
                k++; // "18 police officers", "22 staff members": the plural after names what is counted
                continue;
            }
            if (nouns.isPluralNoun(w)) {
                if (units.time.matchAt(s.tokens(), k) != null) {
                    return null; // "54 mins ago": a time, not a count of minutes
                }
                return new Reading(Kind.COUNT, n.first(), k, n.value(), w.lower(), "count.noun", n.first(), n);
            }
            k++;
        }
        return null;
    }

    /**
     * True for a model's number at {@code k}: digits, a glued dash, digits ("737-800", "777-9"),
     * spaced from what came before and followed by a word.
     */
    private static boolean isModelNumber(SentenceTokens s, int k) {
        Token a = s.at(k);
        Token dash = s.at(k + 1);
        Token b = s.at(k + 2);
        Token after = s.at(k + 3);
        return a != null && dash != null && b != null && after != null && a.isNumber() && a.spaceBefore()
                && dash.isDash() && !dash.spaceBefore() && b.isNumber() && !b.spaceBefore() && after.isWord()
                && after.spaceBefore() && s.free(k) && s.free(k + 2);
    }

    private static final java.util.regex.Pattern CONTINENTAL_GROUPS = java.util.regex.Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+");

    /** Plurals without an -s that also modify a noun: "police officers", "staff members", "data centres". */
    private static final Set<String> UNMARKED_PLURALS = Lexicon.words("police", "staff", "personnel", "cattle",
            "livestock", "aircraft", "crew", "faculty", "media", "data", "fish", "sheep");

    /** Words after "N-" that make an adjective, not a counted noun: "a 1,000-strong crowd", "a 50-odd group". */
    private static final Set<String> NOT_COUNTED = Lexicon.words("strong", "odd", "plus", "fold", "old", "something",
            "year", "month", "week", "day", "hour", "minute", "second");

    /**
     * "a 1,150-bed hospital", "a 12-member panel", "a 40-page report": a number joined by a hyphen
     * to a singular noun that modifies the noun after it counts that first noun, in the plural.
     */
    private Reading compound(SentenceTokens s, NumberPhrase n, int dash) {
        Token w = s.at(dash + 1);
        Token head = s.at(dash + 2);
        if (w == null || head == null || w.spaceBefore() || !w.isWord() || w.isCapitalized() || !head.isWord()
                || !head.spaceBefore() || w.text().length() < 3 || NOT_COUNTED.contains(w.lower())
                || nouns.isPluralNoun(w) || nouns.isFunctionWord(head) || numbers.isNumberWord(w.lower())
                || units.time.matchAt(s.tokens(), dash + 1) != null || units.physical.matchAt(s.tokens(), dash + 1) != null
                || (s.at(dash + 3) != null && s.get(dash + 2).isDash() && !s.get(dash + 2).spaceBefore())) {
            return null;
        }
        if (n.value().stripTrailingZeros().scale() > 0) {
            return null;
        }
        return new Reading(Kind.COUNT, n.first(), dash + 1, n.value(), CountNouns.plural(w.lower()), "count.compound",
                n.first(), n);
    }

    /**
     * True when the word before a number is a capitalized name word ("Boeing 787", "Chapter 3"),
     * not a qualifier, month or function word that happens to open the sentence ("About 450").
     */
    private boolean isNameBefore(SentenceTokens s, int at) {
        Token prev = s.at(at - 1);
        if (prev == null || !prev.isWord() || !prev.isCapitalized() || !s.get(at).spaceBefore()) {
            return false;
        }
        if (nouns.isFunctionWord(prev) || qualifiers.before(s.tokens(), at) != null
                || currencies.marks.matchEndingAt(s.tokens(), at - 1) != null) {
            return false;
        }
        if (at - 1 == 0 && prev.lower().endsWith("ly")) {
            return false; // "Exactly 40 ships", "Only 12 firms"
        }
        return !MONTHS_AND_DAYS.contains(prev.text());
    }
}
