package dev.laurel.spark;

import dev.laurel.spi.Source;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The files one task parses: consecutive files of the listing (in path order), packed by size. A
 * file weighs its length plus a fixed opening cost, and a bin is closed once it weighs
 * {@code target} bytes, so the number of tasks follows the bytes of the archive, not its file count.
 *
 * @param index   the bin's number, from 0; it names the task's part files ({@code part-00012.*})
 * @param paths   the files, as {@link InputListing} lists them
 * @param lengths their sizes in bytes
 */
record Bin(int index, String[] paths, long[] lengths) implements Serializable {

    /** Packs the listing, in its order, into bins of about {@code target} weight each. */
    static List<Bin> pack(List<InputListing.Entry> files, long target, long openCost) {
        List<Bin> bins = new ArrayList<>();
        List<InputListing.Entry> current = new ArrayList<>();
        long weight = 0;
        for (InputListing.Entry f : files) {
            current.add(f);
            weight += (f.length() > Source.MAX_BYTES ? 0 : f.length()) + openCost;   // too large: never read
            if (weight >= target) {
                bins.add(of(bins.size(), current));
                current.clear();
                weight = 0;
            }
        }
        if (!current.isEmpty()) {
            bins.add(of(bins.size(), current));
        }
        return bins;
    }

    /**
     * The weight of a bin for an archive: about a quarter of one core's share (so tasks balance across
     * the cores), and between {@code min} and {@code max}.
     */
    static long target(long totalWeight, int cores, long min, long max) {
        long share = totalWeight / Math.max(1, 4L * cores);
        return Math.max(min, Math.min(max, share));
    }

    private static Bin of(int index, List<InputListing.Entry> files) {
        String[] paths = new String[files.size()];
        long[] lengths = new long[files.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = files.get(i).path();
            lengths[i] = files.get(i).length();
        }
        return new Bin(index, paths, lengths);
    }
}
