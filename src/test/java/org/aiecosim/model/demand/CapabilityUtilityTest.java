package org.aiecosim.model.demand;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capability utility: steep below the requirement, saturating above. */
class CapabilityUtilityTest {

    private final CapabilityUtility u = new CapabilityUtility(2.0, 0.5, 50);

    @Test
    void knownValues() {
        assertEquals(0.0, u.value(1000, 1000), 0);
        assertEquals(-2.0, u.value(900, 1000), 1e-12);
        assertEquals(-5.0, u.value(750, 1000), 1e-12);
        assertEquals(0.5 * (1 - Math.exp(-1)), u.value(1050, 1000), 1e-12);
        assertEquals(0.5 * (1 - Math.exp(-4)), u.value(1200, 1000), 1e-12);
    }

    @Test
    void monotoneAndContinuous() {
        double last = Double.NEGATIVE_INFINITY;
        for (double c = 600; c <= 1600; c += 0.5) {
            double v = u.value(c, 1000);
            assertTrue(v >= last, "not monotone at " + c);
            assertTrue(v - last < 0.011 || last == Double.NEGATIVE_INFINITY, "jump at " + c);
            last = v;
        }
    }

    @Test
    void saturatesAndSurplusAddsLittle() {
        assertEquals(0.5, u.value(1e6, 1000), 1e-12);
        assertTrue(u.value(1e6, 1000) <= u.surplusWeight());
        // the marginal value of 10 points falls with surplus and is far below the cost of 10 points short
        double shortfall10 = u.value(1000, 1000) - u.value(990, 1000);
        double gain = Double.POSITIVE_INFINITY;
        for (double s = 0; s <= 400; s += 10) {
            double g = u.value(1010 + s, 1000) - u.value(1000 + s, 1000);
            assertTrue(g < gain);
            assertTrue(g < shortfall10);
            gain = g;
        }
        // no surplus weight: any capability at or above the requirement is worth exactly 0
        CapabilityUtility flat = new CapabilityUtility(2.0, 0, 50);
        assertEquals(0.0, flat.value(1300, 1000), 0);
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new CapabilityUtility(-1, 0.5, 50));
        assertThrows(IllegalArgumentException.class, () -> new CapabilityUtility(1, -0.5, 50));
        assertThrows(IllegalArgumentException.class, () -> new CapabilityUtility(1, 0.5, 0));
    }
}
