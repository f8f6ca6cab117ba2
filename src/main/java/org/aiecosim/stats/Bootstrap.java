package org.aiecosim.stats;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.ranking.NaNStrategy;

/** Shared pieces of the percentile bootstrap used by both analyses. */
public final class Bootstrap {
    /** Nominal coverage of every bootstrap interval the sensitivity analyses report. */
    public static final double LEVEL = 0.95;

    private Bootstrap() {}

    /** n indices drawn uniformly from [0, n) with replacement. */
    public static int[] resampleIndices(int n, RandomGenerator rng) {
        int[] idx = new int[n];
        for (int j = 0; j < n; j++) idx[j] = rng.nextInt(n);
        return idx;
    }

    /**
     * Percentile interval (Efron) of bootstrap replicates at {@link #LEVEL}. R-7 interpolation (the
     * default of R and NumPy) so results match those tools; NaN replicates (a resample with zero
     * variance) are dropped rather than poisoning the interval.
     */
    public static ConfidenceInterval percentileInterval(double[] replicates) {
        if (replicates.length == 0) return ConfidenceInterval.notComputed(LEVEL);
        Percentile p = new Percentile()
                .withEstimationType(Percentile.EstimationType.R_7)
                .withNaNStrategy(NaNStrategy.REMOVED);
        double tail = 100.0 * (1.0 - LEVEL) / 2.0;
        return new ConfidenceInterval(p.evaluate(replicates, tail), p.evaluate(replicates, 100.0 - tail), LEVEL);
    }
}
