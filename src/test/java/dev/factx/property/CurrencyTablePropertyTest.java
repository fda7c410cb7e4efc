package dev.factx.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.normalize.Lexicon;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: every row of the currency table ({@code currencies.tsv}) round-trips. A sentence
 * with an amount in that currency, the sign or code before the number (spaced and glued), or the
 * code, name or subunit after it, gives one money fact over exactly that amount, with the row's
 * ISO code as unit and the amount times the row's factor as value. And every ISO code the table
 * maps to can itself be written before or after an amount.
 *
 * <p>Amounts are drawn from a seeded generator in several shapes (small numbers, numbers that look
 * like years, thousands groups, scale words, glued abbreviations, decimals), so that a currency is
 * tried with every shape. Some exceptions, all ambiguities the recognizers resolve on purpose:
 * <ul>
 *   <li>"won" after a bare number is the verb (the money reader wants a scale word before it), so
 *       the name "won" is tried with scaled amounts only;</li>
 *   <li>a number that could be a year (1800 to 2099) before a currency name or subunit
 *       ("worth 1999 euro", "2004 yen") is read as the year, except before a plural the count
 *       nouns list ("1999 dollars", "2019 euros"); several names are ordinary words too ("2019
 *       real GDP", "sum", "rand", "dong"), so names and subunits are not tried with year-like
 *       numbers. Signs before and codes after such a number are: "₩2019", "Rs. 1999" and
 *       "worth 2004 USD" are amounts;</li>
 *   <li>a code of {@code glued-code-names.txt} glued to one or two digits is a name ("COP28"),
 *       so those codes are not tried glued to such amounts;</li>
 *   <li>letters before one or two digits are a road or a model ("R2"), so a letter symbol is not
 *       tried with such amounts, and one of capitals alone ("RM") only glued.</li>
 * </ul>
 */
class CurrencyTablePropertyTest {

    private static final long SEED = 4217L;
    private static final Set<String> GLUED_CODE_NAMES = Set.copyOf(Lexicon.lines("glued-code-names.txt"));

    /** A row of the table: the surface, its ISO code, its type (symbol, code, name, subunit) and factor. */
    record Row(String surface, String code, String type, BigDecimal factor) {
        @Override
        public String toString() {
            return type + " " + surface + " (" + code + ")";
        }
    }

    /** An amount as written and its value. */
    record Amount(String text, BigDecimal value, boolean scaled) {
        /** A whole number a reader might take for a year. */
        boolean yearLike() {
            return text.matches("(18|19|20)\\d\\d");
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String[] r : Lexicon.rows("currencies.tsv")) {
            rows.add(new Row(r[0], r[1], r[2], new BigDecimal(r[3])));
        }
        return rows;
    }

    static Stream<Arguments> entries() {
        return rows().stream().map(Arguments::of);
    }

    /** Every ISO code the table maps some surface to. */
    static Stream<Arguments> isoCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Row r : rows()) {
            codes.add(r.code());
        }
        return codes.stream().map(Arguments::of);
    }

    @Test
    void theTableIsNotEmpty() {
        assertThat(rows()).as("rows of currencies.tsv").hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryGivesItsCode(Row row) {
        SplittableRandom random = new SplittableRandom(SEED ^ row.surface().hashCode());
        List<String> failures = new ArrayList<>();
        for (Amount a : amounts(random)) {
            if ((row.surface().equals("won") && !a.scaled()) || (a.yearLike() && (row.type().equals("name") || row.type().equals("subunit")))) {
                continue; // see the class comment
            }
            if (row.type().equals("letter-symbol") && a.text().matches("\\d{1,2}")) {
                continue; // see the class comment
            }
            boolean gluedName = GLUED_CODE_NAMES.contains(row.surface()) && a.text().matches("\\d{1,2}");
            List<String> written = switch (row.type()) {
                case "symbol" -> List.of(row.surface() + " " + a.text(), row.surface() + a.text());
                case "letter-symbol" -> row.surface().chars().anyMatch(Character::isLowerCase)
                        ? List.of(row.surface() + " " + a.text(), row.surface() + a.text()) : List.of(row.surface() + a.text());
                case "code" -> gluedName ? List.of(row.surface() + " " + a.text(), a.text() + " " + row.surface())
                        : List.of(row.surface() + " " + a.text(), row.surface() + a.text(), a.text() + " " + row.surface());
                default -> List.of(a.text() + " " + row.surface());
            };
            for (String money : written) {
                check(money, a.value().multiply(row.factor()), row.code(), failures);
            }
        }
        assertThat(failures).as("amounts in %s (seed %d) that were misread", row, SEED).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("isoCodes")
    void everyIsoCodeIsReadAsWritten(String code) {
        SplittableRandom random = new SplittableRandom(SEED ^ code.hashCode());
        List<String> failures = new ArrayList<>();
        for (Amount a : amounts(random)) {
            check(code + " " + a.text(), a.value(), code, failures);
            check(a.text() + " " + code, a.value(), code, failures);
        }
        assertThat(failures).as("amounts with the code %s (seed %d) that were misread", code, SEED).isEmpty();
    }

    /** The sentence around {@code money} must give exactly one money fact: {@code money}, in {@code code}, worth {@code value}. */
    private static void check(String money, BigDecimal value, String code, List<String> failures) {
        String sentence = "The contract is worth " + money + " in total.";
        List<Fact> facts = Pipeline.facts(sentence, Kind.MONEY);
        boolean ok = facts.size() == 1 && facts.get(0).text().equals(money) && code.equals(facts.get(0).unit())
                && facts.get(0).value() != null && facts.get(0).value().compareTo(Pipeline.asWritten(value)) == 0;
        if (!ok) {
            failures.add("'" + sentence + "' (expected '" + money + "' = " + value.toPlainString() + " " + code + "): got "
                    + Pipeline.describe(Pipeline.facts(sentence)));
        }
    }

    /** One amount of each shape, its digits drawn from {@code r}. */
    private static List<Amount> amounts(SplittableRandom r) {
        List<Amount> out = new ArrayList<>();
        int small = 1 + r.nextInt(999);
        out.add(new Amount(Integer.toString(small), BigDecimal.valueOf(small), false));
        int yearLike = 1800 + r.nextInt(300);
        out.add(new Amount(Integer.toString(yearLike), BigDecimal.valueOf(yearLike), false));
        long grouped = 1000 + r.nextLong(999_999_000L);
        out.add(new Amount(NumberFormsPropertyTest.grouped(grouped, ","), BigDecimal.valueOf(grouped), false));
        String[][] words = {{"thousand", "1e3"}, {"million", "1e6"}, {"billion", "1e9"}, {"trillion", "1e12"}, {"mln", "1e6"},
            {"bn", "1e9"}};
        String[] w = words[r.nextInt(words.length)];
        BigDecimal m = new BigDecimal(r.nextInt(100) + "." + (1 + r.nextInt(9)));
        out.add(new Amount(m.toPlainString() + " " + w[0], m.multiply(new BigDecimal(w[1])), true));
        String[][] glued = {{"k", "1e3"}, {"m", "1e6"}, {"bn", "1e9"}, {"tn", "1e12"}};
        String[] g = glued[r.nextInt(glued.length)];
        int n = 1 + r.nextInt(999);
        out.add(new Amount(n + g[0], BigDecimal.valueOf(n).multiply(new BigDecimal(g[1])), true));
        String decimal = r.nextInt(1000) + "." + String.format("%02d", r.nextInt(100));
        out.add(new Amount(decimal, new BigDecimal(decimal), false));
        return out;
    }
}
