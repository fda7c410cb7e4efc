/**
 * The timeline: the dated events of many articles in chronological order. An event is a date
 * fact that the extractor found anchoring something that happened or is planned (its
 * {@code event} field); {@link dev.factx.timeline.Timeline} orders them and the writers print
 * them as CSV, JSON Lines or a Markdown table.
 *
 * <p>Internal: not part of the library API (see {@link dev.factx}), and may change in any release.
 */
package dev.factx.timeline;
