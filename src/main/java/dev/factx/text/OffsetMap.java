package dev.factx.text;

/**
 * Converts UTF-16 indices (how Java strings count) to Unicode code point offsets (how the
 * output counts), in constant time per lookup.
 *
 * <p>Text without surrogate pairs, the usual case, needs no table. Immutable.
 */
public final class OffsetMap {

    private final int[] codePointAt;

    public OffsetMap(String text) {
        // Only a surrogate pair makes the two counts differ (a lone surrogate is one code point,
        // as it is one char). codePointCount answers at once for a Latin-1 string; our own scan
        // of every char, run once per document, took a seventh of a profile in one run.
        if (text.codePointCount(0, text.length()) == text.length()) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    public int codePoints(int utf16Index) {
        return codePointAt == null ? utf16Index : codePointAt[utf16Index];
    }
}
