package dev.factx.recognize;

import dev.factx.normalize.NumberPhrase;

/**
 * Reads the unit of one kind of figure around a number: a currency, a percent sign, a physical
 * unit, a unit of time, a counted noun. {@link FigureRecognizer} offers each number to the
 * readers in a fixed order and keeps the first reading.
 *
 * <p>Implementations are immutable and thread-safe.
 */
interface UnitReader {

    /** The figure this number makes with the unit around it, or null when there is none of this kind. */
    Reading read(SentenceTokens s, NumberPhrase n);
}
