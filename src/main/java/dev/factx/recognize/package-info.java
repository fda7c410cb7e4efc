/** Where the figures are: one recognizer per kind, each returning mentions with the rule that found them. */
package dev.factx.recognize;
