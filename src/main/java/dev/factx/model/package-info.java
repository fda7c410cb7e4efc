/**
 * The values that flow through the pipeline: facts, kinds and qualifiers. Library API: what
 * {@link dev.factx.Extractor} returns.
 */
package dev.factx.model;
