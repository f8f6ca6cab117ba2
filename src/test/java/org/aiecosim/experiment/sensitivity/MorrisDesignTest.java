package org.aiecosim.experiment.sensitivity;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shape, grid and one-factor-at-a-time structure of Morris designs, and their determinism. */
class MorrisDesignTest {

    @Test
    void hasRTimesKPlusOneRowsAllOnTheGridInsideTheCube() {
        for (int levels : new int[] {2, 4, 6, 8}) {
            MorrisDesign d = MorrisDesign.generate(5, 30, levels, new MersenneTwister(7));
            double[][] x = d.points();
            assertEquals(30 * 6, x.length);
            assertEquals(x.length, d.runs());
            for (double[] row : x) {
                assertEquals(5, row.length);
                for (double v : row) {
                    assertTrue(v >= 0 && v <= 1, "outside [0,1]: " + v);
                    double level = v * (levels - 1);
                    assertEquals(Math.rint(level), level, 1e-12, "off the grid: " + v);
                }
            }
        }
    }

    @Test
    void everyStepChangesExactlyOneFactorByPlusOrMinusDelta() {
        MorrisDesign d = MorrisDesign.generate(6, 50, 4, new MersenneTwister(11));
        double delta = 4.0 / (2 * 3);
        assertEquals(delta, d.delta(), 0);
        double[][] x = d.points();
        boolean sawUp = false, sawDown = false;
        for (int t = 0; t < d.trajectories(); t++) {
            Set<Integer> changed = new HashSet<>();
            for (int s = 0; s < d.factors(); s++) {
                double[] before = x[d.row(t, s)], after = x[d.row(t, s + 1)];
                int i = d.changedFactor(t, s);
                for (int f = 0; f < d.factors(); f++) {
                    if (f == i) {
                        assertEquals(delta, Math.abs(after[f] - before[f]), 1e-12);
                        assertEquals(after[f] - before[f], d.step(t, s), 0);
                    } else {
                        assertEquals(before[f], after[f], 0, "factor " + f + " moved at step " + s);
                    }
                }
                sawUp |= d.step(t, s) > 0;
                sawDown |= d.step(t, s) < 0;
                changed.add(i);
            }
            assertEquals(d.factors(), changed.size(), "each factor changes once per trajectory");
        }
        assertTrue(sawUp && sawDown, "directions are random");
    }

    @Test
    void factorOrderIsRandom() {
        MorrisDesign d = MorrisDesign.generate(4, 40, 4, new MersenneTwister(3));
        Set<String> orders = new HashSet<>();
        for (int t = 0; t < d.trajectories(); t++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < d.factors(); s++) sb.append(d.changedFactor(t, s));
            orders.add(sb.toString());
        }
        assertTrue(orders.size() > 5, "only " + orders.size() + " distinct orders in 40 trajectories");
    }

    @Test
    void allLevelsAreUsed() {
        // Base points are drawn so each of the p levels is visited, not only the low ones.
        MorrisDesign d = MorrisDesign.generate(3, 100, 6, new MersenneTwister(5));
        Set<Long> seen = new HashSet<>();
        for (double[] row : d.points()) seen.add(Math.round(row[0] * 5));
        assertEquals(6, seen.size());
    }

    @Test
    void sameSeedSameDesignOtherSeedOtherDesign() {
        MorrisDesign a = MorrisDesign.generate(4, 20, 4, new MersenneTwister(42));
        MorrisDesign b = MorrisDesign.generate(4, 20, 4, new MersenneTwister(42));
        MorrisDesign c = MorrisDesign.generate(4, 20, 4, new MersenneTwister(43));
        double[][] xa = a.points(), xb = b.points(), xc = c.points();
        boolean differs = false;
        for (int j = 0; j < xa.length; j++) {
            assertArrayEquals(xa[j], xb[j], 0);
            differs |= !java.util.Arrays.equals(xa[j], xc[j]);
        }
        assertTrue(differs);
        for (int t = 0; t < 20; t++) for (int s = 0; s < 4; s++) {
            assertEquals(a.changedFactor(t, s), b.changedFactor(t, s));
        }
    }

    @Test
    void pointsReturnsACopy() {
        MorrisDesign d = MorrisDesign.generate(2, 2, new MersenneTwister(1));
        d.points()[0][0] = 99;
        assertFalse(d.points()[0][0] == 99);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(0, 5, 4, new MersenneTwister(1)));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(3, 0, 4, new MersenneTwister(1)));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.generate(3, 5, 5, new MersenneTwister(1)));
    }
}
