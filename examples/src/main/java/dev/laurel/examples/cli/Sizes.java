package dev.laurel.examples.cli;

import java.util.Locale;

/**
 * Byte counts and rates for people, in the progress line and the summary: MB from 100 kB up (two decimals
 * under 10 MB), kB below, so that a small run never shows as {@code 0/0 MB} or {@code 0.00 MB}.
 */
final class Sizes {
    private Sizes() {
    }

    private static final long KB_BELOW = 100_000;

    /** {@code 1.02 MB}, {@code 12.3 kB}. */
    static String of(long bytes) {
        return number(bytes, bytes) + " " + unit(bytes);
    }

    /** Done and total in the unit of the total: {@code 0.55/0.97 MB}, {@code 4.1/12.3 kB}. */
    static String pair(long done, long total) {
        long scale = Math.max(done, total);
        return number(done, scale) + "/" + number(total, scale) + " " + unit(scale);
    }

    /** {@code 1.2 MB/s}, {@code 45.0 kB/s}. */
    static String rate(double bytesPerSecond) {
        return bytesPerSecond < KB_BELOW
                ? String.format(Locale.ROOT, "%.1f kB/s", bytesPerSecond / 1e3)
                : String.format(Locale.ROOT, "%.1f MB/s", bytesPerSecond / 1e6);
    }

    private static String unit(long scale) {
        return scale < KB_BELOW ? "kB" : "MB";
    }

    private static String number(long bytes, long scale) {
        if (scale < KB_BELOW) {
            return String.format(Locale.ROOT, "%.1f", bytes / 1e3);
        }
        return String.format(Locale.ROOT, scale < 10_000_000 ? "%.2f" : "%.1f", bytes / 1e6);
    }
}
