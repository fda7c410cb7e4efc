package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.normalize.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The furniture rows are tried on a line only when its first char and its literal allow it: the
 * filters must never pass over a line that a row's pattern matches.
 */
class FurnitureRowFilterTest {

    private static final Furniture FURNITURE = new Furniture();

    /** Every {@code regex:} row of the lexicon, compiled as the rows are, run without any filter. */
    private static final List<Pattern> ROWS = bareRows();

    private static List<Pattern> bareRows() {
        List<Pattern> rows = new ArrayList<>();
        for (String row : Lexicon.lines("furniture.txt")) {
            if (row.startsWith("regex:")) {
                rows.add(Pattern.compile(row.substring("regex:".length()).trim(), Pattern.CASE_INSENSITIVE));
            }
        }
        return rows;
    }

    private static boolean bare(String trimmed) {
        for (Pattern p : ROWS) {
            if (p.matcher(trimmed).matches()) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            By Ana Lima                                   | true
            WRITTEN BY Ana Lima                           | true
            © 2019 Daily Ledger                           | true
            (c) Ledger Media                              | true
            COPYRIGHT 2019 Ledger Media                   | true
            [12]                                          | true
            www.example.org/news                          | true
            12 comments                                   | true
            Shares 40                                     | true
            Markets wrap (12 Feb)                         | true
            4 min read                                    | true
            3 hours ago                                   | true
            Daily Ledger. All Rights Reserved.            | true
            Bilateral trade reached £2.7 billion.         | false
            “We are not starting from zero,” he said.     | false
            Byelection results are due on Friday.         | false
            """)
    void rowsMatchWhatTheyMatchedBeforeTheFilters(String line, boolean furniture) {
        assertThat(bare(line)).isEqualTo(furniture);
        assertThat(FURNITURE.matchesARow(line)).isEqualTo(furniture);
    }

    /** Lines built from the starts of furniture and of prose, in every case, with and without a leading sign. */
    @Test
    void builtLinesMatchAsWithoutFilters() {
        String[] starts = {"By ", "written by ", "Copyright ", "(c) ", "© ", "[", "www.", "https://", "12 ", "1,204 ",
            "Shares ", "comments ", "Photo: ", "Image credit: ", "Sign up", "Subscribe", "Visited ", "(visited ",
            "Tags: ", "Filed under: ", "Previous article: ", "Next story ", "(Reporting by ", "(Additional reporting by ",
            "Data delayed", "Prices are delayed ", "4 min read", "3 hours ago", "Markets wrap (", "First published in ",
            "Originally published on ", "Author's note: ", "Log in", "All rights reserved", "The ", "Exports ", "“", "\"",
            "-", "*", "", " "};
        String[] middles = {"Ana Lima", "2019 Daily Ledger", "12]", "example.org/a", "comments", "shares", "views | 3 min",
            "12 Feb)", "Energy, Trade", "Reuters)", "15 minutes", "times", "for our newsletter", "rose 4% in 2019",
            "the trade turnover", "ago", "", "All Rights Reserved.", "5 mins ago"};
        String[] ends = {"", ".", ")", " today", " ago", " by Ana Lima", ", 3 visits today)", " | Share"};
        Random random = new Random(20261123);
        int furniture = 0;
        for (int n = 0; n < 30_000; n++) {
            String line = starts[random.nextInt(starts.length)] + middles[random.nextInt(middles.length)]
                    + ends[random.nextInt(ends.length)];
            line = switch (random.nextInt(3)) {
                case 0 -> line.toUpperCase(java.util.Locale.ROOT);
                case 1 -> line.toLowerCase(java.util.Locale.ROOT);
                default -> line;
            };
            String trimmed = line.trim();
            boolean expected = bare(trimmed);
            assertThat(FURNITURE.matchesARow(trimmed)).as(trimmed).isEqualTo(expected);
            furniture += expected ? 1 : 0;
        }
        assertThat(furniture).isGreaterThan(3_000); // the lines exercise the rows, not only the filters
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            all rights reserved | © Ledger. ALL Rights Reserved.   | true
            all rights reserved | All rights  reserved             | false
            ago                 | 3 hours AGO                      | true
            ago                 | 3 hours ag                       | false
            ago                 | AGO                              | true
            ago                 | Ag                               | false
            (                   | Markets wrap (12 Feb)            | true
            istanbul            | İSTANBUL                         | false
            k                   | the sign \u212A                   | false
            k                   | Kelvin K                         | true
            min read            | 4 MIN READ                       | true
            min read            | min rea                          | false
            aab                 | aaab                             | true
            reserved            | Reserved                         | true
            reserved            | eserved reserve                  | false
            tags:               | TAGS: x                          | true
            tags:               | tags                             | false
            x                   | X                                | true
            """)
    void literalsAreFoundFoldingAsciiCapitalsOnly(String literal, String line, boolean found) {
        Furniture.LiteralScan scan = new Furniture.LiteralScan(List.of(anywhere(literal)));
        assertThat(scan.holds(line, 0)).isEqualTo(found);
    }

    /** Each literal is found, however many share chars or overlap. */
    @Test
    void everyLiteralIsFound() {
        List<Furniture.Literal> literals = java.util.Arrays.asList(anywhere("ago"), null, anywhere("all rights reserved"),
                anywhere("a"), anywhere("("), anywhere("ago"), anywhere("min read"));
        Furniture.LiteralScan scan = new Furniture.LiteralScan(literals);
        assertThat(heldBy(scan, 7, "Posted 3 hours AGO (updated)")).containsExactly(true, false, false, true, true, true, false);
        assertThat(heldBy(scan, 7, "All Rights Reserved. 4 min read")).containsExactly(false, false, true, true, false, false, true);
        assertThat(heldBy(scan, 7, "")).containsExactly(false, false, false, false, false, false, false);
    }

    private static boolean[] heldBy(Furniture.LiteralScan scan, int literals, String line) {
        boolean[] held = new boolean[literals];
        for (int r = 0; r < literals; r++) {
            held[r] = scan.holds(line, r);
        }
        return held;
    }

    @Test
    void literalsMustBeLowerCaseAscii() {
        for (String literal : new String[] {"Ago", "“quoted”", ""}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Furniture.LiteralScan(List.of(anywhere(literal))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Furniture.Literal anywhere(String text) {
        return new Furniture.Literal(text, Furniture.Widths.UNBOUNDED, Furniture.Widths.UNBOUNDED);
    }

    /** A literal is looked for only at the places a match can have it: so many chars from the line's start or end. */
    @ParameterizedTest(name = "{0} {1}/{2} in {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ago      | -1 | 0  | 3 hours ago           | true
            ago      | -1 | 0  | ago, 3 hours          | false
            ago      | -1 | 0  | AGO                   | true
            reserved | -1 | 1  | All rights reserved.  | true
            reserved | -1 | 1  | All rights reserved.. | false
            tags:    | 0  | -1 | Tags: energy          | true
            tags:    | 0  | -1 | More tags: energy     | false
            tags:    | 5  | -1 | More tags: energy     | true
            (        | 4  | 2  | ab (c)                | true
            (        | 2  | 2  | ab (c)                | false
            (        | 4  | 1  | ab (c)                | false
            (        | 3  | 2  | abc (d)               | false
            (        | 4  | 2  | abc (d)               | true
            (        | 80 | 0  | (                     | true
            x        | 0  | 0  | x                     | true
            x        | 0  | 0  | xx                    | false
            ab       | 70 | -1 | ..........................................................................ab | false
            ab       | 70 | -1 | ......................................................................ab | true
            ab       | -1 | 70 | ab...................................................................... | true
            ab       | -1 | 70 | ab....................................................................... | false
            """)
    void literalsAreLookedForWhereAMatchCanHaveThem(String text, int maxBefore, int maxAfter, String line, boolean found) {
        Furniture.LiteralScan scan = new Furniture.LiteralScan(List.of(new Furniture.Literal(text, maxBefore, maxAfter)));
        assertThat(scan.holds(line, 0)).isEqualTo(found);
    }

    /** The most chars a part of a pattern can match; -1 for no bound. */
    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            `` => 0
            abc => 3
            \\.? => 1
            \\b.{0,80} => 80
            .* => -1
            (tags|filed under|categories|topics) => 11
            (?:a|bc)d{2,3} => 5
            [a-z]* => -1
            [)(|]x => 2
            [^]a]{4} => 4
            \\p{L}{2}\\s+ => -1
            (\\w+ )?(data|prices?)( are| is)? => -1
            (data|prices?)( are| is)? => 10
            x{3,} => -1
            x{2,5}? => 5
            ^a$ => 1
            (a)\\1 => -1
            (?=a)b => -1
            (unclosed => -1
            """)
    void widthsAreReadFromThePattern(String part, int max) {
        assertThat(Furniture.Widths.max(part)).isEqualTo(max);
    }
}
