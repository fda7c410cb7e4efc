package dev.factx.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.factx.ExtractOptions;
import dev.factx.Extractor;
import dev.factx.model.Fact;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = DocumentDaterTest.class.getResourceAsStream("/classify/doc-dates.tsv")) {
            String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            boolean header = true;
            int lineNo = 0;
            for (String line : table.split("\n")) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t");
                String text = cols[0].replace("\\n", "\n");
                String date = cols[1];
                String source = cols[2];
                int row = lineNo;
                tests.add(dynamicTest("doc-dates.tsv:" + row + " " + date, () -> {
                    List<Fact> facts = EXTRACTOR.extract("t.txt", text, false);
                    assertThat(facts).as("facts of row %d", row).isNotEmpty();
                    for (Fact f : facts) {
                        assertThat(f.docDate()).as("doc_date of '%s' (row %d)", f.text(), row).isEqualTo(date);
                        assertThat(f.docDateSource()).as("doc_date_source of '%s' (row %d)", f.text(), row).isEqualTo(source);
                    }
                }));
            }
        }
        return tests;
    }
}
