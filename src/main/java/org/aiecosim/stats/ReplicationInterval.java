package org.aiecosim.stats;

import java.util.Arrays;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Mean of one quantity across replications with a 95% interval suited to it: for a quantity bounded
 * to [0, 1] (a share, an index, a flag) the percentile bootstrap interval of the mean over
 * {@link #RESAMPLES} resamples of the replications, which cannot leave the range of the data and so
 * never leaves [0, 1] even when the replications split into two groups; for an unbounded quantity the
 * Student t interval of {@link MeanEstimate}. The bootstrap uses a fixed seed, so the same values give
 * the same interval. NaN values are dropped; with fewer than two values the bounds are NaN, and with
 * identical values both bounds equal the value. {@link #bimodality} says whether replications split
 * by a gap that matters (two percentage points for a bounded quantity, 5% of the mean otherwise).
 *
 * @param n          finite values
 * @param mean       their mean
 * @param sd         their sample standard deviation (NaN with fewer than two)
 * @param low        lower end of the 95% interval
 * @param high       upper end
 * @param bootstrap  whether the interval is a bootstrap percentile interval (else Student t)
 * @param bimodality the split check of the values
 */
public record ReplicationInterval(int n, double mean, double sd, double low, double high, boolean bootstrap,
                                  Bimodality bimodality) {

    /** Bootstrap resamples per interval. */
    public static final int RESAMPLES = 2000;
    private static final long SEED = 0x5EEDL;

    /** The interval of {@code values}; {@code bounded} for quantities in [0, 1]. */
    public static ReplicationInterval of(double[] values, boolean bounded) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        MeanEstimate t = MeanEstimate.of(x);
        // A split must matter: two percentage points of a share, 5% of the mean otherwise.
        Bimodality b = Bimodality.of(x, bounded ? 0.02 : 0.05 * Math.abs(t.mean()));
        if (x.length < 2) return new ReplicationInterval(x.length, t.mean(), t.sd(), Double.NaN, Double.NaN, bounded, b);
        if (t.sd() == 0) return new ReplicationInterval(x.length, t.mean(), 0, t.mean(), t.mean(), bounded, b);
        if (!bounded) return new ReplicationInterval(x.length, t.mean(), t.sd(), t.low(), t.high(), false, b);
        RandomGenerator rng = new MersenneTwister(SEED);
        double[] means = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            double s = 0;
            for (int j : Bootstrap.resampleIndices(x.length, rng)) s += x[j];
            means[i] = s / x.length;
        }
        ConfidenceInterval ci = Bootstrap.percentileInterval(means);
        return new ReplicationInterval(x.length, t.mean(), t.sd(), ci.lower(), ci.upper(), true, b);
    }

    /** Whether the interval excludes {@code x}. */
    public boolean excludes(double x) {
        return low > x || high < x;
    }
}
