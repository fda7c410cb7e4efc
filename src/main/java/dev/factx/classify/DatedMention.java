package dev.factx.classify;

import dev.factx.recognize.Mention;

/**
 * A date mention with its resolved TIMEX3 value, as attribution sees it.
 *
 * @param mention the date mention
 * @param value   its resolved value ({@code 2018}, {@code 2018-06-07}, {@code 2014/2017})
 *
 * <p>Immutable.
 */
public record DatedMention(Mention mention, String value) {
}
