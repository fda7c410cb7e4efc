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
}
