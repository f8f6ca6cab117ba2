package org.aiecosim.experiment.sensitivity;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Elementary effects against functions whose effects are known. */
class MorrisAnalysisTest {

    @Test
    void linearFunctionHasConstantEffectsEqualToItsCoefficients() {
        double[] c = {3.0, -2.0, 0.5, 0.0};
        MorrisDesign d = MorrisDesign.generate(4, 25, 4, new MersenneTwister(1));
        double[] y = TestFunctions.evaluate(d.points(), x -> TestFunctions.linear(c, x));
        MorrisResult r = MorrisAnalysis.analyze(d, y, 200, new MersenneTwister(2));
        assertEquals(25, r.trajectories());
        for (int i = 0; i < c.length; i++) {
            MorrisFactor f = r.factor(i);
            assertEquals(i, f.factor());
            // Exact up to rounding: every effect of a linear function is its coefficient, in both
            // directions (the sign of a downward step is corrected by dividing by the signed step).
            assertEquals(c[i], f.mu(), 1e-12);
            assertEquals(Math.abs(c[i]), f.muStar(), 1e-12);
            assertEquals(0.0, f.sigma(), 1e-12);
            // All resamples see the same effects, so the interval collapses to the point.
            assertEquals(Math.abs(c[i]), f.muStarCi().lower(), 1e-12);
            assertEquals(Math.abs(c[i]), f.muStarCi().upper(), 1e-12);
        }
    }

    /**
     * Ishigami on the p = 4 grid {−π, −π/3, π/3, π}. Each coordinate moves between −π and π/3 or
     * between −π/3 and π (Δ = 2/3), which makes the effects computable by hand:
     * <ul>
     *   <li>x1: sin(x1) always rises by √3/2 when x1 rises, so every EE of x1 is positive,
     *       (√3/2)(1 + b x3⁴)/Δ, and mu1 = mu1*. It varies with x3 (interaction): sigma1 > 0.
     *       E[mu1*] = 1.299 · (1 + b(π⁴ + (π/3)⁴)/2) ≈ 7.70.</li>
     *   <li>x2: a sin²(x2) changes by ±a·3/4 in either pair, so |EE2| = 7.875 exactly, but its sign
     *       is random: mu2 ≈ 0, sigma2 ≈ mu2* (nonmonotonic effect).</li>
     *   <li>x3: EE3 = ± b sin(x1)(π⁴ − (π/3)⁴)/Δ with sin(x1) in {0, ±√3/2}, symmetric about 0:
     *       mu3 ≈ 0 though sigma3 > 0 (x3 acts only through its interaction with x1);
     *       E[mu3*] ≈ 6.25.</li>
     * </ul>
     * So mu1* and mu2* exceed mu3* in expectation by about 1.5; with r = 1000 the standard error of
     * each mu* is about 0.2, making the ordering a 5-standard-error margin, not luck of the seed.
     */
    @Test
    void ishigamiEffectsHaveTheStructureDerivedByHand() {
        MorrisDesign d = MorrisDesign.generate(3, 1000, 4, new MersenneTwister(20240601));
        double[] y = TestFunctions.evaluate(d.points(), TestFunctions::ishigami);
        MorrisResult r = MorrisAnalysis.analyze(d, y, 500, new MersenneTwister(99));
        MorrisFactor x1 = r.factor(0), x2 = r.factor(1), x3 = r.factor(2);

        assertEquals(x1.muStar(), x1.mu(), 1e-9, "every effect of x1 is positive");
        assertTrue(x1.sigma() > 0.5 * x1.muStar(), "x1 interacts with x3");
        assertEquals(7.0 * 0.75 / (2.0 / 3.0), x2.muStar(), 1e-9, "|EE| of x2 is constant on this grid");
        assertTrue(Math.abs(x2.mu()) < 0.2 * x2.muStar(), "x2 effects of both signs cancel in mu");
        assertTrue(x2.sigma() > 0.9 * x2.muStar(), "x2 is nonmonotonic: sigma about mu*");
        assertTrue(Math.abs(x3.mu()) < 0.2 * x3.muStar(), "x3 has mean effect about 0");
        assertTrue(x3.sigma() > 0.5 * x3.muStar(), "x3 acts through interaction");
        assertTrue(x1.muStar() > x3.muStar());
        assertTrue(x2.muStar() > x3.muStar());
        for (MorrisFactor f : r.factors()) {
            // 1e-9 of slack: x2's effects are all equal, and summing them in resampled order can
            // round the interval's end a last bit away from the estimate.
            assertTrue(f.muStarCi().lower() - 1e-9 <= f.muStar() && f.muStar() <= f.muStarCi().upper() + 1e-9,
                    "interval contains its estimate: " + f);
            assertTrue(f.muStarCi().width() < 0.15 * f.muStar() + 1e-9, "interval is tight at r = 1000: " + f);
        }
        // Expected mu* computed above; 3 standard errors (~0.6) of slack.
        assertEquals(7.70, x1.muStar(), 0.6);
        assertEquals(6.25, x3.muStar(), 0.6);
    }

    @Test
    void sameSeedsSameResult() {
        MorrisDesign d1 = MorrisDesign.generate(3, 40, 4, new MersenneTwister(8));
        MorrisDesign d2 = MorrisDesign.generate(3, 40, 4, new MersenneTwister(8));
        MorrisResult r1 = MorrisAnalysis.analyze(d1, TestFunctions.evaluate(d1.points(), TestFunctions::ishigami),
                100, new MersenneTwister(9));
        MorrisResult r2 = MorrisAnalysis.analyze(d2, TestFunctions.evaluate(d2.points(), TestFunctions::ishigami),
                100, new MersenneTwister(9));
        assertEquals(r1, r2);
    }

    @Test
    void withoutResamplesIntervalsAreNotComputedAndOneTrajectoryHasNoSigma() {
        MorrisDesign d = MorrisDesign.generate(2, 1, 4, new MersenneTwister(4));
        MorrisResult r = MorrisAnalysis.analyze(d, TestFunctions.evaluate(d.points(), x -> x[0] + x[1]));
        assertFalse(r.factor(0).muStarCi().isComputed());
        assertTrue(Double.isNaN(r.factor(0).sigma()));
        assertEquals(1.0, r.factor(0).mu(), 1e-12);
    }

    @Test
    void rejectsOutputsOfTheWrongLength() {
        MorrisDesign d = MorrisDesign.generate(2, 3, new MersenneTwister(4));
        assertThrows(IllegalArgumentException.class, () -> MorrisAnalysis.analyze(d, new double[5]));
    }
}
