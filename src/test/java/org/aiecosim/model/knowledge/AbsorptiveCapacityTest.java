package org.aiecosim.model.knowledge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbsorptiveCapacityTest {

    /** h = 0: everyone absorbs fully, the v1 rule absorption * max(0, public - K). */
    @Test
    void zeroHalfEffortIsTheOldRule() {
        double a = 0.08;
        AbsorptiveCapacity off = new AbsorptiveCapacity(0, a);
        for (double effort : new double[] {0, 1e-9, 0.5, 1, 1e6}) {
            assertEquals(1, off.capacity(effort), 0);
            for (double k : new double[] {-1, 0, 0.3, 2}) {
                assertEquals(a * Math.max(0, 1.2 - k), off.gain(k, 1.2, effort), 0);
            }
        }
    }

    @Test
    void knownValues() {
        AbsorptiveCapacity ac = new AbsorptiveCapacity(2, 0.1);
        assertEquals(0, ac.capacity(0), 0);
        assertEquals(0.5, ac.capacity(2), 0);
        assertEquals(0.2, ac.capacity(0.5), 1e-15);
        assertEquals(0.8, ac.capacity(8), 1e-15);
        assertEquals(1, ac.capacity(Double.POSITIVE_INFINITY), 0);
        // 0.1 * 0.8 * (1.5 - 0.5)
        assertEquals(0.08, ac.gain(0.5, 1.5, 8), 1e-15);
        assertEquals(0, ac.gain(2.0, 1.5, 8), 0, "nothing to absorb above the frontier");
        assertEquals(0, ac.gain(0.0, 1.5, 0), 0, "no research, no capacity");
        assertThrows(IllegalArgumentException.class, () -> ac.capacity(-1));
        assertThrows(IllegalArgumentException.class, () -> new AbsorptiveCapacity(-1, 0.1));
    }

    @Test
    void capacityIsMonotoneInEffortAndBelowOne() {
        AbsorptiveCapacity ac = new AbsorptiveCapacity(3, 0.1);
        double previous = -1;
        for (double effort = 0; effort < 1000; effort = effort * 1.3 + 0.01) {
            double c = ac.capacity(effort);
            assertTrue(c > previous && c < 1, effort + " -> " + c);
            previous = c;
        }
        // and decreasing in h for fixed effort
        assertTrue(new AbsorptiveCapacity(1, 0.1).capacity(2) > new AbsorptiveCapacity(4, 0.1).capacity(2));
    }
}
