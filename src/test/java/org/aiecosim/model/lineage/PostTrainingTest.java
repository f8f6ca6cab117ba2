package org.aiecosim.model.lineage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostTrainingTest {

    /** The model's default scaling law: 1000 points at 1e24 effective FLOP, 100 points per decade. */
    static PostTraining law(double kappa) {
        return new PostTraining(kappa, 1e24, 1000, 100);
    }

    @Test
    void zeroEfficiencyOrZeroComputeIsExactlyTheCopyRule() {
        PostTraining none = law(0);
        PostTraining some = law(3);
        for (double base : new double[] {-250.5, 0, 812.3, 1000, 1234.5678, 2500}) {
            for (double flop : new double[] {0, 1e20, 1e25, 1e30}) {
                assertEquals(base, none.capability(base, flop, 0.7), 0.0, "kappa = 0, base " + base);
                assertEquals(0.0, none.gain(base, flop, 0.7), 0.0);
            }
            assertEquals(base, some.capability(base, 0, 1.5), 0.0, "F = 0, base " + base);
            assertEquals(base, some.capability(base, -1, 1.5), 0.0, "F < 0, base " + base);
        }
    }

    @Test
    void onATinyBaseTheResultIsTheFromScratchCapabilityAtUnitEfficiency() {
        PostTraining p = law(1);
        double flop = 3.7e24, knowhow = 0.4;
        double scratch = 1000 + 100 * Math.log10(flop * Math.pow(10, knowhow) / 1e24);
        assertEquals(scratch, p.scratchCapability(flop, knowhow), 1e-9);
        // base 20 decades below: E_base = 1e4 FLOP, negligible beside 1e25
        assertEquals(scratch, p.capability(-1000, flop, knowhow), 1e-9);
        // far weaker still: E_base underflows to 0 in double, the log-space form still works
        assertEquals(scratch, p.capability(-1e6, flop, knowhow), 1e-9);
        assertEquals(scratch, p.capability(Double.NEGATIVE_INFINITY, flop, knowhow), 1e-9);
    }

    @Test
    void knownValue() {
        // base 1000 points = 1e24 FLOP; 0.5 x 1e24 FLOP x 10^log10(2) = 1e24 more: 2e24 in all
        PostTraining p = law(0.5);
        assertEquals(1000 + 100 * Math.log10(2), p.capability(1000, 1e24, Math.log10(2)), 1e-9);
        assertEquals(100 * Math.log10(2), p.gain(1000, 1e24, Math.log10(2)), 1e-9);
        // base 1200 = 1e26; kappa F 10^K = 2 x 1e25 x 10^0.5 = 6.3246e25: log10(1.632456) = 0.2128414
        PostTraining q = law(2);
        assertEquals(1200 + 100 * Math.log10(1 + 2e25 * Math.sqrt(10) / 1e26), q.capability(1200, 1e25, 0.5), 1e-9);
        assertEquals(21.28414, q.gain(1200, 1e25, 0.5), 1e-5);
        // round trip with the inverse law
        assertEquals(1e26, q.effectiveCompute(1200), 1e12);
    }

    @Test
    void gainIsNonNegativeAndMonotoneInComputeAndKnowhowAndFallsWithTheBase() {
        PostTraining p = law(1.5);
        double previous = -1;
        for (double flop = 1e18; flop <= 1e30; flop *= 3) {
            double g = p.gain(1100, flop, 0.2);
            assertTrue(g >= 0);
            assertTrue(g > previous, "strictly increasing in F at F = " + flop);
            assertEquals(p.capability(1100, flop, 0.2) - 1100, g, 1e-9);
            previous = g;
        }
        previous = -1;
        for (double k = -1; k <= 3; k += 0.25) {
            double g = p.gain(1100, 1e24, k);
            assertTrue(g > previous, "strictly increasing in K at K = " + k);
            previous = g;
        }
        previous = Double.POSITIVE_INFINITY;
        for (double base = 500; base <= 2000; base += 100) {
            double g = p.gain(base, 1e24, 0.2);
            assertTrue(g < previous, "gain shrinks as the base gets stronger, base " + base);
            assertTrue(p.capability(base, 1e24, 0.2) >= base);
            previous = g;
        }
        // very strong base: gain tends to 0 but never negative
        assertTrue(p.gain(1e6, 1e24, 0) >= 0);
    }

    @Test
    void rejectsInvalidConstants() {
        assertThrows(IllegalArgumentException.class, () -> new PostTraining(-0.1, 1e24, 1000, 100));
        assertThrows(IllegalArgumentException.class, () -> new PostTraining(1, 0, 1000, 100));
        assertThrows(IllegalArgumentException.class, () -> new PostTraining(1, 1e24, 1000, 0));
        assertThrows(IllegalArgumentException.class, () -> new PostTraining(Double.NaN, 1e24, 1000, 100));
    }
}
