package dev.factx.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.factx.model.Fact;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes facts as JSON Lines: one compact object per line, each ended by {@code \n}, every key of
 * {@link Fact#FIELDS} present in order, absent values {@code null}, numbers as plain decimals.
 * No facts, no output.
 *
 * <p>Not thread-safe.
 */
public final class JsonLinesFactWriter implements FactWriter {

    private final JsonGenerator generator;

    /** @param sink where the lines go; flushed by {@link #finish()}, never closed */
    public JsonLinesFactWriter(Writer sink) throws IOException {
        this.generator = JsonFacts.generator(sink, null);
    }

    @Override
    public void write(Fact fact) throws IOException {
        JsonFacts.writeObject(generator, fact);
        generator.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        generator.close(); // with AUTO_CLOSE_TARGET off this flushes and leaves the sink open
    }
}
