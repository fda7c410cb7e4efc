/**
 * Where the figures are: one recognizer per kind, each returning mentions with the rule that found them.
 *
 * <p>Internal: not part of the library API (see {@link dev.factx}), and may change in any release.
 */
package dev.factx.recognize;
