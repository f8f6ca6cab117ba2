package org.aiecosim.model.knowledge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectedResearchTest {

    private static double logit(double s) { return Math.log(s / (1 - s)); }

    @Test
    void unconstrainedLabKeepsTheNoConstraintOptimumExactly() {
        DirectedResearch dr = new DirectedResearch(0.3, 0.35);
        assertEquals(1, DirectedResearch.shadowPriceRatio(100, 100, 1.5), 0);
        assertEquals(1, DirectedResearch.shadowPriceRatio(100, 250, 1.5), 0, "more on offer than wanted");
        assertEquals(1, DirectedResearch.shadowPriceRatio(0, 0, 1.5), 0, "nothing wanted");
        assertEquals(0.3, dr.efficiencyShare(DirectedResearch.shadowPriceRatio(100, 100, 1.5)), 0);
        for (double s0 : new double[] {1e-6, 0.1, 0.3, 0.5, 0.9, 0.999}) {
            assertEquals(s0, new DirectedResearch(s0, 2).efficiencyShare(1), 0);
        }
    }

    @Test
    void shadowPriceRatioWithUnitElasticityIsDesiredOverObtained() {
        assertEquals(2, DirectedResearch.shadowPriceRatio(200, 100, 1), 1e-15);
        assertEquals(40, DirectedResearch.shadowPriceRatio(1000, 25, 1), 1e-13);
        // elasticity 2: the price that cuts demand to a quarter is twice the market price
        assertEquals(2, DirectedResearch.shadowPriceRatio(400, 100, 2), 1e-15);
        // elasticity 0.5: halving demand needs a fourfold price
        assertEquals(4, DirectedResearch.shadowPriceRatio(200, 100, 0.5), 1e-14);
        assertEquals(Double.POSITIVE_INFINITY, DirectedResearch.shadowPriceRatio(10, 0, 1), 0);
        assertThrows(IllegalArgumentException.class, () -> DirectedResearch.shadowPriceRatio(10, 5, 0));
    }

    /** A capped lab (half its desired chips, unit elasticity) moves effort to efficiency with odds x 2^eta. */
    @Test
    void cappedLabMovesTowardsEfficiencyAsTheAnalyticElasticitySays() {
        double s0 = 0.25, eta = 0.35;
        DirectedResearch dr = new DirectedResearch(s0, eta);
        double ratio = DirectedResearch.shadowPriceRatio(2000, 1000, 1);
        double s = dr.efficiencyShare(ratio);
        double odds = (1.0 / 3) * Math.pow(2, eta);
        assertEquals(odds / (1 + odds), s, 1e-15);
        assertTrue(s > s0);
        // finite difference of logit(s) against ln ratio is eta, at several points and for several s0
        double h = 1e-3;
        for (double base : new double[] {0.25, 0.4, 0.9}) {
            DirectedResearch d = new DirectedResearch(base, eta);
            for (double lnRatio : new double[] {0.05, 0.7, 2, 5, 12}) {
                double up = logit(d.efficiencyShare(Math.exp(lnRatio + h)));
                double down = logit(d.efficiencyShare(Math.exp(lnRatio - h)));
                assertEquals(eta, (up - down) / (2 * h), 1e-9, base + " at ln ratio " + lnRatio);
            }
        }
        // the share's own slope is eta s (1 - s)
        double up = dr.efficiencyShare(ratio * Math.exp(1e-5)), down = dr.efficiencyShare(ratio * Math.exp(-1e-5));
        assertEquals(eta * s * (1 - s), (up - down) / 2e-5, 1e-9);
        // monotone in the cap's tightness, tending to 1 as nothing is obtained
        assertTrue(dr.efficiencyShare(DirectedResearch.shadowPriceRatio(2000, 500, 1)) > s);
        assertEquals(1, dr.efficiencyShare(DirectedResearch.shadowPriceRatio(2000, 0, 1)), 0);
    }

    @Test
    void zeroElasticityIsTheOffSwitch() {
        DirectedResearch off = new DirectedResearch(0.2, 0);
        for (double ratio : new double[] {0.5, 1, 1.0001, 3, 1e6, Double.POSITIVE_INFINITY}) {
            assertEquals(0.2, off.efficiencyShare(ratio), 0);
        }
        assertThrows(IllegalArgumentException.class, () -> new DirectedResearch(0, 0.35));
        assertThrows(IllegalArgumentException.class, () -> new DirectedResearch(0.2, -0.1));
        assertThrows(IllegalArgumentException.class, () -> off.efficiencyShare(0));
    }
}
