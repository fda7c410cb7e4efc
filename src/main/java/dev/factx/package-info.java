/** factx: every figure and dated event in news articles, normalized, with its source sentence; {@link dev.factx.Extractor} is the library entry point. */
package dev.factx;
