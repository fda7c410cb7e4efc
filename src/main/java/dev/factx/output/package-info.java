/** Writes facts as CSV, JSON Lines or a JSON array to a UTF-8 sink, with numbers as plain decimals. */
package dev.factx.output;
