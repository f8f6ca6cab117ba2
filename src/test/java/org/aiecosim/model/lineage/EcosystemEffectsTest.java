package org.aiecosim.model.lineage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcosystemEffectsTest {

    @Test
    void servingCostFactorKnownValues() {
        EcosystemEffects e = new EcosystemEffects(10, 1, 0, 1);
        assertEquals(1.0, e.servingCostFactor(0), 0.0);
        assertEquals(0.5, e.servingCostFactor(10), 1e-15);
        assertEquals(1.0 / 3, e.servingCostFactor(20), 1e-15);
        EcosystemEffects sqrt = new EcosystemEffects(10, 0.5, 0, 1);
        assertEquals(0.5, sqrt.servingCostFactor(30), 1e-15);
        assertEquals(Math.pow(2, -0.5), sqrt.servingCostFactor(10), 1e-15);
        // falls with diminishing steps, stays in (0, 1]
        double previous = 1, step = Double.POSITIVE_INFINITY;
        for (int d = 1; d <= 1000; d++) {
            double f = e.servingCostFactor(d);
            assertTrue(f > 0 && f < previous);
            assertTrue(previous - f < step);
            step = previous - f;
            previous = f;
        }
    }

    @Test
    void ownerKnowhowGainKnownValuesBoundedAndDiminishing() {
        EcosystemEffects e = new EcosystemEffects(10, 1, 0.1, 5);
        assertEquals(0.0, e.ownerKnowhowGain(0), 0.0);
        assertEquals(0.05, e.ownerKnowhowGain(5), 1e-15);
        assertEquals(0.1 * 15 / 20, e.ownerKnowhowGain(15), 1e-15);
        assertEquals(0.1, e.ownerKnowhowGain(Double.POSITIVE_INFINITY), 0.0);
        double previous = 0, step = Double.POSITIVE_INFINITY;
        for (int r = 1; r <= 10_000; r++) {
            double g = e.ownerKnowhowGain(r);
            assertTrue(g > previous && g < 0.1, "bounded and increasing at R = " + r);
            assertTrue(g - previous < step, "diminishing at R = " + r);
            step = g - previous;
            previous = g;
        }
    }

    @Test
    void neutralSettingsHaveNoEffect() {
        EcosystemEffects[] neutral = {
                EcosystemEffects.NEUTRAL,
                new EcosystemEffects(Double.POSITIVE_INFINITY, 2, 0, 3),
                new EcosystemEffects(10, 0, 0, 3)};
        for (EcosystemEffects e : neutral) {
            for (double d : new double[] {0, 1, 17.5, 1e6, 1e300, Double.POSITIVE_INFINITY}) {
                assertEquals(1.0, e.servingCostFactor(d), 0.0, e + " at D = " + d);
                assertEquals(0.0, e.ownerKnowhowGain(d), 0.0, e + " at R = " + d);
            }
        }
    }

    @Test
    void rejectsInvalidSettings() {
        assertThrows(IllegalArgumentException.class, () -> new EcosystemEffects(0, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new EcosystemEffects(10, -1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new EcosystemEffects(10, 1, -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new EcosystemEffects(10, 1, 0.1, 0));
    }
}
