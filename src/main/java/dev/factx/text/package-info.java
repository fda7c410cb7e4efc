/** Sentences and tokens with their offsets into the document text. */
package dev.factx.text;
