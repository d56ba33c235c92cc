package dev.laurel.parsers.commendation.repeats;

import java.security.SecureRandom;

/**
 * Hashes of document text keyed by a random seed drawn once per process, for the duplicate detector's
 * tables: without the seed, text cannot be written so that its keys collide (as clauses of two-char
 * blocks (a + j, b − 31j) all collide under {@link String#hashCode}). Only speed depends on the seed;
 * the tables compare the keys themselves.
 */
public final class KeyedHash {
    /** This process's seed. */
    static final long SEED = new SecureRandom().nextLong();
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private KeyedHash() {
    }

    /** The state after {@code c}: a bijection of the state for each char, so no two chars merge states. */
    static long step(long state, char c) {
        long h = (state ^ c) * GOLDEN;
        return h ^ (h >>> 29);
    }

    /** The hash of a key whose chars were {@link #step stepped} into {@code state}, starting from {@code seed}. */
    static int finish(long state, long seed) {
        return (int) (mix(state ^ Long.rotateLeft(seed, 32)) >>> 32);
    }

    /** The hash of a long key under {@code seed}: two rounds of mixing, the seed folded in before each. */
    static int of(long key, long seed) {
        return finish(mix(key ^ seed), seed);
    }

    /** MurmurHash3's 64-bit finaliser: every input bit flips about half of the output bits. */
    private static long mix(long h) {
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB93FE1A85EC9L;
        return h ^ (h >>> 33);
    }
}
