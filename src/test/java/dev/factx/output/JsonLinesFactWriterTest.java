package dev.factx.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.factx.model.Fact;
import dev.factx.model.Kind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesFactWriterTest {

    private static final JsonFactory JSON = new JsonFactory();

    static String write(Fact... facts) throws IOException {
        StringWriter out = new StringWriter();
        FactWriter writer = new JsonLinesFactWriter(out);
        for (Fact f : facts) {
            writer.write(f);
        }
        writer.finish();
        return out.toString();
    }

    /** One parsed JSON value: its token type and its text exactly as written. */
    record Token(JsonToken type, String text) {
    }

    /** Parses one line as a single JSON object, keeping key order and the raw text of each value. */
    static Map<String, Token> parseObject(String line) throws IOException {
        Map<String, Token> fields = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(line)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                assertThat(value.isScalarValue()).as(name).isTrue();
                fields.put(name, new Token(value, parser.getText()));
            }
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(parser.nextToken()).as("nothing after the object").isNull();
        }
        return fields;
    }

    @Test
    void noFactsGiveNoOutput() throws IOException {
        assertThat(write()).isEmpty();
    }

    @Test
    void eachFactIsOneCompactObjectOnItsOwnLine() throws IOException {
        String out = write(TestFacts.money().build(), TestFacts.money().article(2).build());
        assertThat(out).endsWith("\n").doesNotContain("\r");
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(line).startsWith("{\"file\":").endsWith("}"); // no root separator space
            assertThat(parseObject(line)).hasSize(Fact.FIELDS.size());
        }
        assertThat(parseObject(lines[1]).get("article")).isEqualTo(new Token(JsonToken.VALUE_NUMBER_INT, "2"));
    }

    @Test
    void everyKeyIsPresentInOrderAndAbsentValuesAreNull() throws IOException {
        Fact fact = TestFacts.money().kind(Kind.DATE).value(null).unit(null).title(null)
                .date("2018-11-13/2018-11-15").period(null).metric(null).build();
        Map<String, Token> fields = parseObject(write(fact).strip());
        assertThat(new ArrayList<>(fields.keySet())).isEqualTo(Fact.FIELDS);
        for (String absent : List.of("title", "value", "unit", "period", "metric", "doc_date", "doc_date_source", "mod", "event", "site", "url")) {
            assertThat(fields.get(absent).type()).as(absent).isEqualTo(JsonToken.VALUE_NULL);
        }
        assertThat(fields.get("kind").text()).isEqualTo("date");
        assertThat(fields.get("qualifier").text()).isEqualTo("exact");
        assertThat(fields.get("date").text()).isEqualTo("2018-11-13/2018-11-15");
    }

    @Test
    void numbersArePlainDecimalsAndWholeNumbersAreInts() throws IOException {
        assertThat(parseObject(write(TestFacts.money().value("2.5E9").build()).strip()).get("value"))
                .isEqualTo(new Token(JsonToken.VALUE_NUMBER_INT, "2500000000"));
        assertThat(parseObject(write(TestFacts.money().value("1E-7").build()).strip()).get("value"))
                .isEqualTo(new Token(JsonToken.VALUE_NUMBER_FLOAT, "0.0000001"));
        assertThat(parseObject(write(TestFacts.money().value("35.00").build()).strip()).get("value"))
                .isEqualTo(new Token(JsonToken.VALUE_NUMBER_INT, "35"));
        assertThat(parseObject(write(TestFacts.money().value("-0.5").build()).strip()).get("value"))
                .isEqualTo(new Token(JsonToken.VALUE_NUMBER_FLOAT, "-0.5"));
        assertThat(write(TestFacts.money().value("2.5E9").build())).doesNotContainIgnoringCase("e+");
    }

    @Test
    void textIsWrittenAsUnicodeAndEscapedWhereJsonRequires() throws IOException {
        Fact fact = TestFacts.money().text("€40,000").sentence("He said \"€40,000\"\tthen\nleft").build();
        String out = write(fact);
        assertThat(out).contains("€40,000").endsWith("}\n");
        assertThat(out.strip()).doesNotContain("\n");
        assertThat(parseObject(out.strip()).get("sentence").text()).isEqualTo("He said \"€40,000\"\tthen\nleft");
    }

    @Test
    void formulaLookingTextIsNotAlteredInJson() throws IOException {
        Fact fact = TestFacts.money().sentence("=1+1").build();
        assertThat(parseObject(write(fact).strip()).get("sentence").text()).isEqualTo("=1+1");
    }

    @Test
    void finishFlushesButLeavesTheSinkOpen() throws IOException {
        CsvFactWriterTest.ClosingAwareWriter sink = new CsvFactWriterTest.ClosingAwareWriter();
        FactWriter writer = new JsonLinesFactWriter(sink);
        writer.write(TestFacts.money().build());
        writer.finish();
        assertThat(sink.closed).isFalse();
        assertThat(sink.toString()).endsWith("}\n");
    }
}
