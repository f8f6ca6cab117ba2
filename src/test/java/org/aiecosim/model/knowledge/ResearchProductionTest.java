package org.aiecosim.model.knowledge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResearchProductionTest {

    private static final double LN10 = Math.log(10);

    /** Closed form of dK/dt = g 10^(-phi K) from K0 with g constant: 10^(phi K) rises linearly at phi ln10 g. */
    private static double closedForm(double k0, double g, double phi, double t) {
        return Math.log10(Math.pow(10, phi * k0) + phi * LN10 * g * t) / phi;
    }

    @Test
    void constantEffortFollowsTheClosedFormFor600Months() {
        double theta = 0.04, lambda = 0.7, phi = 1.3, talent = 1.2, k0 = 0.5;
        ResearchProduction rp = new ResearchProduction(theta, lambda, 0.6, phi, 100, 1000);
        double effort = rp.effort(250, 4000);
        // (2.5)^0.6 (4)^0.4
        assertEquals(Math.pow(2.5, 0.6) * Math.pow(4, 0.4), effort, 1e-14);
        double g = theta * talent * Math.pow(effort, lambda);
        double k = k0;
        for (int t = 1; t <= 600; t++) {
            k = rp.advance(k, effort, talent);
            assertEquals(closedForm(k0, g, phi, t), k, 1e-9, "month " + t);
        }
        // Ideas get harder: the last month's gain is far below the first month's.
        assertTrue(rp.advance(k, effort, talent) - k < 0.2 * (rp.advance(k0, effort, talent) - k0));
    }

    @Test
    void withoutDifficultyKnowhowGrowsLinearly() {
        ResearchProduction rp = new ResearchProduction(0.03, 0.5, 1, 0, 100, 1);
        double effort = rp.effort(400, 0);
        assertEquals(4, effort, 0);
        double k = -2;
        for (int t = 0; t < 120; t++) k = rp.advance(k, effort, 1.5);
        assertEquals(-2 + 120 * 0.03 * 1.5 * 2, k, 1e-12);
    }

    /** The v1 rule: own gain theta * talent * sqrt(rd / ref) per month. */
    @Test
    void labourOnlyWithHalfElasticityAndNoDifficultyIsTheOldSquareRootRule() {
        double theta = 0.02, ref = 50;
        ResearchProduction rp = new ResearchProduction(theta, 0.5, 1, 0, ref, 123);
        for (double rd : new double[] {0, 1, 50, 200, 7777}) {
            for (double talent : new double[] {0.5, 1, 1.7}) {
                double old = theta * talent * Math.sqrt(rd / ref);
                // compute input ignored at labour share 1, even when it is 0
                assertEquals(old, rp.advance(3.0, rp.effort(rd, 0), talent) - 3.0, 1e-15);
                assertEquals(old, rp.advance(3.0, rp.effort(rd, 1e9), talent) - 3.0, 1e-15);
            }
        }
    }

    @Test
    void effortIsZeroNotNaNWhenAUsedInputIsZero() {
        ResearchProduction mixed = new ResearchProduction(0.1, 0.5, 0.5, 1, 10, 10);
        assertEquals(0, mixed.effort(0, 0), 0);
        assertEquals(0, mixed.effort(0, 100), 0);
        assertEquals(0, mixed.effort(100, 0), 0);
        assertEquals(10, mixed.effort(100, 100), 1e-12);
        ResearchProduction computeOnly = new ResearchProduction(0.1, 0.5, 0, 1, 10, 10);
        assertEquals(3, computeOnly.effort(0, 30), 1e-15);
        assertEquals(0, computeOnly.effort(5, 0), 0);
        assertEquals(1.0, mixed.advance(1.0, 0, 1), 0, "no effort, no progress");
        assertThrows(IllegalArgumentException.class, () -> mixed.effort(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ResearchProduction(0.1, 0.5, 1.5, 1, 10, 10));
    }

    /**
     * Two labs with different constant efforts and no spillovers: their know-how difference is the
     * difference of the two closed forms at every month.
     */
    @Test
    void knowhowDifferenceOfTwoLabsWithoutSpilloversIsTheClosedFormDifference() {
        double theta = 0.05, lambda = 0.8, phi = 0.9;
        ResearchProduction rp = new ResearchProduction(theta, lambda, 0.7, phi, 100, 1000);
        double effortA = rp.effort(1000, 20000), effortB = rp.effort(30, 500);
        double talentA = 1.0, talentB = 1.3;
        double a0 = 1.0, b0 = 0.2, a = a0, b = b0;
        double gA = theta * talentA * Math.pow(effortA, lambda);
        double gB = theta * talentB * Math.pow(effortB, lambda);
        for (int t = 1; t <= 360; t++) {
            a = rp.advance(a, effortA, talentA);
            b = rp.advance(b, effortB, talentB);
            assertEquals(closedForm(a0, gA, phi, t) - closedForm(b0, gB, phi, t), a - b, 1e-9, "month " + t);
        }
        // the lead closes only logarithmically; with tenfold-plus effort A's lead widens
        assertTrue(a - b > a0 - b0);
    }

    /**
     * R&D spend and experiment compute both growing at n per month: effort grows at n and after 2,000
     * months the monthly growth of know-how is within 1% of lambda n / (phi ln10), steady rather than
     * accelerating, although effort grew by a factor e^(2000 n).
     */
    @Test
    void exponentiallyGrowingInputsConvergeToTheSemiEndogenousSteadyState() {
        double lambda = 0.6, phi = 1.2, n = Math.log(1.3) / 12; // inputs +30% a year
        ResearchProduction rp = new ResearchProduction(0.04, lambda, 0.6, phi, 100, 1000);
        double steady = rp.steadyStateRate(n);
        assertEquals(lambda * n / (phi * LN10), steady, 1e-16);
        assertEquals(steady, ResearchProduction.steadyStateRate(n, lambda, phi), 0);
        double k = 0, previous = 0, rate1000 = 0;
        for (int t = 0; t < 2000; t++) {
            double growth = Math.exp(n * t);
            double effort = rp.effort(100 * growth, 1000 * growth);
            assertEquals(growth, effort, 1e-9 * growth);
            previous = k;
            k = rp.advance(k, effort, 1.0);
            if (t == 999) rate1000 = k - previous;
        }
        double rate2000 = k - previous;
        assertEquals(steady, rate2000, 0.01 * steady);
        assertEquals(rate1000, rate2000, 0.01 * steady, "steady, not accelerating");
        // the exact discrete limit: 10^(phi K) grows by e^(lambda n) a month
        assertEquals(steady, rate2000, 1e-9 * steady);
    }

    /** K from -5 to 20 and phi up to 5 against the direct formula (no overflow there); beyond, the asymptote. */
    @Test
    void advanceIsNumericallyStable() {
        ResearchProduction base = new ResearchProduction(0.05, 0.5, 1, 1, 1, 1);
        for (double phi : new double[] {1e-12, 1e-6, 0.01, 0.5, 1, 2, 5}) {
            ResearchProduction rp = new ResearchProduction(0.05, 0.5, 1, phi, 1, 1);
            for (double k = -5; k <= 20; k += 0.25) {
                for (double effort : new double[] {1e-6, 0.3, 1, 1e3, 1e9}) {
                    double g = 0.05 * Math.sqrt(effort);
                    double x = phi * LN10 * g * Math.pow(10, -phi * k);
                    double expected = Math.log1p(x) / (phi * LN10);
                    double increment = rp.advance(k, effort, 1) - k;
                    assertTrue(Double.isFinite(increment) && increment >= 0, phi + " " + k + " " + effort);
                    // the increment itself, not just K', to relative 1e-12 (up to the rounding of K' = K + increment)
                    assertEquals(expected, increment, 1e-12 * expected + 4 * Math.ulp(k + expected));
                }
            }
        }
        // phi -> 0 is continuous with the phi = 0 rule
        ResearchProduction tiny = new ResearchProduction(0.05, 0.5, 1, 1e-12, 1, 1);
        ResearchProduction zero = new ResearchProduction(0.05, 0.5, 1, 0, 1, 1);
        assertEquals(zero.advance(3, 4, 1), tiny.advance(3, 4, 1), 1e-12);
        // far below: 10^(phi K) is negligible and K' = log10(phi ln10 g) / phi, where the direct formula overflows
        ResearchProduction hard = new ResearchProduction(0.05, 0.5, 1, 5, 1, 1);
        assertEquals(Math.log10(5 * LN10 * 0.05) / 5, hard.advance(-100, 1, 1), 1e-12);
        // far above: an increment of 1e-200 decades is lost in K, never NaN
        assertEquals(200.0, hard.advance(200, 1, 1), 0);
        assertEquals(base.advance(0, 1, 1), Math.log10(1 + LN10 * 0.05), 1e-15);
    }

    /** Ho et al. 2024: compute needed halves every 8 months, i.e. log10(2)/8 decades per month. */
    @Test
    void halvingTimeOfEightMonthsIsAbout0038DecadesPerMonth() {
        double rate = ResearchProduction.rateFromHalvingTime(8);
        assertEquals(0.0376287, rate, 1e-7);
        ResearchProduction rp = new ResearchProduction(rate, 0.5, 1, 0, 1, 1);
        double k = 0;
        for (int t = 0; t < 8; t++) k = rp.advance(k, 1, 1);
        assertEquals(Math.log10(2), k, 1e-15, "effective compute doubles in 8 months");
    }
}
