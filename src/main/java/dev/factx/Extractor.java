package dev.factx;

import dev.factx.model.Fact;
import java.util.List;

/**
 * The library facade: turns one document's text into facts.
 *
 * <p>Immutable and thread-safe: lexicons and patterns are loaded once and shared, so one
 * instance can serve many threads.
 */
public final class Extractor {

    private final ExtractOptions options;

    public Extractor(ExtractOptions options) {
        this.options = options;
    }

    public ExtractOptions options() {
        return options;
    }

    /**
     * Extracts the facts of one document, in document order.
     *
     * @param file the name written into each fact's {@code file} field
     * @param text the decoded document (BOM already removed)
     * @param html true to read {@code text} as an HTML page
     */
    public List<Fact> extract(String file, String text, boolean html) {
        return List.of(); // TODO(core): pipeline being written
    }
}
