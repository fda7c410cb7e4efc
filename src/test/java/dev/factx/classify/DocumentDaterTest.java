package dev.factx.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.TableFile;
import dev.factx.model.Fact;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Table test for how an article without a dateline is dated ({@link DocumentDater}): each row of
 * {@code classify/doc-dates.tsv} is a short text and the {@code doc_date} and
 * {@code doc_date_source} every fact of it must carry.
 */
class DocumentDaterTest {

    private static final Extractor EXTRACTOR = new Extractor(ExtractOptions.defaults());

    @TestFactory
    List<DynamicTest> datesArticles() throws IOException {
        List<String> problems = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (TableFile.Line line : TableFile.read("classify/doc-dates.tsv", "text\tdoc_date\tsource", problems)) {
            String[] cols = line.fields();
            int row = line.number();
            if (cols.length != 3) {
                problems.add("line " + row + ": expected 3 tab-separated fields");
                continue;
            }
            String text = cols[0].replace("\\n", "\n");
            tests.add(dynamicTest("doc-dates.tsv:" + row + " " + cols[1], () -> {
                List<Fact> facts = EXTRACTOR.extract("t.txt", text, false);
                assertThat(facts).as("facts of row %d", row).isNotEmpty();
                for (Fact f : facts) {
                    assertThat(f.docDate()).as("doc_date of '%s' (row %d)", f.text(), row).isEqualTo(cols[1]);
                    assertThat(f.docDateSource()).as("doc_date_source of '%s' (row %d)", f.text(), row).isEqualTo(cols[2]);
                }
            }));
        }
        tests.add(dynamicTest("doc-dates.tsv is well formed", () -> assertThat(problems).isEmpty()));
        return tests;
    }
}
