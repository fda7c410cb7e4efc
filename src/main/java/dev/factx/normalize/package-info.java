/**
 * What a recognized figure means: number words, scale words, currencies, units and dates, from lexicons.
 *
 * <p>Internal: not part of the library API (see {@link dev.factx}), and may change in any release.
 */
package dev.factx.normalize;
