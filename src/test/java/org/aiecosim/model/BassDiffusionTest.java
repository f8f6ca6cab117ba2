package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With only the innovation and imitation channels (global mixing, no re-evaluation) adoption must
 * follow the closed-form Bass curve F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}).
 */
class BassDiffusionTest {

    static double bass(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + q / p * e);
    }

    @Test
    void globalImitationFollowsTheBassCurve() {
        double p = 0.01, q = 0.25;
        int n = 200_000, months = 48;
        ModelConfig config = TestConfigs.small(n, months, params -> {
            params.set("developers.innovation", p);
            params.set("developers.imitation", q);
            params.set("developers.globalImitation", 1);
            params.set("developers.reevaluationRate", 0);
            params.set("developers.initialAdoption", 0);
        });
        AiEcosystem model = new AiEcosystem(config, 7L);
        model.start();
        double maxError = 0;
        for (int month = 1; month <= months; month++) {
            model.schedule.step(model);
            double simulated = (double) model.developers().adoptedCount() / n;
            double expected = bass(p, q, month);
            maxError = Math.max(maxError, Math.abs(simulated - expected));
        }
        // Only sampling noise remains: sd of F is about sqrt(F(1-F)/n) = 0.0011 at n = 200,000;
        // the tolerance is 0.006 (about five standard deviations).
        assertTrue(maxError < 0.006, "max |F_sim - F_bass| = " + maxError);
        // and the curve is not trivially flat: the population is mostly adopted by the end
        assertTrue(model.developers().adoptedCount() > 0.9 * n);
    }

    @Test
    void monthlyProbabilityIteratedReproducesTheClosedFormExactly() {
        double p = 0.02, q = 0.4, f = 0;
        for (int t = 1; t <= 60; t++) {
            f += (1 - f) * BassHazard.monthlyProbability(p, q, f);
            assertEquals(bass(p, q, t), f, 1e-12, "month " + t);
        }
        assertEquals(1 - Math.exp(-0.03), BassHazard.monthlyProbability(0.03, 0, 0.5), 1e-15);
        assertEquals(1 - Math.exp(-0.33), BassHazard.monthlyProbability(0.03, 0.3, 1.0), 1e-15);
    }

    @Test
    void noChannelsMeansNoAdoption() {
        ModelConfig config = TestConfigs.small(20_000, 24, params -> {
            params.set("developers.innovation", 0);
            params.set("developers.imitation", 0);
            params.set("developers.initialAdoption", 0);
        });
        AiEcosystem model = new AiEcosystem(config, 3L).runToEnd();
        assertTrue(model.developers().adoptedCount() == 0);
    }

    @Test
    void imitationOverSocialTiesSpreadsFasterThanInnovationAlone() {
        ModelConfig innovationOnly = TestConfigs.small(50_000, 24, params -> {
            params.set("developers.innovation", 0.01);
            params.set("developers.imitation", 0);
        });
        ModelConfig withTies = TestConfigs.small(50_000, 24, params -> {
            params.set("developers.innovation", 0.01);
            params.set("developers.imitation", 0.3);
        });
        int a = new AiEcosystem(innovationOnly, 5L).runToEnd().developers().adoptedCount();
        int b = new AiEcosystem(withTies, 5L).runToEnd().developers().adoptedCount();
        assertTrue(b > 1.5 * a, "innovation only " + a + ", with imitation " + b);
    }
}
