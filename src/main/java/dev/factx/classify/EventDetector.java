package dev.factx.classify;

import dev.factx.normalize.Lexicon;
import dev.factx.normalize.WordShapes;
import dev.factx.recognize.Mention;
import dev.factx.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a date anchors an event: something that happened or is planned at that date
 * ("the forum was held on 13–15 November", "the treaty signed in 2015", "the 2018 summit"), as
 * against a year that only labels a figure ("exports reached $2 billion in 2018"). The timeline
 * is made of the dates this finds an event for.
 *
 * <p>The event words come from {@code event-words.tsv}: a verb counts anywhere in the date's
 * clause (the nearest one wins), a noun only within {@value #NOUN_WINDOW} words of the date. A
 * verb right after a negation ("was not held in 2020") tells of no event, nor does a participle
 * in a hyphenated adjective ("a Jewish-born diplomat"), nor a capitalized verb form that is
 * part of a name ("Met Éireann says", "the Signed Arts Fund"), unless the sentence is a
 * headline in title case.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventDetector {

    /** How far from the date an event noun may stand: "the summit on 5 May", "the 2018 summit". */
    static final int NOUN_WINDOW = 4;

    private static final Set<String> UNTIL = Lexicon.words("until", "till", "til", "untill");

    private static final Set<String> NEGATIONS = Lexicon.words("not", "never", "n't", "no");

    /** One written form of an event word: its words and what it reports. */
    private record Form(String[] words, String lemma, boolean verb) {
    }

    /** Forms by their first word, longest first, so "took place" wins over a bare "took". */
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();
    /** The shapes of those first words: most words start no form, which they tell without a lookup. */
    private final WordShapes firstWords = new WordShapes();

    public EventDetector() {
        for (String[] row : Lexicon.rows("event-words.tsv")) {
            if (row.length != 3 || !(row[1].equals("verb") || row[1].equals("noun"))) {
                throw new IllegalStateException("event-words.tsv: bad row " + String.join("\t", row));
            }
            for (String form : row[2].split("\\|")) {
                String[] words = form.trim().toLowerCase(Locale.ROOT).split(" +");
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                        .add(new Form(words, row[0], row[1].equals("verb")));
            }
        }
        for (List<Form> forms : byFirstWord.values()) {
            forms.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        }
        firstWords.addAll(byFirstWord.keySet());
    }

    /**
     * The lemma of the event that {@code date} anchors ({@code hold}, {@code sign},
     * {@code summit}), or null when the sentence does not tell of one at that date.
     */
    public String event(List<Token> toks, Clauses clauses, Mention date) {
        int clause = clauses.of(date.first());
        String verb = null;
        int verbDistance = Integer.MAX_VALUE;
        String noun = null;
        int nounDistance = Integer.MAX_VALUE;
        boolean titleCase = titleCase(toks);
        for (int i = 0; i < toks.size(); i++) {
            if (i >= date.first() && i <= date.last()) {
                i = date.last();
                continue;
            }
            Form form = formAt(toks, i);
            if (form == null) {
                continue;
            }
            int distance = i < date.first() ? date.first() - i : i - date.last();
            boolean sameClause = inClause(clauses, clause, i, i + form.words.length - 1);
            if (form.verb) {
                if (sameClause && distance < verbDistance && !negated(toks, i) && !compound(toks, i)
                        && (titleCase || !inName(toks, i))) {
                    verb = form.lemma;
                    verbDistance = distance;
                }
            } else if (sameClause && distance <= NOUN_WINDOW && distance < nounDistance) {
                noun = form.lemma;
                nounDistance = distance;
            }
        }
        if (verb == null && noun == null) {
            return null;
        }
        if (endOfState(toks, date) && !"postpone".equals(verb)) {
            return null; // "cancelled until tomorrow": how long something lasts, not when it happened
        }
        return verb != null ? verb : noun;
    }

    /**
     * "closed until Monday", "in force until 3pm": the date ends a state. Only "postponed until
     * March" dates an event by it (the one put off).
     */
    private static boolean endOfState(List<Token> toks, Mention date) {
        if (date.first() == 0) {
            return false;
        }
        String before = toks.get(date.first() - 1).lower();
        return UNTIL.contains(before);
    }

    /** The longest event form whose words start at token {@code i}, or null. */
    private Form formAt(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.isWord()) {
            return null;
        }
        List<Form> forms = firstWords.mayHold(t.lower()) ? byFirstWord.get(t.lower()) : null;
        if (forms == null) {
            return null;
        }
        for (Form f : forms) {
            if (matches(toks, i, f.words)) {
                return f;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> toks, int i, String[] words) {
        if (i + words.length > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!toks.get(i + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when every token of the form is in the date's clause, or in the clause that brackets it. */
    private static boolean inClause(Clauses clauses, int clause, int first, int last) {
        for (int k = first; k <= last; k++) {
            int c = clauses.of(k);
            if (c != clause && c != clauses.parentOf(clause)) {
                return false;
            }
        }
        return true;
    }

    /** "Jewish-born", "state-held": a participle joined by a hyphen makes an adjective, not an event. */
    private static boolean compound(List<Token> toks, int verb) {
        return verb >= 2 && !toks.get(verb).spaceBefore() && toks.get(verb - 1).isDash()
                && !toks.get(verb - 1).spaceBefore() && toks.get(verb - 2).isWord();
    }

    /**
     * A capitalized word after another word or a comma, or opening the sentence before another
     * capitalized word: "Met" in "Met Éireann says", not "Signed in 2015, the treaty".
     */
    private static boolean inName(List<Token> toks, int i) {
        if (!toks.get(i).isCapitalized()) {
            return false;
        }
        if (i == 0) {
            return toks.size() > 1 && toks.get(1).isWord() && toks.get(1).isCapitalized();
        }
        Token before = toks.get(i - 1);
        return before.isWord() || before.isNumber() || before.isSymbol(",");
    }

    /**
     * A headline such as "Forum Held In Samarkand On 20 November": no word of four letters or
     * more begins in lower case, so capitals say nothing about names.
     */
    private static boolean titleCase(List<Token> toks) {
        for (Token t : toks) {
            if (t.isWord() && t.text().length() >= 4 && !t.isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /** "was not held", "never signed", "hasn't met": a negation at most two words before the verb. */
    private static boolean negated(List<Token> toks, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 2; k--) {
            if (NEGATIONS.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
