package org.aiecosim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Known answers for selection by geometric skipping ({@link Sampling#nextSelected}): it must select
 * each of n positions independently with probability p, as one Bernoulli draw per position would.
 */
class SamplingTest {
    private static final int N = 200, TRIALS = 20_000;

    /** Positions selected in one pass over {@code n} positions. */
    private static List<Integer> selected(int n, double p, MersenneTwisterFast random) {
        List<Integer> out = new ArrayList<>();
        double logNot = Sampling.logNotSelected(p);
        for (int d = Sampling.nextSelected(-1, n, logNot, random); d < n; d = Sampling.nextSelected(d, n, logNot, random)) out.add(d);
        return out;
    }

    /** Chi-square p-value of the number selected per pass against Binomial(N, pTest) (bins merged to expect >= 5). */
    private static double countPValue(double pDrawn, double pTest, long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        long[] counts = new long[N + 1];
        for (int t = 0; t < TRIALS; t++) counts[selected(N, pDrawn, r).size()]++;
        BinomialDistribution b = new BinomialDistribution(null, N, pTest);
        List<Double> expected = new ArrayList<>();
        List<Long> observed = new ArrayList<>();
        double e = 0;
        long o = 0;
        for (int k = 0; k <= N; k++) {
            e += TRIALS * b.probability(k);
            o += counts[k];
            if (e >= 5 && TRIALS * (1 - b.cumulativeProbability(k)) >= 5) {
                expected.add(e);
                observed.add(o);
                e = 0;
                o = 0;
            }
        }
        expected.set(expected.size() - 1, expected.get(expected.size() - 1) + e);
        observed.set(observed.size() - 1, observed.get(observed.size() - 1) + o);
        return new ChiSquareTest().chiSquareTest(expected.stream().mapToDouble(Double::doubleValue).toArray(),
                observed.stream().mapToLong(Long::longValue).toArray());
    }

    @Test
    void numberSelectedIsBinomial() {
        for (double p : new double[] {0.002, 0.05, 0.0915, 0.5}) {
            double pValue = countPValue(p, p, 17);
            assertTrue(pValue > 0.001, "p = " + p + ": chi-square p-value " + pValue);
        }
        // The test can tell a 10% error in p apart, so passing it means something.
        assertTrue(countPValue(0.05, 0.055, 17) < 1e-6);
    }

    /** The first selected position (the first gap) is geometric: P(first = k) = (1 - p)^k p; every position equally likely selected. */
    @Test
    void gapsAreGeometricAndPositionsUniform() {
        double p = 0.05;
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        int bins = 60;
        long[] first = new long[bins + 1];
        long[] byPosition = new long[N];
        for (int t = 0; t < TRIALS; t++) {
            List<Integer> s = selected(N, p, r);
            first[s.isEmpty() ? bins : Math.min(s.get(0), bins)]++;
            for (int d : s) byPosition[d]++;
        }
        double[] expected = new double[bins + 1];
        for (int k = 0; k < bins; k++) expected[k] = TRIALS * Math.pow(1 - p, k) * p;
        expected[bins] = TRIALS * Math.pow(1 - p, bins);
        double gapP = new ChiSquareTest().chiSquareTest(expected, first);
        assertTrue(gapP > 0.001, "first gap: chi-square p-value " + gapP);
        double[] uniform = new double[N];
        java.util.Arrays.fill(uniform, TRIALS * p);
        double posP = new ChiSquareTest().chiSquareTest(uniform, byPosition);
        assertTrue(posP > 0.001, "positions: chi-square p-value " + posP);
    }

    @Test
    void probabilityZeroSelectsNothingAndOneSelectsAll() {
        MersenneTwisterFast r = new MersenneTwisterFast(1);
        assertEquals(0, selected(1000, 0, r).size());
        assertEquals(1000, selected(1000, 1, r).size());
        assertEquals(0, selected(0, 0.5, r).size());
    }
}
