package dev.factx.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One input, read and decoded: the text the extractor sees, and what decoding found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text             the decoded text, byte order mark removed, line ends as in the file
 *                         (CRLF kept), so that fact offsets point into exactly this string
 * @param invalidSequences how many malformed byte sequences of {@code charset} were replaced with
 *                         U+FFFD
 * @param html             whether the input should be read as an HTML page
 * @param charset          the encoding the bytes were decoded with
 * @param charsetSource    how that encoding was chosen
 * @param declaredCharset  the charset label the page declares ({@code <meta charset>},
 *                         {@code http-equiv}, an XML declaration), as written, when factx knows
 *                         it; null when the input declares none (or only labels factx does not
 *                         know). Not necessarily {@code charset}: see {@link CharsetSource#DETECTED}.
 */
public record DecodedInput(
        String text,
        int invalidSequences,
        boolean html,
        Charset charset,
        CharsetSource charsetSource,
        String declaredCharset) {

    /** How the encoding of an input was chosen. */
    public enum CharsetSource {
        /** A byte order mark (UTF-8, UTF-16 or UTF-32) at the start of the input. */
        BOM,
        /** The page's own declaration: {@code <meta charset>}, {@code http-equiv}, {@code <?xml encoding?>}. */
        DECLARED,
        /**
         * The bytes themselves: undeclared input that is not valid UTF-8 and reads as
         * windows-1252, or a page declaring a legacy charset whose bytes are valid UTF-8 with
         * non-ASCII characters.
         */
        DETECTED,
        /** Nothing said otherwise: UTF-8, the default. */
        DEFAULT
    }

    public DecodedInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(charsetSource, "charsetSource");
    }

    /** An input decoded as UTF-8 by default, as every input was before charsets were told apart. */
    public DecodedInput(String text, int invalidSequences, boolean html) {
        this(text, invalidSequences, html, StandardCharsets.UTF_8, CharsetSource.DEFAULT, null);
    }

    /**
     * What the user should be told about decoding this input, one message per line, each to be
     * written after {@code factx: FILE: }; empty when there is nothing to say. None of them is an
     * error: the input was read and its facts can be trusted as far as the text goes.
     * <ul>
     *   <li>{@code 3 invalid UTF-8 sequences replaced} (or another charset's name), when bytes were
     *       replaced with U+FFFD;</li>
     *   <li>{@code not valid UTF-8; read as windows-1252}, when undeclared input was detected as
     *       windows-1252;</li>
     *   <li>{@code declares charset iso-8859-1 but is valid UTF-8; read as UTF-8}, when a page's
     *       declaration was overruled by its bytes.</li>
     * </ul>
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>(2);
        if (charsetSource == CharsetSource.DETECTED) {
            if (declaredCharset != null) {
                notes.add("declares charset " + declaredCharset + " but is valid UTF-8; read as " + charset.name());
            } else {
                notes.add("not valid UTF-8; read as " + charset.name());
            }
        }
        if (invalidSequences > 0) {
            notes.add(invalidSequences + " invalid " + charset.name() + " sequence"
                    + (invalidSequences == 1 ? "" : "s") + " replaced");
        }
        return List.copyOf(notes);
    }
}
