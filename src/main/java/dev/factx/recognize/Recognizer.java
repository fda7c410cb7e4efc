package dev.factx.recognize;

import java.util.List;
import java.util.Set;

/**
 * Finds the figures of one kind in a sentence. Recognizers run in a fixed order (dates first,
 * counts last); each claims the tokens it uses, so later ones do not read them again.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Recognizer {

    void recognize(SentenceTokens s, List<Mention> out);

    /**
     * The words of this recognizer's lists, in lower case, at which it may start a mention; a
     * word token in none of the recognizers' lists is then skipped by all of them after one
     * lookup ({@link SentenceTokens#mayOpen}), where each made its own. A recognizer may also
     * start at words no list holds (numbers, "-fold" words), which it tests itself.
     */
    Set<String> openingWords();

    /**
     * Words in lower case of which every mention this recognizer makes holds at least one,
     * unless it holds a digit: "last week" holds "week", "a dozen firms" "dozen". A sentence
     * with no digit and none of the recognizers' cue words is not read at all
     * ({@link MentionCues}). Unlike {@link #openingWords}, the words that open a mention only
     * when another cue follows ("the", "a", "last") are not cues.
     */
    Set<String> cueWords();

    /** Endings that make any word ending with them a cue, as "-fold" does ("tenfold"); none by default. */
    default Set<String> cueEndings() {
        return Set.of();
    }
}
