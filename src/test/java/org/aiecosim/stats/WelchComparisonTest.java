package org.aiecosim.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WelchComparisonTest {

    /**
     * Hand computation: A = {1,2,3,4} (mean 2.5, var 5/3), B = {2,4,6} (mean 4, var 4).
     * se² = (5/3)/4 + 4/3 = 1.75; diff = 1.5; t = 1.5/√1.75 = 1.133893;
     * df = 1.75² / ((5/12)²/3 + (4/3)²/2) = 3.0625 / (0.0578704 + 0.8888889) = 3.234719.
     */
    @Test
    void matchesAHandComputedWelchTest() {
        WelchComparison c = WelchComparison.of(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6});
        assertEquals(1.5, c.diff(), 1e-12);
        assertEquals(1.133893, c.t(), 1e-6);
        assertEquals(3.234719, c.df(), 1e-6);
        // reference values from SciPy: t.ppf(0.975, 3.234719) = 3.055713, 2 t.sf(1.133893, 3.234719) = 0.333824
        double half = (c.high() - c.low()) / 2;
        assertEquals(3.055713 * Math.sqrt(1.75), half, 1e-5);
        assertEquals(0.333824, c.p(), 1e-5);
    }

    @Test
    void undefinedValuesAreDroppedAndTinySamplesGiveNoInterval() {
        WelchComparison c = WelchComparison.of(new double[] {1, Double.NaN, 3}, new double[] {5});
        assertEquals(2, c.nA());
        assertEquals(1, c.nB());
        assertEquals(3, c.diff(), 0);
        assertTrue(Double.isNaN(c.low()) && Double.isNaN(c.p()));
    }
}
