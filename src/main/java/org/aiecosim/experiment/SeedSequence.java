package org.aiecosim.experiment;

/**
 * Derives independent seeds for replications (and sweep runs) from a base seed and an index, so a
 * replication's history depends only on (base seed, index), never on which thread ran it.
 * Uses the SplitMix64 finaliser (Steele, Lea and Flood 2014) to decorrelate neighbouring indices.
 */
public final class SeedSequence {
    private SeedSequence() {}

    /** Seed of run {@code index} under {@code baseSeed}. */
    public static long derive(long baseSeed, long index) {
        long z = baseSeed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The base seed under which run {@code index} gets the seed {@code seed}: the inverse of
     * {@link #derive}, so {@code derive(baseFor(s, i), i) == s}. Lets a run made with a chosen seed
     * (the GUI's) be written as a scenario whose replication {@code index} repeats it.
     */
    public static long baseFor(long seed, long index) {
        long z = unxorshift(seed, 31);
        z = unxorshift(z * inverse(0x94D049BB133111EBL), 27);
        z = unxorshift(z * inverse(0xBF58476D1CE4E5B9L), 30);
        return z - 0x9E3779B97F4A7C15L * (index + 1);
    }

    /** x from y = x ^ (x >>> shift). */
    private static long unxorshift(long y, int shift) {
        long x = y;
        for (int s = shift; s < 64; s += shift) x ^= y >>> s;
        return x;
    }

    /** Multiplicative inverse of an odd number modulo 2^64 (Newton's iteration doubles the correct bits). */
    private static long inverse(long odd) {
        long inv = odd;
        for (int i = 0; i < 5; i++) inv *= 2 - odd * inv;
        return inv;
    }
}
