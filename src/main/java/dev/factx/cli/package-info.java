/** The {@code factx} command line: picocli commands, exit codes, and how errors reach the user. */
package dev.factx.cli;
