/**
 * What a figure is about: its qualifier, the period it refers to, and the metric it measures.
 *
 * <p>Internal: not part of the library API (see {@link dev.factx}), and may change in any release.
 */
package dev.factx.classify;
