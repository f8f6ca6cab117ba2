package org.aiecosim.model.demand;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random taste coefficients: homogeneous limit, moments, reproducibility. */
class TastesTest {

    @Test
    void zeroSpreadsGiveTheMeans() {
        double[] w = new double[3], a = new double[3], o = new double[3];
        Tastes.HOMOGENEOUS.drawRange(1.5, Math.log(0.2), -0.3, new MersenneTwisterFast(5), 0, 3, w, a, o);
        assertArrayEquals(new double[] {1.5, 1.5, 1.5}, w, 0);
        for (double x : a) assertEquals(0.2, x, 1e-15);
        assertArrayEquals(new double[] {-0.3, -0.3, -0.3}, o, 0);
    }

    @Test
    void momentsMatchTheDocumentedDistributions() {
        int n = 200_000;
        Tastes tastes = new Tastes(0.5, 0.8, 1.0);
        double[] w = new double[n], a = new double[n], o = new double[n];
        double mu = Math.log(0.1);
        tastes.drawRange(2.0, mu, 0.25, new MersenneTwisterFast(11), 0, n, w, a, o);
        SummaryStatistics sw = new SummaryStatistics(), sla = new SummaryStatistics(), sa = new SummaryStatistics(),
                so = new SummaryStatistics();
        for (int i = 0; i < n; i++) {
            assertTrue(w[i] > 0 && a[i] > 0);
            sw.addValue(w[i]);
            sla.addValue(Math.log(a[i]));
            sa.addValue(a[i]);
            so.addValue(o[i]);
        }
        assertEquals(2.0, sw.getMean(), 4 * sw.getStandardDeviation() / Math.sqrt(n));
        assertEquals(mu, sla.getMean(), 4 * 0.8 / Math.sqrt(n));
        assertEquals(0.8, sla.getStandardDeviation(), 0.01);
        assertEquals(tastes.meanPriceSensitivity(mu), sa.getMean(), 4 * sa.getStandardDeviation() / Math.sqrt(n));
        assertEquals(0.25, so.getMean(), 4 / Math.sqrt(n));
        assertEquals(1.0, so.getStandardDeviation(), 0.01);
    }

    @Test
    void sameSeedSameTastes() {
        Tastes tastes = new Tastes(0.3, 0.3, 0.3);
        double[] w1 = new double[50], a1 = new double[50], o1 = new double[50];
        double[] w2 = new double[50], a2 = new double[50], o2 = new double[50];
        tastes.drawRange(1, 0, 0, new MersenneTwisterFast(9), 0, 50, w1, a1, o1);
        tastes.drawRange(1, 0, 0, new MersenneTwisterFast(9), 0, 50, w2, a2, o2);
        assertArrayEquals(w1, w2, 0);
        assertArrayEquals(a1, a2, 0);
        assertArrayEquals(o1, o2, 0);
    }
}
