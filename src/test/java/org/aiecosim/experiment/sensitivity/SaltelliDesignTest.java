package org.aiecosim.experiment.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layout of the Saltelli design: A, B and the AB_i matrices, from one 2k-dimensional Sobol sequence. */
class SaltelliDesignTest {

    @Test
    void hasNTimesKPlusTwoRowsInsideTheCube() {
        SaltelliDesign d = SaltelliDesign.generate(4, 64, true);
        double[][] x = d.points();
        assertEquals(64 * 6, x.length);
        assertEquals(x.length, d.runs());
        assertEquals(64, d.baseSamples());
        assertEquals(4, d.factors());
        for (double[] row : x) {
            assertEquals(4, row.length);
            for (double v : row) assertTrue(v >= 0 && v < 1, "outside [0,1): " + v);
        }
    }

    @Test
    void abIIsAWithColumnIFromB() {
        SaltelliDesign d = SaltelliDesign.generate(3, 32, true);
        double[][] x = d.points();
        for (int j = 0; j < 32; j++) {
            double[] a = x[d.rowA(j)], b = x[d.rowB(j)];
            for (int i = 0; i < 3; i++) {
                double[] ab = x[d.rowAB(i, j)];
                for (int f = 0; f < 3; f++) assertEquals(f == i ? b[f] : a[f], ab[f], 0);
            }
        }
        assertEquals(0, d.rowA(0));
        assertEquals(32, d.rowB(0));
        assertEquals(2 * 32 + 31, d.rowAB(0, 31));
        assertEquals(4 * 32, d.rowAB(2, 0));
    }

    @Test
    void aAndBAreTheTwoHalvesOfOneSobolSequenceAfterTheSkippedOrigin() {
        SobolSequenceGenerator s = new SobolSequenceGenerator(4);
        assertArrayEquals(new double[4], s.nextVector(), 0, "point 0 is the origin");
        SaltelliDesign skip = SaltelliDesign.generate(2, 8, true);
        SaltelliDesign noSkip = SaltelliDesign.generate(2, 8, false);
        double[][] x = skip.points();
        for (int j = 0; j < 8; j++) {
            double[] v = s.nextVector();
            assertArrayEquals(new double[] {v[0], v[1]}, x[skip.rowA(j)], 0);
            assertArrayEquals(new double[] {v[2], v[3]}, x[skip.rowB(j)], 0);
        }
        assertTrue(skip.skipFirst());
        assertArrayEquals(new double[2], noSkip.points()[noSkip.rowA(0)], 0);
        assertArrayEquals(x[skip.rowA(0)], noSkip.points()[noSkip.rowA(1)], 0);
    }

    @Test
    void isDeterministic() {
        double[][] a = SaltelliDesign.generate(5, 128, true).points();
        double[][] b = SaltelliDesign.generate(5, 128, true).points();
        for (int j = 0; j < a.length; j++) assertArrayEquals(a[j], b[j], 0);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.generate(0, 16, true));
        assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.generate(501, 16, true));
        assertThrows(IllegalArgumentException.class, () -> SaltelliDesign.generate(2, 1, true));
    }
}
