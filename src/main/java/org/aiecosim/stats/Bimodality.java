package org.aiecosim.stats;

import java.util.Arrays;

/**
 * Whether replications split into two groups, by two checks that must both hold:
 * <ol>
 *   <li>Sarle's sample bimodality coefficient {@code b = (g² + 1) / (k + 3(n−1)²/((n−2)(n−3)))},
 *       with {@code g} the sample skewness and {@code k} the sample excess kurtosis (both bias-corrected,
 *       as SAS and the R package {@code mousetrap} compute them), exceeds {@link #THRESHOLD} = 5/9, the
 *       value of a uniform distribution; and</li>
 *   <li>a gap: the largest distance between two neighbouring sorted values is at least
 *       {@link #GAP_SHARE} of the range and at least a given smallest gap that matters (e.g. two
 *       percentage points for a share), with at least two values on each side.</li>
 * </ol>
 * The coefficient alone also flags strongly skewed unimodal samples; the gap check alone flags a
 * single outlier pair. Together they flag what a reader should know: the mean lies between two
 * clusters of outcomes that no single run resembles. Needs at least {@link #MIN_N} finite values.
 *
 * @param coefficient the bimodality coefficient (NaN when undefined)
 * @param gapShare    largest gap between neighbouring values as a share of the range (NaN when undefined)
 * @param split       whether both checks hold
 * @param below       values at or below the gap (0 when no split)
 * @param above       values above the gap (0 when no split)
 */
public record Bimodality(double coefficient, double gapShare, boolean split, int below, int above) {

    /** Bimodality coefficient of the uniform distribution; larger values suggest two modes. */
    public static final double THRESHOLD = 5.0 / 9.0;
    /** Smallest largest-gap, as a share of the range, that counts as a split. */
    public static final double GAP_SHARE = 0.3;
    /** Fewest finite values the checks are made on. */
    public static final int MIN_N = 6;

    /** Checks {@code values}, ignoring NaN, with no smallest gap. */
    public static Bimodality of(double[] values) {
        return of(values, 0);
    }

    /** Checks {@code values}, ignoring NaN; a gap smaller than {@code minGap} is no split. */
    public static Bimodality of(double[] values, double minGap) {
        double[] x = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int n = x.length;
        if (n < MIN_N || x[n - 1] == x[0]) return new Bimodality(Double.NaN, Double.NaN, false, 0, 0);
        double mean = Arrays.stream(x).average().orElse(Double.NaN);
        double m2 = 0, m3 = 0, m4 = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double g1 = m3 / Math.pow(m2, 1.5);
        double skew = g1 * Math.sqrt((double) n * (n - 1)) / (n - 2);
        double g2 = m4 / (m2 * m2) - 3;
        double kurt = (n - 1.0) / ((n - 2.0) * (n - 3.0)) * ((n + 1.0) * g2 + 6.0);
        double b = (skew * skew + 1) / (kurt + 3.0 * (n - 1.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0)));
        double range = x[n - 1] - x[0];
        int at = 0;
        double gap = -1;
        for (int i = 1; i < n; i++) {
            if (x[i] - x[i - 1] > gap) {
                gap = x[i] - x[i - 1];
                at = i;
            }
        }
        double share = gap / range;
        boolean split = b > THRESHOLD && share >= GAP_SHARE && gap >= minGap && at >= 2 && n - at >= 2;
        return new Bimodality(b, share, split, split ? at : 0, split ? n - at : 0);
    }
}
