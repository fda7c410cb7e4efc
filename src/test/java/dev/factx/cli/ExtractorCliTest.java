package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.factx.model.Fact;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code factx extract} end to end with the real extractor. */
class ExtractorCliTest {

    private static final String SENTENCE = "Exports rose by 12% to $3.5 billion in 2018.";

    /** Each JSON Lines record as a map of field name to the value's text (null for JSON null). */
    private static List<Map<String, String>> records(String jsonl) throws IOException {
        List<Map<String, String>> records = new ArrayList<>();
        JsonFactory json = new JsonFactory();
        for (String line : jsonl.split("\n")) {
            Map<String, String> fields = new HashMap<>();
            try (JsonParser p = json.createParser(line)) {
                assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    fields.put(name, p.nextToken() == JsonToken.VALUE_NULL ? null : p.getText());
                }
                assertThat(p.nextToken()).isNull();
            }
            assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(Fact.FIELDS);
            records.add(fields);
        }
        return records;
    }

    @Test
    void extractsMoneyAndPercentFromOneSentence() throws IOException {
        Cli.Result r = new Cli().stdin(SENTENCE + "\n").run("extract", "--format", "jsonl", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<Map<String, String>> facts = records(r.out());
        Map<String, String> money = facts.stream().filter(f -> "money".equals(f.get("kind"))).findFirst().orElseThrow();
        assertThat(money).containsEntry("file", "-").containsEntry("text", "$3.5 billion")
                .containsEntry("value", "3500000000").containsEntry("unit", "USD")
                .containsEntry("qualifier", "exact").containsEntry("start", "23").containsEntry("end", "35")
                .containsEntry("sentence", SENTENCE);
        assertThat(facts).anySatisfy(f -> assertThat(f).containsEntry("kind", "percent")
                .containsEntry("text", "12%").containsEntry("value", "12").containsEntry("unit", "%"));
    }

    @Test
    void kindsOptionKeepsOnlyThoseKinds() throws IOException {
        Cli.Result r = new Cli().stdin(SENTENCE + "\n").run("extract", "--format", "jsonl", "--kinds", "percent");
        assertThat(records(r.out())).isNotEmpty().allSatisfy(f -> assertThat(f).containsEntry("kind", "percent"));
    }

    @Test
    void csvCarriesTheSameFactWithAPlainValue() throws IOException {
        Cli.Result r = new Cli().stdin(SENTENCE + "\n").run("extract");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("kind")).isEqualTo("money");
            assertThat(row.get("value")).isEqualTo("3500000000");
        });
    }

    @Test
    void sameInputGivesSameBytes() {
        String text = SENTENCE + "\nOn November 13-15, 2018, about 200 companies attended.\n";
        String first = new Cli().stdin(text).run("extract", "--format", "jsonl").out();
        String second = new Cli().stdin(text).run("extract", "--format", "jsonl").out();
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void brokenPipeWhileWritingRealFactsIsQuiet() {
        ExtractCommandTest.FailingStream closed = new ExtractCommandTest.FailingStream("Broken pipe");
        Cli.Result r = new Cli().stdin((SENTENCE + "\n").repeat(2000)).stdout(closed).run("extract", "--format", "jsonl");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(closed.attempts).isPositive();
    }
}
