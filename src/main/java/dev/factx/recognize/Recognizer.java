package dev.factx.recognize;

import java.util.List;

/**
 * Finds the figures of one kind in a sentence. Recognizers run in a fixed order (dates first,
 * counts last); each claims the tokens it uses, so later ones do not read them again.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Recognizer {

    void recognize(SentenceTokens s, List<Mention> out);
}
