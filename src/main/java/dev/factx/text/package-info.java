/**
 * Sentences and tokens with their offsets into the document text.
 *
 * <p>Internal: not part of the library API (see {@link dev.factx}), and may change in any release.
 */
package dev.factx.text;
