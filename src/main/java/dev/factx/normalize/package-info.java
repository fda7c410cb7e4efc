/** What a recognized figure means: number words, scale words, currencies, units and dates, from lexicons. */
package dev.factx.normalize;
