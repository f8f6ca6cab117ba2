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
}
