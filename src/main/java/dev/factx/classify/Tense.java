package dev.factx.classify;

import dev.factx.normalize.Lexicon;
import dev.factx.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence tells of something done, or of something planned or expected, as far as
 * its function words show; year-less dates and the document's own date are read with it.
 *
 * <p>Stateless and thread-safe.
 */
public enum Tense {
    PAST, FUTURE, UNKNOWN;

    /** Words that announce what is yet to happen. */
    private static final Set<String> FUTURE_WORDS = Lexicon.words("will", "'ll", "’ll", "shall", "due", "scheduled",
            "upcoming", "forthcoming", "expected", "expects", "plans", "planned", "aims", "intends", "would",
            "delivery", "deadline", "next");
    /** Past forms a reader recognises, besides regular ones in -ed. */
    private static final Set<String> PAST_WORDS = Lexicon.words("was", "were", "had", "did", "held", "met", "said", "took",
            "came", "went", "made", "rose", "fell", "grew", "ago", "last", "earlier", "spent", "paid", "sold",
            "bought", "won", "lost", "left", "gave", "got", "kept", "told", "brought", "began", "became", "ran",
            "saw", "led", "built", "sent", "struck", "stood", "sought", "fought", "shed", "hit", "chose", "drew",
            "wrote", "spoke", "broke", "froze", "meant", "felt", "found", "thought", "knew", "flew", "bore",
            "risen", "fallen", "grown", "shrunk", "been", "seen", "taken", "given", "shown", "begun", "gone", "done");

    /** Words that open a comparison with no verb of its own after a comma: ", down from 447,900 in December". */
    private static final Set<String> COMPARISON_OPENERS = Lexicon.words("up", "down", "compared", "against", "versus",
            "vs", "from");

    /**
     * The tense a date is told in: past after "since"; else that of the words just before it ({@link #around}), else, when
     * they tell nothing, that of the first tense word after it in its clause. A date that opens its
     * sentence ("On Monday the minister visited Paris", "On Monday, the minister will visit") has
     * its verb after it.
     *
     * @param first the date's first token
     * @param last  the date's last token
     */
    public static Tense of(List<Token> toks, int first, int last, int window) {
        if (first > 0 && toks.get(first - 1).is("since")) {
            return PAST; // "have fallen since March": a stretch that began before now
        }
        Tense before = around(toks, first, window);
        Tense told = before != UNKNOWN ? before : after(toks, last, window);
        if (told == UNKNOWN && first > 1 && toks.get(first - 1).is("from") && opensFromHere(toks, first - 2)) {
            return FUTURE; // "applies from 1 June", "rises to 15% from April": a start told in the present is ahead
        }
        int verb = first > 1 && toks.get(first - 1).is("on") ? first - 2 : first - 1;
        if (told == UNKNOWN && verb >= 0 && (STARTING.contains(toks.get(verb).lower()) || ENDING.contains(toks.get(verb).lower()))) {
            return FUTURE; // "takes effect Sept. 1", "expires on Dec. 31": a start or an end told in the present is ahead
        }
        return told;
    }

    /** Words before "from" and a date that make the date a start, not a source or a base. */
    private static final Set<String> STARTING = Lexicon.words("apply", "applies", "effect", "effective", "valid", "start",
            "starts", "begin", "begins", "run", "runs", "available", "open", "opens", "rise", "rises", "fall", "falls");

    /** Verbs of ending in the present that, right before a date, put it ahead: "expires Dec. 31". */
    private static final Set<String> ENDING = Lexicon.words("expires", "expire", "ends", "closes", "due", "lapses");

    /**
     * True when the words ending at {@code k} make "from" open a stretch: a verb of starting
     * ("takes effect from April"), or a level reached ("rises to 15% from April"); not a source
     * ("data from March") or the base of a change ("up 5% from April").
     */
    private static boolean opensFromHere(List<Token> toks, int k) {
        if (STARTING.contains(toks.get(k).lower())) {
            return true;
        }
        int j = k;
        while (j >= 0 && (toks.get(j).isNumber() || toks.get(j).isSymbol("%") || toks.get(j).is("cent")
                || toks.get(j).is("per") || toks.get(j).is("percent"))) {
            j--;
        }
        return j < k && j >= 0 && toks.get(j).is("to");
    }

    /**
     * The tense of the first tense word after {@code last}, within the window and its clause: the
     * verb nearest an opening date is the one it modifies ("On Monday the minister said he would
     * ..." is past). A comma right after the date ends the opening phrase, not the clause.
     */
    static Tense after(List<Token> toks, int last, int window) {
        int from = last + 1;
        if (from < toks.size() && toks.get(from).isSymbol(",")) {
            from++;
        }
        for (int k = from; k < toks.size() && k <= last + window; k++) {
            Token t = toks.get(k);
            if (t.isSymbol(",;.:")) {
                break;
            }
            String w = t.lower();
            if (FUTURE_WORDS.contains(w)) {
                return FUTURE;
            }
            if (PAST_WORDS.contains(w) || isRegularPast(w)) {
                return PAST;
            }
        }
        return UNKNOWN;
    }

    private static boolean isRegularPast(String w) {
        return w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed");
    }

    /**
     * The tense of the nearest tense word before a date, up to the nearest comma or semicolon:
     * "said it would spend ₹85 billion, after sales fell 31% in July" tells of July in the past, and
     * so does "patients waiting for planned treatment fell ... in January" ("fell" is nearer than
     * "planned"); a participle after "be" is no past ("is expected to be completed in March"). A
     * comparison after a comma has no verb and keeps the clause's before it ("fell to 412,300, down
     * from 447,900 in December"). A date right before "delivery" (futures: "Brent for January
     * delivery") is ahead.
     */
    public static Tense around(List<Token> toks, int at, int window) {
        if (at + 1 < toks.size() && toks.get(at + 1).is("delivery")) {
            return FUTURE;
        }
        boolean comparison = false;
        int stop = at - window;
        for (int k = at - 1; k >= 0 && k >= stop; k--) {
            Token t = toks.get(k);
            if (t.isSymbol(",") && k + 1 < at && COMPARISON_OPENERS.contains(toks.get(k + 1).lower())) {
                // "fell to 412,300, down from 447,900 in December": the clause before tells a past;
                // a base compared with a plan ("will reach 500, up from 447 in December") is no plan
                comparison = true;
                stop = k - window; // the window counts on from the comma
                continue;
            }
            if (t.isSymbol(",;.:")) {
                break;
            }
            String w = t.lower();
            if (FUTURE_WORDS.contains(w)) {
                if (comparison) {
                    break;
                }
                return FUTURE;
            }
            boolean participle = k > 0 && (toks.get(k - 1).is("be") || toks.get(k - 1).is("being"));
            if ((PAST_WORDS.contains(w) || isRegularPast(w)) && !participle) {
                return PAST; // the nearest verb tells: "for planned treatment fell to 412,300 at the end of January"
            }
        }
        return UNKNOWN;
    }
}
