package dev.factx.input;

/**
 * One input, read and decoded: the text the extractor sees, and what decoding found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text            the decoded text, BOM removed, line ends as in the file (CRLF kept), so
 *                        that fact offsets point into exactly this string
 * @param invalidSequences how many malformed UTF-8 byte sequences were replaced with U+FFFD
 * @param html            whether the input should be read as an HTML page
 */
public record DecodedInput(String text, int invalidSequences, boolean html) {
}
