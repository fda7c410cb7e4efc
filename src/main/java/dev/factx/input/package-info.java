/**
 * Reading input documents: decoding files and turning saved HTML pages into article text.
 *
 * <p>Library API: {@link dev.factx.input.InputDecoder} and {@link dev.factx.input.DecodedInput},
 * which decode bytes as the command line does. The other classes are internal stages of the
 * extractor.
 */
package dev.factx.input;
