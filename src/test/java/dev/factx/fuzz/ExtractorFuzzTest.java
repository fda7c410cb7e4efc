package dev.factx.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.input.DecodedInput;
import dev.factx.input.InputDecoder;
import java.time.LocalDate;

/**
 * Coverage-guided fuzzing of the whole extractor, on the bytes of a plain-text file and of an HTML
 * page, decoded as the command line decodes them. No exception may escape, and every fact must
 * keep {@link FactInvariants}.
 *
 * <p>Under {@code mvn test} each target runs once per file of its seed corpus
 * ({@code src/test/resources/dev/factx/fuzz/ExtractorFuzzTestInputs/<target>/}: the sample pages
 * and inputs that once failed) as a plain regression test. With {@code JAZZER_FUZZ=1} Jazzer
 * mutates them for real, for at most {@code maxDuration} per target; {@code scripts/fuzz} runs that,
 * and {@code .ci/run} runs it for a bounded time. A failing input is written beside the seeds'
 * directory as {@code crash-...}; add it to the seeds once fixed.
 */
class ExtractorFuzzTest {

    /** One extractor for every run: building one loads the lexicons. A fixed date keeps runs repeatable. */
    private static final Extractor EXTRACTOR =
            new Extractor(ExtractOptions.defaults().withReferenceDate(LocalDate.of(2019, 6, 15)));

    private static final Extractor UNDATED = new Extractor(ExtractOptions.defaults());

    @FuzzTest(maxDuration = "2m")
    void plainText(byte[] bytes) {
        DecodedInput input = InputDecoder.decode(bytes, "input.txt");
        FactInvariants.check(input.text(), EXTRACTOR.extract("input.txt", input.text(), false));
        FactInvariants.check(input.text(), UNDATED.extract("input.txt", input.text(), false));
    }

    @FuzzTest(maxDuration = "2m")
    void html(byte[] bytes) {
        DecodedInput input = InputDecoder.decode(bytes, "input.html");
        String text = FactInvariants.htmlText(UNDATED.text(input.text(), true));
        FactInvariants.check(text, UNDATED.extract("input.html", input.text(), true));
    }
}
