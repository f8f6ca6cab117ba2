package org.aiecosim.model.demand;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Homogeneous tastes and no network term: adoption follows closed-form multinomial-logit shares. */
class LogitTest {

    /** Utilities of five models assembled from the demand rules with one taste vector for everyone. */
    private static double[] homogeneousUtilities() {
        double[] capW = {1.2}, alpha = {0.15}, open = {0.4}; // one taste vector for everyone
        CapabilityUtility cu = new CapabilityUtility(3.0, 0.8, 60);
        double requirement = 1050;
        double[] capability = {1120, 1060, 1000, 1090, 1040};
        double[] price = {20, 8, 1, 4.5, 2};
        boolean[] isOpen = {false, false, true, true, true};
        double[] v = new double[5];
        for (int j = 0; j < 5; j++)
            v[j] = capW[0] * cu.value(capability[j], requirement) - alpha[0] * price[j] + (isOpen[j] ? open[0] : 0);
        return v;
    }

    @Test
    void sharesEqualClosedForm() {
        double[] v = homogeneousUtilities();
        double[] out = new double[v.length];
        Logit.shares(v, v.length, out);
        double denom = 0;
        for (double x : v) denom += Math.exp(x);
        double sum = 0;
        for (int j = 0; j < v.length; j++) {
            assertEquals(Math.exp(v[j]) / denom, out[j], 1e-12);
            sum += out[j];
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void sharesAreShiftInvariantAndDoNotOverflow() {
        double[] v = {1000, 999, 998}, out = new double[3];
        Logit.shares(v, 3, out);
        double e = 1 + Math.exp(-1) + Math.exp(-2);
        assertEquals(1 / e, out[0], 1e-12);
        assertEquals(Math.exp(-2) / e, out[2], 1e-12);
    }

    @Test
    void drawsMatchLogitSharesChiSquare() {
        double[] v = homogeneousUtilities();
        int n = v.length, draws = 200_000;
        double[] expected = new double[n], scratch = new double[n];
        Logit.shares(v, n, expected);
        long[] counts = new long[n];
        MersenneTwisterFast random = new MersenneTwisterFast(20240601L);
        for (int i = 0; i < draws; i++) counts[Logit.draw(v, n, scratch, random)]++;
        for (int j = 0; j < n; j++) expected[j] *= draws;
        double p = new ChiSquareTest().chiSquareTest(expected, counts);
        assertTrue(p > 0.001, "chi-square p-value " + p);
    }

    @Test
    void barredOptionsGetExactlyZero() {
        double inf = Double.NEGATIVE_INFINITY;
        double[] v = {inf, 0.5, inf, -2}, out = new double[4], scratch = new double[4];
        Logit.shares(v, 4, out);
        assertEquals(0.0, out[0]);
        assertEquals(0.0, out[2]);
        assertEquals(1.0, out[1] + out[3], 1e-15);
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        for (int i = 0; i < 10_000; i++) {
            int j = Logit.draw(v, 4, scratch, random);
            assertTrue(j == 1 || j == 3);
        }
        double[] all = {inf, inf, inf};
        assertEquals(0.0, Logit.shares(all, 3, out));
        assertEquals(0.0, out[0] + out[1] + out[2]);
        assertEquals(-1, Logit.draw(all, 3, scratch, random));
        assertEquals(-1, Logit.draw(all, 0, scratch, random));
    }
}
