package org.aiecosim.experiment.sensitivity;

import org.aiecosim.stats.Bootstrap;
import org.aiecosim.stats.ConfidenceInterval;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.StatUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * First- and total-order Sobol indices from the outputs of a {@link SaltelliDesign}.
 *
 * <p>With V the population variance of all 2N outputs f(A) and f(B):
 * <ul>
 *   <li>first order, Saltelli et al. (2010):
 *       S1_i = (1/N) Σ_j f(B)_j (f(AB_i)_j − f(A)_j) / V</li>
 *   <li>total order, Jansen (1999): ST_i = (1/(2N)) Σ_j (f(A)_j − f(AB_i)_j)² / V</li>
 * </ul>
 * These are the estimators Saltelli et al. (2010) recommend. The 95% intervals are
 * bootstrap percentile intervals: the N base rows (each with its A, B and AB_i outputs) are resampled
 * with replacement and V, S1 and ST recomputed.
 *
 * <p><b>Constant output.</b> When V = 0 (all f(A) and f(B) equal) the indices are undefined (0/0); every index and interval
 * bound is then NaN rather than an arbitrary number. A bootstrap resample whose V happens to be 0
 * is dropped from the interval.
 *
 * <p>Estimates can fall slightly outside [0,1] (S1 can be negative for an unimportant factor);
 * they are reported as estimated, not clipped, so the sampling error stays visible.
 */
public final class SobolAnalysis {
    private SobolAnalysis() {}

    /**
     * Estimates the indices.
     *
     * @param d                  the design that was run
     * @param y                  one output per design row, in row order
     * @param bootstrapResamples number of bootstrap resamples; 0 for no intervals
     * @param rng                source of the resampling; may be null when {@code bootstrapResamples} is 0
     */
    public static SobolResult analyze(SaltelliDesign d, double[] y, int bootstrapResamples, RandomGenerator rng) {
        if (y.length != d.runs()) {
            throw new IllegalArgumentException("expected " + d.runs() + " outputs, got " + y.length);
        }
        if (bootstrapResamples < 0) {
            throw new IllegalArgumentException("bootstrapResamples must be >= 0, got " + bootstrapResamples);
        }
        if (bootstrapResamples > 0 && rng == null) throw new IllegalArgumentException("rng is required for resampling");
        int k = d.factors(), n = d.baseSamples();
        int[] identity = new int[n];
        for (int j = 0; j < n; j++) identity[j] = j;
        double[][] point = estimate(d, y, identity); // [0]: V, [1..k]: S1, [k+1..2k]: ST

        double[][] replicates = new double[2 * k][bootstrapResamples];
        boolean constant = !(point[0][0] > 0);
        if (!constant) {
            for (int b = 0; b < bootstrapResamples; b++) {
                double[][] est = estimate(d, y, Bootstrap.resampleIndices(n, rng));
                for (int i = 0; i < k; i++) {
                    replicates[i][b] = est[1][i];
                    replicates[k + i][b] = est[2][i];
                }
            }
        }
        List<FactorIndices> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            ConfidenceInterval s1Ci = ConfidenceInterval.notComputed(Bootstrap.LEVEL);
            ConfidenceInterval stCi = ConfidenceInterval.notComputed(Bootstrap.LEVEL);
            if (!constant && bootstrapResamples > 0) {
                s1Ci = Bootstrap.percentileInterval(replicates[i]);
                stCi = Bootstrap.percentileInterval(replicates[k + i]);
            }
            out.add(new FactorIndices(i, point[1][i], s1Ci, point[2][i], stCi));
        }
        return new SobolResult(out, point[0][0], n, bootstrapResamples);
    }

    /**
     * Estimates over the base rows {@code idx} (with repetitions, for the bootstrap).
     * Returns {{V}, S1[k], ST[k]}; indices are NaN when V is 0.
     */
    private static double[][] estimate(SaltelliDesign d, double[] y, int[] idx) {
        int k = d.factors(), n = idx.length;
        double[] ab = new double[2 * n];
        for (int j = 0; j < n; j++) {
            ab[j] = y[d.rowA(idx[j])];
            ab[n + j] = y[d.rowB(idx[j])];
        }
        // Identical outputs are tested directly: their computed variance can be a rounding residue
        // (~1e-34) rather than 0, and dividing by it would give meaningless huge indices.
        double v = StatUtils.max(ab) == StatUtils.min(ab) ? 0.0 : StatUtils.populationVariance(ab);
        double[] s1 = new double[k], st = new double[k];
        for (int i = 0; i < k; i++) {
            double first = 0, total = 0;
            for (int j = 0; j < n; j++) {
                double fA = ab[j], fB = ab[n + j], fAB = y[d.rowAB(i, idx[j])];
                first += fB * (fAB - fA);
                double diff = fA - fAB;
                total += diff * diff;
            }
            // v > 0 is false for 0 and NaN alike: both give undefined indices.
            s1[i] = v > 0 ? first / n / v : Double.NaN;
            st[i] = v > 0 ? total / (2.0 * n) / v : Double.NaN;
        }
        return new double[][] {{v}, s1, st};
    }
}
