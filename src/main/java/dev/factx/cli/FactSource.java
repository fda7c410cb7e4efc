package dev.factx.cli;

import dev.factx.model.Fact;
import java.util.List;

/**
 * Where the extract command gets the facts of one document; in production
 * {@link dev.factx.Extractor#extract}, in tests a stand-in with hand-made facts.
 *
 * <p>Implementations must be usable from the thread that runs the command.
 */
@FunctionalInterface
interface FactSource {

    /** The facts of one document, in document order. */
    List<Fact> extract(String file, String text, boolean html);

    /**
     * The facts of one document handed to {@code sink} one by one, in document order, for a
     * document too large to hold all its facts at once; by default from {@link #extract}'s list.
     */
    default void extract(String file, String text, boolean html, java.util.function.Consumer<Fact> sink) {
        extract(file, text, html).forEach(sink);
    }
}
