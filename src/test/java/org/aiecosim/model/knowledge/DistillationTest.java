package org.aiecosim.model.knowledge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DistillationTest {

    @Test
    void noAccessOrFullEnforcementOrZeroRateGivesNothing() {
        assertEquals(0, new Distillation(0.05, 0.3).gain(0.5, 2.0, 0), 0);
        assertEquals(0, new Distillation(0.05, 1).gain(0.5, 2.0, 1), 0);
        assertEquals(0, new Distillation(0, 0).gain(0.5, 2.0, 1), 0);
        assertEquals(0, new Distillation(0.05, 0).gain(2.5, 2.0, 1), 0, "a teacher behind the student teaches nothing");
    }

    @Test
    void gainIsLinearInTheGapAccessAndLooseness() {
        Distillation d = new Distillation(0.05, 0.4);
        // 0.05 * 1 * 0.6 * 1.5
        assertEquals(0.045, d.gain(0.5, 2.0, 1), 1e-15);
        for (double gap : new double[] {0.1, 0.7, 3}) {
            assertEquals(0.05 * 0.5 * 0.6 * gap, d.gain(1.0, 1.0 + gap, 0.5), 1e-15);
            assertEquals(2 * d.gain(1.0, 1.0 + gap, 0.5), d.gain(1.0, 1.0 + 2 * gap, 0.5), 1e-15);
        }
        assertThrows(IllegalArgumentException.class, () -> d.gain(0, 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Distillation(0.05, 1.2));
    }
}
