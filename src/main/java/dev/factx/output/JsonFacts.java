package dev.factx.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.factx.model.Fact;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * The Jackson streaming set-up shared by the JSON writers, and the one place that turns a fact
 * into a JSON object.
 *
 * <p>Thread-safe: the factory is configured once and never changed.
 */
final class JsonFacts {

    /*
     * Three Jackson defaults are wrong for us: the root value separator is a space (every JSON
     * Lines record after the first would start with one), AUTO_CLOSE_TARGET closes the sink when
     * the generator closes (standard output would be gone), and BigDecimal prints with an
     * exponent (2.5E+9).
     */
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .rootValueSeparator("")
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonFacts() {
    }

    static JsonGenerator generator(Writer sink, PrettyPrinter layout) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(sink);
        if (layout != null) {
            generator.setPrettyPrinter(layout);
        }
        return generator;
    }

    /** Writes {@code fact} as one object with every key of {@link Fact#FIELDS}; absent values are null. */
    static void writeObject(JsonGenerator generator, Fact fact) throws IOException {
        generator.writeStartObject();
        for (Column column : Column.ALL) {
            Object value = column.valueOf(fact);
            generator.writeFieldName(column.fieldName());
            if (value == null) {
                generator.writeNull();
            } else if (value instanceof BigDecimal d) {
                generator.writeNumber(d);
            } else if (value instanceof Integer i) {
                generator.writeNumber(i);
            } else {
                generator.writeString(value.toString());
            }
        }
        generator.writeEndObject();
    }
}
