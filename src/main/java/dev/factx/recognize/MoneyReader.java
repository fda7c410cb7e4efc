package dev.factx.recognize;

import dev.factx.model.Kind;
import dev.factx.normalize.Currencies;
import dev.factx.normalize.NumberPhrase;
import dev.factx.normalize.PhraseTable;
import dev.factx.text.Token;
import java.math.BigDecimal;
import java.util.List;

/**
 * Money: a currency sign or ISO code before the number ({@code $ 2.5 billion}, {@code US$5m},
 * {@code USD 25 billion}), or a code, currency name or subunit after it ({@code 25 billion USD},
 * {@code two billion dollars}, {@code 80 cents}), from {@code currencies.tsv}; vague amounts
 * ({@code billions of dollars}). Pounds of weight ({@code 2,000 pounds of grain}) are left to
 * the quantity reader. Immutable and thread-safe.
 */
final class MoneyReader implements UnitReader {

    /** {@code glued-code-names.txt}: codes that name something when glued to one or two digits ("COP28"). */
    static final java.util.Set<String> GLUED_CODE_NAMES = java.util.Set.copyOf(dev.factx.normalize.Lexicon.lines("glued-code-names.txt"));

    private final Currencies currencies;

    MoneyReader(Currencies currencies) {
        this.currencies = currencies;
    }

    @Override
    public Reading read(SentenceTokens s, NumberPhrase n) {
        List<Token> toks = s.tokens();
        // a sign or code before: $ 2.5 billion, US$5m, USD 25 billion
        PhraseTable.Match<Currencies.Currency> mark = currencies.marks.matchEndingAt(toks, n.first() - 1);
        if (mark != null && mark.value().isCode() && GLUED_CODE_NAMES.contains(toks.get(mark.last()).text())
                && !s.get(n.first()).spaceBefore() && !n.scaled()
                && s.get(n.first()).isNumber() && s.get(n.first()).text().length() <= 2 && n.first() == n.last()) {
            mark = null; // "COP28": a climate summit, not 28 pesos; "COP 28" and "COP3bn" are money
        }
        if (mark != null && mark.value().isLetterSymbol() && !(hasWeight(s, n)
                && (!s.get(n.first()).spaceBefore() || hasSmallLetter(toks.get(mark.last()).text())))) {
            mark = null; // "R2", "QR 500": a road or a model; "KSh 3.3 trillion", "Rp 15 trillion" are money
        }
        if (mark != null && s.freeRange(mark.first(), mark.last()) && !n.vague()) {
            int last = n.last();
            BigDecimal value = n.value().multiply(mark.value().factor());
            // "$5 million dollars" would double the unit: swallow a repeated currency name
            PhraseTable.Match<Currencies.Currency> name = currencies.names.matchAt(toks, last + 1);
            if (name != null && name.value().code().equals(mark.value().code()) && !name.value().isSubunit()) {
                last = name.last();
            }
            String code = mark.value().isLetterSymbol() && mark.first() == mark.last()
                    ? currencies.codeInContext(toks.get(mark.first()).text(), mark.value().code(), toks) : mark.value().code();
            return new Reading(Kind.MONEY, mark.first(), last, value, code,
                    mark.value().isCode() ? "money.code-before" : "money.sign", n.first(), n);
        }
        int after = n.last() + 1;
        Token glued = s.at(after);
        if (!n.vague() && glued != null && !glued.spaceBefore() && (glued.text().equals("p") || glued.isSymbol("¢"))
                && s.get(n.first()).isNumber() && (s.at(after + 1) == null || !s.get(after + 1).isWord() || s.get(after + 1).spaceBefore())) {
            // "312.5p", "up to 40p", "99¢": pence and cents written with their symbol
            String code = glued.text().equals("p") ? "GBP" : "USD";
            return new Reading(Kind.MONEY, n.first(), after, n.value().movePointLeft(2), code, "money.subunit-sign", n.first(), n);
        }
        if (n.vague()) {
            // billions of dollars
            if (s.at(after) != null && s.get(after).is("of")) {
                PhraseTable.Match<Currencies.Currency> name = currencies.names.matchAt(toks, after + 1);
                if (name != null && name.value().isName()) {
                    return new Reading(Kind.MONEY, n.first(), name.last(), null, name.value().code(), "money.vague", n.first(), n);
                }
            }
            return null;
        }
        PhraseTable.Match<Currencies.Currency> code = currencies.marks.matchAt(toks, after);
        if (code != null && code.value().isCode() && toks.get(after).spaceBefore()) {
            return new Reading(Kind.MONEY, n.first(), code.last(), n.value(), code.value().code(), "money.code-after", n.first(), n);
        }
        PhraseTable.Match<Currencies.Currency> name = currencies.names.matchAt(toks, after);
        if (name != null) {
            Token next = s.at(name.last() + 1);
            if ((s.get(after).is("pounds") || s.get(after).is("pound")) && (next != null && next.is("of") || weighed(s, n.first()))) {
                return null; // "2,000 pounds of grain", "weighs 11 pounds": a weight
            }
            if (name.value().code().equals("KRW") && s.get(after).is("won") && !n.scaled()) {
                return null; // "won" is a verb far more often than a currency
            }
            BigDecimal value = n.value().multiply(name.value().factor());
            String nameCode = name.first() == name.last()
                    ? currencies.codeInContext(s.get(after).text(), name.value().code(), s.tokens()) : name.value().code();
            return new Reading(Kind.MONEY, n.first(), name.last(), value, nameCode,
                    name.value().isSubunit() ? "money.subunit" : "money.name", n.first(), n);
        }
        return null;
    }

    /**
     * True when the number is written as an amount rather than a label: with a scale word
     * ("R45.6 billion", "Sh3bn"), a decimal part, a thousands group, or three digits or more.
     */
    private static boolean hasWeight(SentenceTokens s, NumberPhrase n) {
        if (n.scaled()) {
            return true;
        }
        String digits = s.get(n.first()).text();
        return s.get(n.first()).isNumber() && (digits.indexOf('.') >= 0 || digits.indexOf(',') >= 0 || n.first() < n.last()
                || digits.length() >= 3);
    }

    private static boolean hasSmallLetter(String symbol) {
        for (int k = 0; k < symbol.length(); k++) {
            if (Character.isLowerCase(symbol.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of weight stands shortly before: "weighs about 11 pounds", "a weight of 6 pounds". */
    private static boolean weighed(SentenceTokens s, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 5; k--) {
            if (s.get(k).lower().startsWith("weigh")) {
                return true;
            }
        }
        return false;
    }
}
