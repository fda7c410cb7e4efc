/** Reading input documents: decoding files and turning saved HTML pages into article text. */
package dev.factx.input;
