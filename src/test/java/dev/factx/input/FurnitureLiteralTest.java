package dev.factx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The literal a furniture row's pattern needs in a line before it is run: it must be in every
 * line the pattern matches, or a furniture line would pass for text.
 */
class FurnitureLiteralTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ## ", nullValues = "-", value = {
        // pattern ## literal ## a line it matches
        ".*\\ball rights reserved\\.? ## all rights reserved ## © 2019 Daily Ledger. All Rights Reserved.",
        "author['’]?s note:? .* ## author ## Author’s note: figures are provisional",
        "\\d+ min read.{0,80} ## min read ## 4 min read",
        ".{0,80}\\(\\d{1,2} (jan|feb|mar)[a-z]*\\) ## ( ## Markets wrap (12 Feb)",
        "(tags|filed under|categories|topics): .{0,200} ## : ## Filed under: Energy, Trade",
        "\\(?visited \\d[\\d,]* times?.{0,60}\\)? ## visited ## (Visited 1,204 times, 3 visits today)",
        "(by|written by) [A-Z][\\p{L}'.-]*( [A-Z][\\p{L}'.-]*){0,3} ## - ## By Ana Lima",
        "(copyright|\\(c\\)|©) .* ## - ## Copyright 2019 Ledger Media",
        "\\[\\d{1,3}\\] ## [ ## [12]",
        "sign up\\b.{0,80} ## sign up ## SIGN UP for our newsletter",
    })
    void everyMatchContainsTheLiteral(String regex, String literal, String line) {
        assertThat(Furniture.requiredLiteral(regex)).isEqualTo(literal);
        assertThat(Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(line).matches()).isTrue();
        if (literal != null) {
            assertThat(line.toLowerCase(java.util.Locale.ROOT)).contains(literal);
        }
    }

    /** How far from the line's ends a row's literal can stand in a match; -1 for no bound. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ## ", value = {
        ".*\\ball rights reserved\\.? ## -1 ## 1",
        ".{0,60}\\d{1,2}\\s*(sec|mins?)\\s+ago ## -1 ## 0",
        "(tags|filed under|categories|topics): .{0,200} ## 11 ## 201",
        "first published (in|by|on) .* ## 0 ## -1",
        "\\(?visited \\d[\\d,]* times?.{0,60}\\)? ## 1 ## -1",
        "\\d+ min read.{0,80} ## -1 ## 80",
        ".{0,80}\\(\\d{1,2} (jan|feb|mar)[a-z]*\\) ## 80 ## -1",
        "(\\w+ )?(data|prices?)( are| is)? delayed\\b.{0,80} ## -1 ## 80",
        "(photo|image|credit|source|picture)s?: .{0,80} ## 8 ## 81",
    })
    void literalsKnowHowFarFromTheEndsTheyStand(String regex, int maxBefore, int maxAfter) {
        Furniture.Literal literal = Furniture.literalOf(regex);
        assertThat(literal.maxBefore()).isEqualTo(maxBefore);
        assertThat(literal.maxAfter()).isEqualTo(maxAfter);
    }

    /** Rows are compiled when first needed; every row of the lexicon must compile. */
    @Test
    void everyRegexRowOfTheLexiconCompiles() {
        new Furniture().compileAll();
    }
}
