package dev.factx.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.model.Fact;
import dev.factx.model.Kind;
import dev.factx.normalize.NumberParser;
import dev.factx.normalize.NumberPhrase;
import dev.factx.text.Token;
import dev.factx.text.Tokenizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: a number written in any surface form factx supports means the value it was written
 * from. For each form, values are drawn from a seeded generator, written in that form, and read
 * twice: by {@link NumberParser} alone, which must span the whole form and give exactly the value,
 * and by the whole extractor in the sentence "Exports reached $ FORM last year.", which must give
 * one money fact spanning "$ FORM" whose value is the value as the output writes it (ten
 * significant digits: 999,999,999,999 is written 1000000000000).
 *
 * <p>Every failure names the generated text, and the seed makes each run draw the same values.
 */
class NumberFormsPropertyTest {

    private static final long SEED = 20191115L;
    private static final int CASES_PER_FORM = 250;

    private static final NumberParser PARSER = new NumberParser();

    /** A generated case: the text of the number and the value it must mean. */
    record Written(String text, BigDecimal value) {
    }

    /** A surface form: its name and a generator of numbers written in it. */
    record Form(String name, Function<SplittableRandom, Written> generator) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Scale words and abbreviations of {@code scales.tsv}, with what they multiply by. */
    private static final String[][] SPACED_SCALES = {
        {"hundred", "1e2"}, {"thousand", "1e3"}, {"thousands", "1e3"}, {"million", "1e6"}, {"millions", "1e6"},
        {"billion", "1e9"}, {"billions", "1e9"}, {"trillion", "1e12"}, {"trillions", "1e12"},
        {"lakh", "1e5"}, {"lakhs", "1e5"}, {"crore", "1e7"}, {"crores", "1e7"},
        {"mn", "1e6"}, {"mln", "1e6"}, {"mil", "1e6"}, {"mio", "1e6"},
        {"bn", "1e9"}, {"bln", "1e9"}, {"billn", "1e9"}, {"tn", "1e12"}, {"trn", "1e12"}, {"tln", "1e12"},
    };

    /** Abbreviations that may be glued to the digits ("$1.13bn", "£600m", "$250k"). */
    private static final String[][] ATTACHED_SCALES = {
        {"k", "1e3"}, {"K", "1e3"}, {"m", "1e6"}, {"M", "1e6"}, {"mn", "1e6"}, {"mln", "1e6"}, {"mil", "1e6"},
        {"mio", "1e6"}, {"b", "1e9"}, {"bn", "1e9"}, {"bln", "1e9"}, {"billn", "1e9"}, {"tn", "1e12"},
        {"trn", "1e12"}, {"tln", "1e12"}, {"million", "1e6"}, {"billion", "1e9"}, {"lakh", "1e5"}, {"crore", "1e7"},
    };

    /** Scale words read after a hyphen ("a $1.5-billion loan"). */
    private static final String[][] HYPHENED_SCALES = {
        {"thousand", "1e3"}, {"million", "1e6"}, {"billion", "1e9"}, {"trillion", "1e12"}, {"mln", "1e6"}, {"bn", "1e9"},
    };

    private static final String[][] VULGAR = {{"¼", "0.25"}, {"½", "0.5"}, {"¾", "0.75"}};

