package dev.factx.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.factx.model.Fact;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArrayFactWriterTest {

    private static String write(Fact... facts) throws IOException {
        StringWriter out = new StringWriter();
        FactWriter writer = new JsonArrayFactWriter(out);
        for (Fact f : facts) {
            writer.write(f);
        }
        writer.finish();
        return out.toString();
    }

    /** Parses {@code json} as one array and returns the {@code article} of each element. */
    private static List<Integer> articlesOf(String json) throws IOException {
        List<Integer> articles = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int keys = 0;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    keys++;
                    String name = parser.currentName();
                    parser.nextToken();
                    if (name.equals("article")) {
                        articles.add(parser.getIntValue());
                    }
                }
                assertThat(keys).isEqualTo(Fact.FIELDS.size());
            }
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(parser.nextToken()).as("nothing after the array").isNull();
        }
        return articles;
    }

    @Test
    void noFactsGiveAnEmptyArray() throws IOException {
        assertThat(write()).isEqualTo("[]\n");
        assertThat(articlesOf(write())).isEmpty();
    }

    @Test
    void factsAreOneArrayWithOneObjectPerLine() throws IOException {
        String json = write(TestFacts.money().article(1).build(), TestFacts.money().article(2).build(),
                TestFacts.money().article(3).build());
        assertThat(articlesOf(json)).containsExactly(1, 2, 3);
        String[] lines = json.split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("[");
        assertThat(lines[1]).startsWith("{\"file\":\"a.txt\",\"article\":1,").endsWith("},");
        assertThat(lines[3]).endsWith("}");
        assertThat(lines[4]).isEqualTo("]");
    }

    @Test
    void numbersArePlainDecimals() throws IOException {
        String json = write(TestFacts.money().value("2.5E9").build(), TestFacts.money().value("1E-7").build());
        assertThat(json).contains("\"value\":2500000000,").contains("\"value\":0.0000001,");
        assertThat(json).doesNotContainIgnoringCase("e-").doesNotContainIgnoringCase("e+");
    }
}
