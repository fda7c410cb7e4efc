package dev.factx.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.factx.model.Fact;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes facts as one JSON array, one compact object per line between the brackets, so that
 * the file is a single JSON document and still reads and diffs line by line:
 *
 * <pre>
 * [
 * {"file":"a.txt",...},
 * {"file":"a.txt",...}
 * ]
 * </pre>
 *
 * No facts give {@code []}. Keys, nulls and numbers as in {@link JsonLinesFactWriter}.
 *
 * <p>Not thread-safe.
 */
public final class JsonArrayFactWriter implements FactWriter {

    private final JsonGenerator generator;

    /** Writes the opening bracket at once. @param sink flushed by {@link #finish()}, never closed */
    public JsonArrayFactWriter(Writer sink) throws IOException {
        this.generator = JsonFacts.generator(sink, new OneObjectPerLine());
        generator.writeStartArray();
    }

    @Override
    public void write(Fact fact) throws IOException {
        JsonFacts.writeObject(generator, fact);
    }

    @Override
    public void finish() throws IOException {
        generator.writeEndArray();
        generator.writeRaw('\n');
        generator.close(); // with AUTO_CLOSE_TARGET off this flushes and leaves the sink open
    }

    /** Compact objects, each array element on its own line. */
    private static final class OneObjectPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        OneObjectPerLine() {
            super("");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }
    }
}
