package org.aiecosim.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Difference of two means with a Welch (unequal variances) 95% confidence interval and t-test.
 * Degrees of freedom by Welch–Satterthwaite; the t statistic and p-value come from Commons Math.
 *
 * @param meanA  mean of sample A
 * @param meanB  mean of sample B
 * @param diff   meanB − meanA
 * @param low    lower end of the 95% CI of diff
 * @param high   upper end of the 95% CI of diff
 * @param t      Welch t statistic of B against A
 * @param df     Welch–Satterthwaite degrees of freedom
 * @param p      two-sided p-value
 * @param nA     size of A (undefined values dropped)
 * @param nB     size of B
 */
public record WelchComparison(double meanA, double meanB, double diff, double low, double high,
                              double t, double df, double p, int nA, int nB) {

    /** Compares B with A; NaN values are dropped; fields are NaN when a sample has fewer than 2 values. */
    public static WelchComparison of(double[] a, double[] b) {
        a = finite(a);
        b = finite(b);
        double ma = a.length > 0 ? StatUtils.mean(a) : Double.NaN;
        double mb = b.length > 0 ? StatUtils.mean(b) : Double.NaN;
        if (a.length < 2 || b.length < 2) {
            return new WelchComparison(ma, mb, mb - ma, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, a.length, b.length);
        }
        double va = StatUtils.variance(a) / a.length;
        double vb = StatUtils.variance(b) / b.length;
        double se = Math.sqrt(va + vb);
        double diff = mb - ma;
        if (se == 0) {
            double p = diff == 0 ? 1.0 : 0.0;
            return new WelchComparison(ma, mb, diff, diff, diff, diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff),
                    Double.NaN, p, a.length, b.length);
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double q = new TDistribution(null, df).inverseCumulativeProbability(0.975);
        TTest test = new TTest();
        return new WelchComparison(ma, mb, diff, diff - q * se, diff + q * se, test.t(b, a), df, test.tTest(b, a), a.length, b.length);
    }

    private static double[] finite(double[] x) {
        return java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }

    /**
     * Compares B with A from their summaries (size, mean, sample standard deviation), as {@link #of}
     * would from the values; fields are NaN when a sample has fewer than 2 values.
     */
    public static WelchComparison ofSummaries(int nA, double meanA, double sdA, int nB, double meanB, double sdB) {
        double diff = meanB - meanA;
        if (nA < 2 || nB < 2) return new WelchComparison(meanA, meanB, diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, nA, nB);
        double va = sdA * sdA / nA;
        double vb = sdB * sdB / nB;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new WelchComparison(meanA, meanB, diff, diff, diff, diff == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff),
                    Double.NaN, diff == 0 ? 1.0 : 0.0, nA, nB);
        }
        double df = (va + vb) * (va + vb) / (va * va / (nA - 1) + vb * vb / (nB - 1));
        TDistribution dist = new TDistribution(null, df);
        double q = dist.inverseCumulativeProbability(0.975);
        double t = diff / se;
        double p = 2 * dist.cumulativeProbability(-Math.abs(t));
        return new WelchComparison(meanA, meanB, diff, diff - q * se, diff + q * se, t, df, p, nA, nB);
    }
}