    static Stream<Arguments> forms() {
        List<Form> forms = List.of(
                new Form("plain digits", r -> exact(Long.toString(integer(r)))),
                new Form("digits with a decimal point", r -> exact(integer(r) + "." + fraction(r, 1 + r.nextInt(4)))),
                new Form("thousands commas", r -> {
                    long n = 1000 + Math.floorMod(integer(r), 999_999_999_999L);
                    return new Written(grouped(n, ","), BigDecimal.valueOf(n));
                }),
                new Form("thousands commas and decimals", r -> {
                    long n = 1000 + Math.floorMod(integer(r), 999_999_999L);
                    String f = fraction(r, 1 + r.nextInt(3));
                    return new Written(grouped(n, ",") + "." + f, new BigDecimal(n + "." + f));
                }),
                new Form("thousands dots (1.250.000)", r -> {
                    long n = 1_000_000 + Math.floorMod(integer(r), 999_999_999_999L);
                    return new Written(grouped(n, "."), BigDecimal.valueOf(n));
                }),
                new Form("decimal comma (2,5)", r -> {
                    long n = Math.floorMod(integer(r), 100_000L);
                    int digits = new int[] {1, 2, 4}[r.nextInt(3)]; // three would be a thousands group
                    String f = fraction(r, digits);
                    return new Written(n + "," + f, new BigDecimal(n + "." + f));
                }),
                new Form("no-break, narrow no-break and thin spaces between groups", r -> {
                    long n = 1000 + Math.floorMod(integer(r), 999_999_999_999L);
                    String sep = new String[] {"\u00A0", "\u202F", "\u2009"}[r.nextInt(3)];
                    if (r.nextBoolean()) {
                        String f = fraction(r, 1 + r.nextInt(2));
                        return new Written(grouped(n, sep) + "." + f, new BigDecimal(n + "." + f));
                    }
                    return new Written(grouped(n, sep), BigDecimal.valueOf(n));
                }),
                new Form("spaces between groups (185 000)", r -> {
                    long n = 1000 + Math.floorMod(integer(r), 999_999_999_999L);
                    return new Written(grouped(n, " "), BigDecimal.valueOf(n));
                }),
                new Form("digits and a spaced scale word", r -> {
                    Written m = mantissa(r);
                    String[] s = SPACED_SCALES[r.nextInt(SPACED_SCALES.length)];
                    return new Written(m.text + " " + anyCase(r, s[0]), m.value.multiply(new BigDecimal(s[1])));
                }),
                new Form("digits and an attached scale", r -> {
                    Written m = mantissa(r);
                    String[] s = ATTACHED_SCALES[r.nextInt(ATTACHED_SCALES.length)];
                    return new Written(m.text + s[0], m.value.multiply(new BigDecimal(s[1])));
                }),
                new Form("digits, hyphen and scale (1.5-billion)", r -> {
                    Written m = mantissa(r);
                    String[] s = HYPHENED_SCALES[r.nextInt(HYPHENED_SCALES.length)];
                    return new Written(m.text + "-" + s[0], m.value.multiply(new BigDecimal(s[1])));
                }),
                new Form("digits and a vulgar fraction (4¼)", r -> {
                    long n = Math.floorMod(integer(r), 1000L);
                    String[] v = VULGAR[r.nextInt(VULGAR.length)];
                    return new Written(n + v[0], BigDecimal.valueOf(n).add(new BigDecimal(v[1])));
                }),
                new Form("number words", r -> {
                    long n = 1 + Math.floorMod(integer(r), 999_999_999_999_999L);
                    return new Written(Words.of(n, r), BigDecimal.valueOf(n));
                }),
                new Form("number words below a thousand", r -> {
                    long n = 1 + r.nextInt(999);
                    return new Written(Words.of(n, r), BigDecimal.valueOf(n));
                }),
                new Form("a hundred, a million, half a billion, two dozen", r -> {
                    String[][] words = {{"hundred", "100"}, {"thousand", "1000"}, {"million", "1000000"},
                        {"billion", "1000000000"}, {"trillion", "1000000000000"}};
                    String[] w = words[r.nextInt(words.length)];
                    BigDecimal v = new BigDecimal(w[1]);
                    return switch (r.nextInt(3)) {
                        case 0 -> new Written("a " + w[0], v);
                        case 1 -> new Written("half a " + w[0], v.divide(BigDecimal.valueOf(2)));
                        default -> {
                            int k = 1 + r.nextInt(19);
                            yield new Written(Words.of(k, r) + " dozen", BigDecimal.valueOf(12L * k));
                        }
                    };
                }),
                new Form("number words before thousand million (two thousand million)", r -> {
                    long n = 1 + r.nextInt(999);
                    return new Written(Words.of(n, r) + " thousand million", BigDecimal.valueOf(n).multiply(new BigDecimal("1e9")));
                }),
                new Form("number words and a half (three and a half million)", r -> {
                    long n = 1 + r.nextInt(99);
                    String[][] fractions = {{"half", "0.5"}, {"quarter", "0.25"}};
                    String[] f = fractions[r.nextInt(fractions.length)];
                    String[][] words = {{"", "1"}, {" thousand", "1e3"}, {" million", "1e6"}, {" billion", "1e9"}};
                    String[] w = words[r.nextInt(words.length)];
                    BigDecimal v = BigDecimal.valueOf(n).add(new BigDecimal(f[1])).multiply(new BigDecimal(w[1]));
                    return new Written(Words.of(n, r) + " and a " + f[0] + w[0], v);
                }));
        return forms.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyFormMeansItsValue(Form form) {
        SplittableRandom random = new SplittableRandom(SEED ^ form.name().hashCode());
        List<String> failures = new ArrayList<>();
        for (int c = 0; c < CASES_PER_FORM; c++) {
            Written w = form.generator().apply(random);
            String problem = parserProblem(w);
            if (problem == null) {
                problem = pipelineProblem(w);
            }
            if (problem != null) {
                failures.add("'" + visible(w.text) + "' (expected " + w.value.toPlainString() + "): " + problem);
            }
        }
        assertThat(failures).as("generated numbers written as %s (seed %d) that were misread", form, SEED).isEmpty();
    }

    /** NumberParser must read the whole text and exactly its value; null when it does. */
    private static String parserProblem(Written w) {
        List<Token> toks = Tokenizer.tokenize(w.text, 0, w.text.length());
        NumberPhrase n = PARSER.parse(toks, 0);
        if (n == null) {
            return "NumberParser read no number";
        }
        if (n.last() != toks.size() - 1) {
            return "NumberParser read only '" + w.text.substring(0, toks.get(n.last()).end()) + "'";
        }
        if (n.value() == null || n.value().compareTo(w.value) != 0) {
            return "NumberParser read " + (n.value() == null ? "a vague amount" : n.value().toPlainString());
        }
        return null;
    }

    /** The extractor must give one money fact over "$ TEXT" with the value as written out; null when it does. */
    private static String pipelineProblem(Written w) {
        String sentence = "Exports reached $ " + w.text + " last year.";
        List<Fact> money = Pipeline.facts(sentence, Kind.MONEY);
        if (money.size() != 1 || !money.get(0).text().equals("$ " + w.text) || !"USD".equals(money.get(0).unit())
                || money.get(0).value() == null || money.get(0).value().compareTo(Pipeline.asWritten(w.value)) != 0) {
            return "in '" + visible(sentence) + "' the extractor gave " + Pipeline.describe(Pipeline.facts(sentence));
        }
        return null;
    }

    // ---- generators ----

    /** A non-negative integer of 1 to 13 digits, each length equally likely. */
    private static long integer(SplittableRandom r) {
        int digits = 1 + r.nextInt(13);
        long bound = 1;
        for (int d = 0; d < digits; d++) {
            bound *= 10;
        }
        return r.nextLong(bound);
    }

    /** {@code digits} random decimal digits. */
    private static String fraction(SplittableRandom r, int digits) {
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < digits; d++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    /** The number before a scale: {@code 7}, {@code 2.5}, {@code 1,250}, {@code 3,75} (a decimal comma). */
    private static Written mantissa(SplittableRandom r) {
        long n = r.nextInt(1000);
        switch (r.nextInt(4)) {
            case 0:
                return exact(Long.toString(n));
            case 1: {
                String f = fraction(r, 1 + r.nextInt(3));
                return exact(n + "." + f);
            }
            case 2: {
                long g = 1000 + r.nextInt(999_000);
                return new Written(grouped(g, ","), BigDecimal.valueOf(g));
            }
            default: {
                String f = fraction(r, 1 + r.nextInt(2));
                return new Written(n + "," + f, new BigDecimal(n + "." + f));
            }
        }
    }

    /** The word as written, capitalized or in capitals, each now and then ("bn", "Bn", "BN"). */
    private static String anyCase(SplittableRandom r, String word) {
        return switch (r.nextInt(4)) {
            case 0 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
            case 1 -> word.toUpperCase(Locale.ROOT);
            default -> word;
        };
    }

    private static Written exact(String text) {
        return new Written(text, new BigDecimal(text));
    }

    /** The integer with its thousands groups joined by {@code sep}. */
    static String grouped(long n, String sep) {
        String digits = Long.toString(n);
        StringBuilder b = new StringBuilder();
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            b.append(sep).append(digits, i, i + 3);
        }
        return b.toString();
    }

    /** Invisible separators spelled out, so that a failure message shows which one was used. */
    private static String visible(String s) {
        return s.replace("\u00A0", "<NBSP>").replace("\u202F", "<NNBSP>").replace("\u2009", "<THINSP>");
    }

    /** English number words, in the styles news writes them. */
    static final class Words {
        private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
        private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
        private static final String[] GROUPS = {"", " thousand", " million", " billion", " trillion"};

        private Words() {
        }

        /**
         * {@code n} in words, with the style drawn from {@code r}: a hyphen or a space between tens
         * and units ("twenty-two", "twenty two"), "and" after hundreds or not ("three hundred and
         * five", "three hundred five").
         */
        static String of(long n, SplittableRandom r) {
            boolean hyphen = r.nextInt(4) != 0;
            boolean and = r.nextBoolean();
            List<String> parts = new ArrayList<>();
            int g = 0;
            long rest = n;
            while (rest > 0) {
                int group = (int) (rest % 1000);
                if (group != 0) {
                    parts.add(0, below1000(group, hyphen, and) + GROUPS[g]);
                }
                rest /= 1000;
                g++;
            }
            return parts.isEmpty() ? "zero" : String.join(" ", parts);
        }

        private static String below1000(int n, boolean hyphen, boolean and) {
            StringBuilder b = new StringBuilder();
            if (n >= 100) {
                b.append(UNITS[n / 100]).append(" hundred");
                n %= 100;
                if (n == 0) {
                    return b.toString();
                }
                b.append(and ? " and " : " ");
            }
            if (n < 20) {
                return b.append(UNITS[n]).toString();
            }
            b.append(TENS[n / 10]);
            if (n % 10 != 0) {
                b.append(hyphen ? "-" : " ").append(UNITS[n % 10]);
            }
            return b.toString();
        }
    }
}
