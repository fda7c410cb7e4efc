package dev.factx.classify;

import dev.factx.model.Qualifier;
import dev.factx.normalize.ChangeWords;
import dev.factx.normalize.Lexicon;
import dev.factx.normalize.PhraseTable;
import dev.factx.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Reads how exact the text says a figure is, from {@code qualifiers.tsv}: approximators and
 * bounds right before the number join the span ({@code about}, {@code more than},
 * {@code up to}); verbs before it set the qualifier but stay outside ({@code exceeded}), and a
 * negation before such a verb turns a lower bound into an upper one ({@code does not exceed});
 * a few words after the number join the span ({@code or more}).
 *
 * <p>Thread-safe after construction.
 */
public final class QualifierReader {

    /** A qualifier found around a figure, and the tokens it adds to the span (-1 when none). */
    public record Found(Qualifier qualifier, int first, int last) {
    }

    private static final Set<String> NEGATIONS = Lexicon.words("not", "n't", "never", "none", "no", "nor", "neither", "cannot");
    /** How far back a negation may stand from the verb it negates. */
    private static final int NEGATION_WINDOW = 8;

    private final PhraseTable<Qualifier> span = new PhraseTable<>(false);
    private final PhraseTable<Qualifier> verbs = new PhraseTable<>(false);
    private final PhraseTable<Qualifier> after = new PhraseTable<>(false);

    public QualifierReader() {
        for (String[] r : Lexicon.rows("qualifiers.tsv")) {
            Qualifier q = Qualifier.fromId(r[1]);
            switch (r[2]) {
                case "span" -> span.put(r[0], q);
                case "verb" -> verbs.put(r[0], q);
                case "after" -> after.put(r[0], q);
                default -> throw new IllegalStateException("qualifiers.tsv: unknown place " + r[2]);
            }
        }
    }

    /** An approximator or bound ending right before token {@code first}; its tokens join the span. */
    public Found before(List<Token> toks, int first) {
        PhraseTable.Match<Qualifier> m = span.matchEndingAt(toks, first - 1);
        if (m == null) {
            return null;
        }
        if (m.first() > 0 && m.last() == m.first() + 1 && toks.get(m.first()).is("up") && toks.get(m.last()).is("to")
                && ChangeWords.contains(toks.get(m.first() - 1).lower())) {
            return null; // "edged up to 4.2%", "jumped up to $80": a move and where it ended, not a bound
        }
        return new Found(m.value(), m.first(), m.last());
    }

    /** A verb right before token {@code first} (outside the span), with negation applied. */
    public Qualifier verbBefore(List<Token> toks, int first) {
        PhraseTable.Match<Qualifier> m = verbs.matchEndingAt(toks, first - 1);
        if (m == null) {
            return null;
        }
        for (int k = m.first() - 1; k >= 0 && k >= m.first() - NEGATION_WINDOW; k--) {
            Token t = toks.get(k);
            if (t.isSymbol(",;:") || t.isSymbol(".")) {
                break;
            }
            if (NEGATIONS.contains(t.lower()) || t.lower().endsWith("n't")) {
                return flip(m.value());
            }
        }
        return m.value();
    }

    /** A bound written right after token {@code last} ({@code or more}); its tokens join the span. */
    public Found after(List<Token> toks, int last) {
        PhraseTable.Match<Qualifier> m = after.matchAt(toks, last + 1);
        if (m == null || toks.get(m.first()).isDash()) {
            return null; // "-plus" is read with the number itself
        }
        return new Found(m.value(), m.first(), m.last());
    }

    private static Qualifier flip(Qualifier q) {
        return switch (q) {
            case MIN -> Qualifier.MAX;
            case MAX -> Qualifier.MIN;
            default -> q;
        };
    }
}
