package org.aiecosim.model.demand;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Task requirements: the analytic share of tasks a model behind the frontier meets. */
class TaskRequirementTest {

    private static final double FRONTIER = 1400, FLOOR = 900;
    private static final double[] DELTAS = {0, 20, 60, 150, 300, 480, 600};
    private static final double[] GAMMAS = {1, 2, 4};
    /** Equal prices, no surplus value, a shortfall so steep that utility is effectively met / not met. */
    private static final CapabilityUtility STEP = new CapabilityUtility(1e12, 0, 1);

    @Test
    void requirementSpansFloorToFrontier() {
        TaskRequirement t = new TaskRequirement(FLOOR, 2);
        assertEquals(FLOOR, t.requirement(0, FRONTIER), 0);
        assertEquals(FRONTIER, t.requirement(1, FRONTIER), 1e-9);
        assertEquals(FLOOR + 0.25 * 500, t.requirement(0.5, FRONTIER), 1e-9);
        assertEquals(FLOOR, t.requirement(0.7, 850), 0);          // frontier below the floor
        double last = -1;
        for (double q = 0; q <= 1; q += 0.01) {
            double r = t.requirement(q, FRONTIER);
            assertTrue(r >= last);
            last = r;
        }
        // the upper tail moves with the frontier, the bottom does not
        assertEquals(100, t.requirement(1, 1500) - t.requirement(1, 1400), 1e-9);
        assertEquals(0, t.requirement(0, 1500) - t.requirement(0, 1400), 0);
        assertThrows(IllegalArgumentException.class, () -> new TaskRequirement(FLOOR, 0.5));
    }

    @Test
    void shareMetKnownValues() {
        TaskRequirement t = new TaskRequirement(FLOOR, 2);
        assertEquals(1, t.shareMet(0, FRONTIER), 0);
        assertEquals(1, t.shareMet(-50, FRONTIER), 0);
        assertEquals(Math.sqrt(0.5), t.shareMet(250, FRONTIER), 1e-12);
        assertEquals(0, t.shareMet(500, FRONTIER), 0);
        assertEquals(0, t.shareMet(700, FRONTIER), 0);
        // frontier 880 below the floor 900: every task needs 900
        assertEquals(0, t.shareMet(10, 880), 0);
        assertEquals(1, t.shareMet(-30, 880), 0);
    }

    /**
     * Monte Carlo over developers' task quantiles: share whose requirement the model meets, within 3
     * standard errors. Each (gamma, delta) case draws its own 100,000 developers from its own stream, so the
     * cases are independent; at 3 SE each case fails by chance with probability 0.27% (about 4% for the
     * 15 cases with 0 &lt; shareMet &lt; 1 together, for an arbitrary seed).
     */
    @Test
    void monteCarloShareMetEqualsAnalytic() {
        int n = 100_000;
        for (int g = 0; g < GAMMAS.length; g++) {
            TaskRequirement t = new TaskRequirement(FLOOR, GAMMAS[g]);
            for (int k = 0; k < DELTAS.length; k++) {
                MersenneTwisterFast random = new MersenneTwisterFast(77L + 1000L * g + k);
                double delta = DELTAS[k], c = FRONTIER - delta;
                int met = 0;
                for (int i = 0; i < n; i++)
                    if (STEP.value(c, t.requirement(random.nextDouble(), FRONTIER)) > -1) met++;  // 0 met, <= -1e4 not
                double p = t.shareMet(delta, FRONTIER);
                double se = Math.sqrt(p * (1 - p) / n);
                assertEquals(p, (double) met / n, Math.max(3 * se, 1e-12), "gamma " + GAMMAS[g] + " delta " + delta);
            }
        }
    }

    /**
     * Through the logit: the frontier model (meets every task) against a model delta behind at equal
     * prices. Where both meet the task they tie (1/2 each); otherwise the laggard gets 0. So the laggard's
     * adoption share is shareMet/2.
     */
    @Test
    void logitAdoptionOfLaggardIsHalfShareMet() {
        int n = 100_000;
        double price = 5, alpha = 0.2;
        double[] v = new double[2], scratch = new double[2];
        for (double gamma : GAMMAS) {
            TaskRequirement t = new TaskRequirement(FLOOR, gamma);
            for (double delta : new double[] {20, 150, 300}) {
                MersenneTwisterFast random = new MersenneTwisterFast(1000 + (long) delta);
                int laggard = 0;
                for (int i = 0; i < n; i++) {
                    double r = t.requirement(random.nextDouble(), FRONTIER);
                    v[0] = STEP.value(FRONTIER, r) - alpha * price;
                    v[1] = STEP.value(FRONTIER - delta, r) - alpha * price;
                    if (Logit.draw(v, 2, scratch, random) == 1) laggard++;
                }
                double p = 0.5 * t.shareMet(delta, FRONTIER);
                double se = Math.sqrt(p * (1 - p) / n);
                assertEquals(p, (double) laggard / n, 3 * se, "gamma " + gamma + " delta " + delta);
            }
        }
    }
}
