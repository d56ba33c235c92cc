package dev.laurel.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.spi.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bins are cut by bytes (plus an opening cost per file), in listing order, not by file count. */
class BinTest {

    private static List<InputListing.Entry> files(int n, long length) {
        List<InputListing.Entry> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(new InputListing.Entry(String.format("file:/a/%06d-%d.txt", i, length), length));
        }
        return l;
    }

    @Test
    void binsFollowBytesNotFileCount() {
        // 1,000 files of 4 KB + 8 KB opening cost = 12 MB of weight: three bins of 4 MB.
        List<Bin> small = Bin.pack(files(1000, 4096), 4L << 20, 8192);
        assertEquals(3, small.size());
        assertEquals(342, small.get(0).paths().length);
        // 40 files of 1 MB: ten per 4 MB bin.
        List<Bin> large = Bin.pack(files(40, 1L << 20), 4L << 20, 8192);
        assertEquals(10, large.size());
        assertEquals(4, large.get(0).paths().length);
    }

    @Test
    void everyFileIsInOneBinInListingOrder() {
        List<InputListing.Entry> in = files(1000, 3000);
        List<Bin> bins = Bin.pack(in, 1L << 20, 8192);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            assertEquals(i, bins.get(i).index());
            assertEquals(bins.get(i).paths().length, bins.get(i).lengths().length);
            out.addAll(List.of(bins.get(i).paths()));
        }
        assertEquals(in.stream().map(InputListing.Entry::path).toList(), out);
    }

    @Test
    void aFileTooLargeToReadWeighsOnlyItsOpeningCost() {
        List<InputListing.Entry> in = new ArrayList<>(files(2, 1000));
        in.add(1, new InputListing.Entry("file:/a/huge.txt", Source.MAX_BYTES + 1));
        List<Bin> bins = Bin.pack(in, 1L << 20, 8192);
        assertEquals(1, bins.size());
        assertArrayEquals(new long[] {1000, Source.MAX_BYTES + 1, 1000}, bins.get(0).lengths());
    }

    @Test
    void targetIsAQuarterOfACoresShareWithinBounds() {
        assertEquals(10L << 20, Bin.target(80L << 20, 2, 1L << 20, 32L << 20));
        assertEquals(32L << 20, Bin.target(33L << 30, 200, 1L << 20, 32L << 20));
        assertEquals(1L << 20, Bin.target(100_000, 2, 1L << 20, 32L << 20));
    }

    @Test
    void hiddenNamesAreSparks() {
        assertTrue(InputListing.hidden(".x.txt"));
        assertTrue(InputListing.hidden("_tmp"));
        assertTrue(InputListing.hidden("a.txt._COPYING_"));
        assertFalse(InputListing.hidden("year=2020"));
        assertFalse(InputListing.hidden("a_b.txt"));
    }
}
