package org.aiecosim.model.lineage;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Bookkeeping of model families: for each family (indexed by its owner lab's index or any family
 * id in [0, families)), the cumulative number of derivatives built on its base, by labs and by
 * developers, split by the region of the deriving party, and an exponentially decayed recent count.
 * Family trees on Hugging Face are dominated by fine-tunes, adapters and quantisations of a few
 * bases (Laufer, Oderinwale &amp; Kleinberg 2025); the counts feed {@link BaseChoice} (ecosystem
 * size) and {@link EcosystemEffects} (serving cost, owner's know-how).
 *
 * <p>Storage is primitive arrays sized at construction (families x regions); no method allocates.
 * Monthly order: {@link #decay} once, then the month's additions, so that
 * recent_t = (1 - rate) recent_{t-1} + new derivatives_t.
 */
public final class FamilyLedger implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int families;
    private final int regions;
    private final long[] byLabs;
    private final long[] byDevelopers;
    /** [family * regions + region], labs and developers together. */
    private final long[] byRegion;
    private final double[] recent;

    public FamilyLedger(int families, int regions) {
        if (families < 0 || regions < 1) throw new IllegalArgumentException("families >= 0 and regions >= 1: " + families + ", " + regions);
        this.families = families;
        this.regions = regions;
        this.byLabs = new long[families];
        this.byDevelopers = new long[families];
        this.byRegion = new long[Math.multiplyExact(families, regions)];
        this.recent = new double[families];
    }

    public int families() { return families; }

    public int regions() { return regions; }

    /** One derivative released by a lab of region {@code derivingRegion} on {@code family}'s base. */
    public void addDerivative(int family, int derivingRegion) {
        checkRegion(derivingRegion);
        byLabs[family]++;
        byRegion[family * regions + derivingRegion]++;
        recent[family] += 1;
    }

    /** {@code count} derivatives made by developers of region {@code derivingRegion} on {@code family}'s base. */
    public void addDeveloperDerivatives(int family, int derivingRegion, long count) {
        if (count < 0) throw new IllegalArgumentException("count must be >= 0: " + count);
        checkRegion(derivingRegion);
        byDevelopers[family] += count;
        byRegion[family * regions + derivingRegion] += count;
        recent[family] += count;
    }

    /** Cumulative derivatives of the family, by labs and developers. */
    public long derivatives(int family) { return byLabs[family] + byDevelopers[family]; }

    /** Cumulative derivatives of the family released by labs. */
    public long labDerivatives(int family) { return byLabs[family]; }

    /** Cumulative derivatives of the family made by developers. */
    public long developerDerivatives(int family) { return byDevelopers[family]; }

    /** Cumulative derivatives of the family whose deriving party is of {@code region}. */
    public long derivativesByDerivingRegion(int family, int region) {
        checkRegion(region);
        return byRegion[family * regions + region];
    }

    /** Exponentially decayed count of the family's recent derivatives. */
    public double recentDerivatives(int family) { return recent[family]; }

    /** Monthly decay of the recent counts: recent *= 1 - rate, rate in [0, 1]. */
    public void decay(double rate) {
        if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("rate must be in [0, 1]: " + rate);
        double keep = 1 - rate;
        for (int f = 0; f < families; f++) recent[f] *= keep;
    }

    /** Forgets everything (a new replication with the same sizes). */
    public void clear() {
        Arrays.fill(byLabs, 0);
        Arrays.fill(byDevelopers, 0);
        Arrays.fill(byRegion, 0);
        Arrays.fill(recent, 0);
    }

    private void checkRegion(int region) {
        if (region < 0 || region >= regions) throw new IndexOutOfBoundsException("region " + region + " of " + regions);
    }
}
