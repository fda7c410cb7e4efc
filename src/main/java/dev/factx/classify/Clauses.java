package dev.factx.classify;

import dev.factx.normalize.Lexicon;
import dev.factx.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence's tokens into clauses, the scope in which a figure looks for its period and
 * its metric: a new clause starts after {@code ;}, after a comma followed by a conjunction that
 * opens a new statement ({@code , and}, {@code , but}, {@code , while}), at "and" or "but" before an
 * auxiliary that starts a second predicate ({@code and has promised}), after {@code :} (but not
 * in brackets, {@code (2023: $4.5bn)}, nor after a label of a few tokens, {@code 2023: 4,100
 * homes}), at a spaced dash or bullet ({@code 1,240 homes built in 2024 • 312 affordable units};
 * not at a bar, which joins the cells of a table row, "March | 1,500,000 | +16%", whose first
 * cell labels the rest), and inside brackets. An aside set off by ", which ... ," is a clause of
 * its own, and the clause it interrupts goes on after it ("In fiscal 2024, which ended in June,
 * revenue rose 9%"). Plain commas do not split: "amounted to $2.5
 * billion, exceeding the figure for 2017 by 19%" is one statement.
 *
 * <p>Immutable.
 */
public final class Clauses {

    private static final Set<String> OPENERS = Lexicon.words("and", "but", "while", "whereas", "although", "though", "which", "yet");

    /**
     * Auxiliaries and verbs of saying that, right after "and" or "but", start a second predicate
     * of the same subject: "took office in 2015 and has promised to cut the deficit to 3%".
     */
    private static final Set<String> NEW_PREDICATE = Lexicon.words("has", "have", "had", "will", "would", "is", "are",
            "was", "were", "said", "says", "plans", "expects", "aims", "hopes", "wants", "intends");

    /** How many tokens a label before a colon may have and stay in the clause after it: "Q1 2024:", "2023:". */
    private static final int LABEL_TOKENS = 3;

    private final int[] clause;
    /** For each clause id, the clause that encloses it (itself for top-level clauses). */
    private final int[] parent;
    private final int[] clauseFirst;

    public Clauses(List<Token> toks) {
        clause = new int[toks.size()];
        // a sentence has a few clauses: the per-clause arrays start small and grow, rather than
        // three more arrays as long as the sentence for every sentence with a figure
        int[] parentOf = new int[8];
        int[] firstOf = new int[8];
        int next = 0;
        int current = 0;
        int[] stack = new int[8];
        int depth = 0;
        int asideOuter = -1; // while a ", which ..." aside is open, the clause it interrupts
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (asideOuter >= 0 && depth == 0 && t.isSymbol(",")) {
                clause[i] = current; // the aside's closing comma: the clause it interrupted goes on
                current = asideOuter;
                asideOuter = -1;
                continue;
            }
            if (t.isSymbol("(")) {
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = current;
                next++;
                if (next == parentOf.length) {
                    parentOf = java.util.Arrays.copyOf(parentOf, next * 2);
                    firstOf = java.util.Arrays.copyOf(firstOf, next * 2);
                }
                parentOf[next] = current;
                firstOf[next] = i;
                current = next;
                clause[i] = current;
                continue;
            }
            if (t.isSymbol(")") && depth > 0) {
                clause[i] = current;
                current = stack[--depth];
                continue;
            }
            // "(2023: $4.5bn)" and "2023: 4,100 homes" are one clause: a short label before a colon names what follows
            boolean split = t.isSymbol(";") || (t.isSymbol(":") && depth == 0 && i > LABEL_TOKENS)
                    || (t.isSymbol(",") && i + 1 < toks.size() && OPENERS.contains(toks.get(i + 1).lower()))
                    || ((t.is("and") || t.is("but")) && i + 1 < toks.size() && NEW_PREDICATE.contains(toks.get(i + 1).lower()))
                    || ((t.isDash() || t.isSymbol("•▪·")) && t.spaceBefore() && i + 1 < toks.size() && toks.get(i + 1).spaceBefore());
            if (split) {
                // ", which opened in 1998, ...": a clause of its own, after which the one it interrupts goes on
                boolean aside = depth == 0 && asideOuter < 0 && t.isSymbol(",") && toks.get(i + 1).is("which");
                next++;
                if (next == parentOf.length) {
                    parentOf = java.util.Arrays.copyOf(parentOf, next * 2);
                    firstOf = java.util.Arrays.copyOf(firstOf, next * 2);
                }
                parentOf[next] = depth > 0 ? parentOf[current] : next;
                firstOf[next] = i;
                asideOuter = aside ? current : -1;
                current = next;
            }
            clause[i] = current;
        }
        parent = parentOf; // clause ids run from 0 to next; the cells after them are never read
        clauseFirst = firstOf;
    }

    public int of(int token) {
        return clause[token];
    }

    /** The clause enclosing a bracketed one, or the clause itself. */
    public int parentOf(int clauseId) {
        return parent[clauseId];
    }

    public boolean bracketed(int clauseId) {
        return parent[clauseId] != clauseId;
    }

    public int firstToken(int clauseId) {
        return clauseFirst[clauseId];
    }

    public int size() {
        return clause.length;
    }
}
