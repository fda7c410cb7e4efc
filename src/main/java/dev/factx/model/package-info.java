/** The values that flow through the pipeline: facts, kinds and qualifiers. */
package dev.factx.model;
