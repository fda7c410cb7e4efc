/**
 * Writes facts as CSV, JSON Lines or a JSON array to a UTF-8 sink, with numbers as plain decimals.
 *
 * <p>Library API: {@link dev.factx.output.FactWriter}, {@link dev.factx.output.CsvFactWriter},
 * {@link dev.factx.output.JsonLinesFactWriter}, {@link dev.factx.output.JsonArrayFactWriter},
 * {@link dev.factx.output.OutputFormat}, {@link dev.factx.output.FactFields} and
 * {@link dev.factx.output.PlainNumbers}. The timeline writers and the standard output sink are
 * the command line's, internal.
 */
package dev.factx.output;
