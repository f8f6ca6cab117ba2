package org.aiecosim.stats;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Mean of one quantity across replications with a two-sided 95% confidence interval from
 * Student's t distribution with {@code n - 1} degrees of freedom.
 *
 * <p>NaN inputs (quantity undefined in that replication) are ignored and not counted in {@code n}.
 * With {@code n == 0} everything is NaN. With {@code n == 1} the mean is the single value but the
 * sample standard deviation and hence the interval are undefined, so {@code sd}, {@code halfWidth},
 * {@link #low()} and {@link #high()} are NaN.
 *
 * @param n         number of non-NaN values
 * @param mean      their mean
 * @param sd        sample standard deviation (divisor {@code n - 1})
 * @param halfWidth half-width of the 95% confidence interval of the mean, {@code t(0.975, n-1)·sd/√n}
 */
public record MeanEstimate(int n, double mean, double sd, double halfWidth) {

    /** Two-sided confidence level of {@link #halfWidth}. */
    public static final double LEVEL = 0.95;

    private static final ConcurrentMap<Integer, Double> T_QUANTILES = new ConcurrentHashMap<>();

    /** Estimate from the given values, ignoring NaN. */
    public static MeanEstimate of(double... values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) if (!Double.isNaN(v)) s.addValue(v);
        int n = (int) s.getN();
        if (n == 0) return new MeanEstimate(0, Double.NaN, Double.NaN, Double.NaN);
        if (n == 1) return new MeanEstimate(1, s.getMean(), Double.NaN, Double.NaN);
        double sd = s.getStandardDeviation();
        return new MeanEstimate(n, s.getMean(), sd, tQuantile(n - 1) * sd / Math.sqrt(n));
    }

    /**
     * The estimate of all runs of several groups taken together, from their summaries alone: the
     * pooled mean, the standard deviation of the pooled values (within-group plus between-group
     * spread) and the t interval with {@code n - 1} degrees of freedom, exactly as {@link #of} of
     * the concatenated values would give.
     */
    public static MeanEstimate pooled(java.util.List<MeanEstimate> groups) {
        int n = 0;
        double sum = 0;
        for (MeanEstimate g : groups) {
            if (g.n() == 0 || Double.isNaN(g.mean())) continue;
            n += g.n();
            sum += g.n() * g.mean();
        }
        if (n == 0) return new MeanEstimate(0, Double.NaN, Double.NaN, Double.NaN);
        double mean = sum / n;
        if (n == 1) return new MeanEstimate(1, mean, Double.NaN, Double.NaN);
        double ss = 0;
        for (MeanEstimate g : groups) {
            if (g.n() == 0 || Double.isNaN(g.mean())) continue;
            double d = g.mean() - mean;
            ss += (g.n() > 1 ? (g.n() - 1) * g.sd() * g.sd() : 0) + g.n() * d * d;
        }
        double sd = Math.sqrt(ss / (n - 1));
        return new MeanEstimate(n, mean, sd, tQuantile(n - 1) * sd / Math.sqrt(n));
    }

    /** Lower end of the 95% confidence interval. */
    public double low() {
        return mean - halfWidth;
    }

    /** Upper end of the 95% confidence interval. */
    public double high() {
        return mean + halfWidth;
    }

    /** {@code t(0.975, df)}; cached because ensembles ask for the same few degrees of freedom. */
    static double tQuantile(int df) {
        return T_QUANTILES.computeIfAbsent(df,
                d -> new TDistribution(d).inverseCumulativeProbability(0.5 + LEVEL / 2));
    }
}
