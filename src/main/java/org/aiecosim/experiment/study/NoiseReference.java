package org.aiecosim.experiment.study;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.List;

/**
 * The replication noise of one outcome of a sensitivity study: the yardstick its indices are read
 * against, so a small index is not mistaken for an effect. Two readings of the same spread:
 * <ul>
 * <li>{@code sd}, the standard deviation of one replication's outcome, and {@code halfWidth}, the
 *     95% CI half-width of a design point's mean over the study's {@code replications};
 * <li>{@code floor}, the value of the study's main index ({@code measure}: Morris mu*, Sobol ST) that
 *     a parameter without any effect shows from this noise alone ({@link SensitivityDesign#noiseFloor}).
 * </ul>
 * With more than one replication per point, the spread is pooled within design points (root of the
 * mean within-point variance, {@code df = Σ(n − 1)}); with one, it is that of extra replications of
 * the base scenario ({@link NoiseRuns}).
 *
 * @param outcome      the outcome's name
 * @param source       where the spread was measured, in words
 * @param runs         how many runs it comes from
 * @param df           degrees of freedom of {@code sd}
 * @param sd           standard deviation of one replication's outcome
 * @param replications replications averaged per design point in the study
 * @param halfWidth    t(0.975, df) · sd / √replications
 * @param measure      the index {@code floor} is on: {@code muStar} or {@code ST}
 * @param floor        that index of a parameter without effect, from the noise alone
 */
public record NoiseReference(String outcome, String source, int runs, int df, double sd, int replications, double halfWidth,
                             String measure, double floor) {

    /** Standard deviation of a design point's mean over its replications. */
    public double pointSd() {
        return sd / Math.sqrt(replications);
    }

    /** Whether the noise could be measured (at least two runs with a defined outcome). */
    public boolean defined() {
        return df > 0 && !Double.isNaN(sd);
    }

    /** Pooled within-point spread of outcome {@code o} over {@code points}: {sd, df, runs}. */
    static double[] pooled(List<PointSummary> points, int o) {
        double squares = 0;
        int df = 0, runs = 0;
        for (PointSummary p : points) {
            var e = p.outcomes().get(o);
            if (e.n() < 2 || Double.isNaN(e.sd())) continue;
            squares += (e.n() - 1) * e.sd() * e.sd();
            df += e.n() - 1;
            runs += e.n();
        }
        return new double[] {df == 0 ? Double.NaN : Math.sqrt(squares / df), df, runs};
    }

    /** t(0.975, df) · sd / √replications; NaN without degrees of freedom. */
    static double halfWidth(double sd, int df, int replications) {
        if (df < 1 || Double.isNaN(sd)) return Double.NaN;
        return new TDistribution(df).inverseCumulativeProbability(0.975) * sd / Math.sqrt(replications);
    }
}
