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
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
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
