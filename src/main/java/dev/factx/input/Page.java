package dev.factx.input;

import java.util.List;

/**
 * A page split into articles, with the year its copyright footer gives (the last resort for
 * dating the articles), or null.
 *
 * <p>Immutable.
 */
public record Page(List<Article> articles, Integer footerYear) {
}
