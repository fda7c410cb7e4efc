package dev.factx.cli;

import java.util.Locale;

/**
 * Byte counts for messages, in the units {@code --max-file-size} takes: {@code 64 MiB},
 * {@code 500 KiB}, {@code 1.5 GiB}, {@code 900 bytes}.
 *
 * <p>Stateless and thread-safe.
 */
final class Sizes {

    private Sizes() {
    }

    static String human(long bytes) {
        String[] units = {"KiB", "MiB", "GiB"};
        String unit = null;
        double value = bytes;
        for (int k = 0; k < units.length && value >= 1024; k++) {
            value /= 1024;
            unit = units[k];
        }
        if (unit == null) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value))
                + " " + unit;
    }
}
