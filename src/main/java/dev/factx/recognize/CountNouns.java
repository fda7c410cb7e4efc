package dev.factx.recognize;

import dev.factx.normalize.Lexicon;
import dev.factx.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides which word after a number is the counted noun, and what kind of thing it counts
 * ({@code count-nouns.tsv}, {@code demonyms.txt}).
 *
 * <p>Without a part-of-speech tagger, a counted noun is the first plural-looking word after
 * the number that is not a function word: {@code 690 Russian companies operate} gives
 * {@code companies}, {@code the two despise} gives nothing. Thread-safe after construction.
 */
public final class CountNouns {

    /** Words ending in -s that are not plural nouns. */
    private static final Set<String> NOT_PLURAL = Lexicon.words("always", "perhaps", "towards", "afterwards", "besides",
            "was", "has", "is", "does", "this", "thus", "its", "his", "hers", "ours", "yours", "theirs", "whereas",
            "unless", "less", "across", "news", "series", "means", "species", "politics", "economics", "physics",
            "various", "previous", "plus", "minus", "versus", "yes", "sometimes", "nevertheless", "regardless",
            "overseas", "abroad", "alias", "chaos", "status", "basis", "crisis", "analysis", "thesis", "access",
            "process", "progress", "success", "business", "address", "congress", "press", "loss", "gas", "bus",
            "us", "as", "aids", "mathematics", "lens", "sideways", "nowadays", "says", "goes");
    /** Plurals that do not end in -s. */
    private static final Set<String> IRREGULAR = Lexicon.words("people", "men", "women", "children", "staff", "police",
            "personnel", "cattle", "livestock", "aircraft", "sheep", "fish", "deer", "feet", "teeth", "mice",
            "geese", "offspring", "crew", "faculty", "clergy", "youth", "media", "data", "criteria", "phenomena",
            "teu", "teus");

    private final Map<String, String> metrics = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> functionWords = new HashSet<>(Lexicon.lines("function-words.txt"));

    public CountNouns() {
        for (String[] r : Lexicon.rows("count-nouns.tsv")) {
            metrics.put(r[0], r[1]);
        }
        demonyms.addAll(Lexicon.lines("demonyms.txt"));
    }

    public boolean isFunctionWord(Token t) {
        return functionWords.contains(t.lower());
    }

    /** True when the word can be the head of a counted noun phrase. */
    public boolean isPluralNoun(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower();
        if (demonyms.contains(t.text())) {
            return true;
        }
        if (IRREGULAR.contains(w) || (w.endsWith("men") && w.length() > 5)) {
            return true;
        }
        if (w.length() < 3 || !w.endsWith("s") || NOT_PLURAL.contains(w) || functionWords.contains(w)) {
            return false;
        }
        return !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ous") || w.endsWith("'s")
                || w.endsWith("’s"));
    }

    /**
     * The listed plural ({@code count-nouns.tsv}) of a singular noun used as a modifier, or null:
     * "passenger" gives "passengers" ("passenger numbers"), "company" "companies", "staff" stays.
     */
    public String listedPlural(String singular) {
        if (IRREGULAR.contains(singular)) {
            return singular;
        }
        String plural = plural(singular);
        return metrics.containsKey(plural) ? plural : null;
    }

    /** The regular plural of a lower-case singular noun: "bed" beds, "company" companies, "tax" taxes. */
    public static String plural(String singular) {
        int n = singular.length();
        if (n > 3 && singular.endsWith("y") && "aeiou".indexOf(singular.charAt(n - 2)) < 0) {
            return singular.substring(0, n - 1) + "ies";
        }
        if (singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("ch") || singular.endsWith("sh")) {
            return singular + "es";
        }
        return singular + "s";
    }

    /** The metric a counted noun belongs to: companies, people, countries or other. */
    public String metric(Token head) {
        return metric(head.lower(), head.isCapitalized() ? head.text() : null);
    }

    /**
     * The metric of a counted noun given as the unit (lower case), with its capitalized form when
     * the text has one (demonyms are known by their capital).
     */
    public String metric(String w, String capitalized) {
        Token head = new Token(0, 0, Token.Type.WORD, capitalized != null ? capitalized : w, false);
        String m = metrics.get(w);
        if (m == null && w.endsWith("ies")) {
            m = metrics.get(w.substring(0, w.length() - 3) + "y");
        }
        if (m == null && w.endsWith("s")) {
            m = metrics.get(w.substring(0, w.length() - 1));
        }
        if (m != null) {
            return m;
        }
        if (head.isCapitalized() && (demonyms.contains(head.text()) || w.endsWith("ans") || w.endsWith("ians")
                || w.endsWith("ese") || w.endsWith("is") || w.endsWith("ers"))) {
            return "people";
        }
        return "other";
    }
}
