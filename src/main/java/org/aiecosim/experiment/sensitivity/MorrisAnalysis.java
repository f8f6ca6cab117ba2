package org.aiecosim.experiment.sensitivity;

import org.aiecosim.stats.Bootstrap;
import org.aiecosim.stats.ConfidenceInterval;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import java.util.ArrayList;
import java.util.List;

/**
 * Elementary-effects analysis of a {@link MorrisDesign} (Morris 1991; mu* from Campolongo,
 * Cariboni and Saltelli 2007).
 *
 * <p>For the step of a trajectory that moves factor i from x to x + δe_i (δ = ±Δ) the elementary
 * effect is EE = (y(x + δe_i) − y(x)) / δ. Dividing by the signed δ makes downward steps comparable
 * with upward ones: a linear y = c·x gives EE = c_i in both directions.
 */
public final class MorrisAnalysis {
    private MorrisAnalysis() {}

    /** mu, mu* and sigma per factor, without confidence intervals. */
    public static MorrisResult analyze(MorrisDesign d, double[] y) {
        return analyze(d, y, 0, null);
    }

    /**
     * mu, mu* and sigma per factor, with a 95% percentile bootstrap interval of mu* obtained by
     * resampling whole trajectories with replacement (trajectories are the independent units; the
     * effects within one share a base point).
     *
     * @param d         the design that was run
     * @param y         one output per design row, in row order
     * @param resamples number of bootstrap resamples; 0 for no intervals
     * @param rng       source of the resampling; may be null when {@code resamples} is 0
     */
    public static MorrisResult analyze(MorrisDesign d, double[] y, int resamples, RandomGenerator rng) {
        if (y.length != d.runs()) {
            throw new IllegalArgumentException("expected " + d.runs() + " outputs, got " + y.length);
        }
        if (resamples < 0) throw new IllegalArgumentException("resamples must be >= 0, got " + resamples);
        if (resamples > 0 && rng == null) throw new IllegalArgumentException("rng is required for resampling");
        int k = d.factors(), r = d.trajectories();
        double[][] ee = effects(d, y); // [factor][trajectory]

        double[][] muStarReplicates = new double[k][resamples];
        for (int b = 0; b < resamples; b++) {
            int[] idx = Bootstrap.resampleIndices(r, rng);
            for (int i = 0; i < k; i++) {
                double sum = 0;
                for (int t : idx) sum += Math.abs(ee[i][t]);
                muStarReplicates[i][b] = sum / r;
            }
        }
        List<MorrisFactor> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] abs = new double[r];
            for (int t = 0; t < r; t++) abs[t] = Math.abs(ee[i][t]);
            double sigma = r < 2 ? Double.NaN : new StandardDeviation(true).evaluate(ee[i]);
            ConfidenceInterval ci = resamples == 0
                    ? ConfidenceInterval.notComputed(Bootstrap.LEVEL)
                    : Bootstrap.percentileInterval(muStarReplicates[i]);
            out.add(new MorrisFactor(i, StatUtils.mean(ee[i]), StatUtils.mean(abs), sigma, ci));
        }
        return new MorrisResult(out, r);
    }

    /** Elementary effects, [factor][trajectory]: each trajectory changes each factor exactly once. */
    static double[][] effects(MorrisDesign d, double[] y) {
        int k = d.factors(), r = d.trajectories();
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int row = d.row(t, s);
                ee[d.changedFactor(t, s)][t] = (y[row + 1] - y[row]) / d.step(t, s);
            }
        }
        return ee;
    }
}
