package dev.factx.output;

import dev.factx.model.Fact;
import java.io.IOException;

/**
 * Writes facts, one record each, to a character sink in one output format.
 *
 * <p>The caller owns the sink: {@link #finish()} completes the document (the closing bracket of a
 * JSON array, for instance) and flushes, but never closes the sink, so that standard output stays
 * usable and a temporary output file can be renamed by whoever opened it.
 *
 * <p>Implementations are not thread-safe: one writer serves one thread.
 */
public interface FactWriter {

    /** Writes one record. */
    void write(Fact fact) throws IOException;

    /** Completes the document and flushes the sink; no {@link #write} may follow. */
    void finish() throws IOException;
}
