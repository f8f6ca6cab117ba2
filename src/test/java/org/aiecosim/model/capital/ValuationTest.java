package org.aiecosim.model.capital;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValuationTest {

    @Test
    void fitnessIsKindWeightTimesRevenueFactorTimesGapFactor() {
        Valuation v = new Valuation(100, 0.5, 400);
        // 2 * (1 + 300/100)^0.5 * exp(-400/400) = 2 * 2 / e
        assertEquals(4 / Math.E, v.fitness(2, 300, 600, 1000), 1e-12);
        // at the frontier and without revenue the fitness is the kind weight
        assertEquals(3, v.fitness(3, 0, 1000, 1000), 0);
        // above the frontier the gap counts as zero, negative revenue as none
        assertEquals(3, v.fitness(3, -50, 1200, 1000), 0);
    }

    @Test
    void neutralSettingGivesTheKindWeightAlone() {
        Valuation v = Valuation.neutral();
        assertEquals(0.7, v.fitness(0.7, 12_345, 10, 2_000), 0);
        assertEquals(0, v.fitness(0, 12_345, 10, 2_000), 0);
    }

    @Test
    void concaveInRevenueBelowExponentOneAndLinearAtOne() {
        Valuation concave = new Valuation(10, 0.5, Double.POSITIVE_INFINITY);
        double f1 = concave.fitness(1, 90, 0, 0);   // (1 + 9)^0.5
        double f2 = concave.fitness(1, 990, 0, 0);  // (1 + 99)^0.5
        assertEquals(Math.sqrt(10), f1, 1e-12);
        assertEquals(10, f2, 1e-12);
        assertTrue(f2 / f1 < 990.0 / 90.0, "eleven times the revenue buys far less than eleven times the fitness");
        Valuation linear = new Valuation(10, 1, Double.POSITIVE_INFINITY);
        assertEquals(100, linear.fitness(1, 990, 0, 0), 1e-12);
    }

    @Test
    void aWideBandwidthPenalisesAGapFarLessThanTheOld80Points() {
        // a lab 160 points behind: the old rule cut its weight to e^-2 = 13.5%, a 400-point bandwidth to e^-0.4 = 67%
        double old = Math.exp(-160 / 80.0);
        double wide = new Valuation(1, 0, 400).fitness(1, 0, 840, 1000);
        assertEquals(Math.exp(-0.4), wide, 1e-12);
        assertTrue(wide > 4.9 * old);
    }

    @Test
    void bulkFormMatchesTheSingleLabForm() {
        Valuation v = new Valuation(50, 0.3, 250);
        int[] kind = {0, 1, 2, 3, 1};
        double[] weight = {4, 2, 1, 0.5};
        double[] revenue = {500, 80, 0, 3, 80};
        double[] capability = {1000, 950, 800, 700, 950};
        double[] out = new double[5];
        v.fitness(kind, weight, revenue, capability, 1000, out);
        for (int i = 0; i < 5; i++) assertEquals(v.fitness(weight[kind[i]], revenue[i], capability[i], 1000), out[i], 0);
        assertEquals(out[1], out[4], 0, "identical labs, identical fitness");
    }

    @Test
    void rejectsParametersOutsideTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Valuation(0, 0.5, 100));
        assertThrows(IllegalArgumentException.class, () -> new Valuation(10, 1.5, 100));
        assertThrows(IllegalArgumentException.class, () -> new Valuation(10, -0.1, 100));
        assertThrows(IllegalArgumentException.class, () -> new Valuation(10, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new Valuation(10, 0.5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Valuation.neutral().fitness(-1, 0, 0, 0));
    }
}
