package org.aiecosim.experiment.study;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyDesignTest {

    @Test
    void latinHypercubeUsesEveryStratumOfEveryFactorExactlyOnce() {
        int n = 50, k = 3;
        List<double[]> u = StudyDesign.latin(k, n, new MersenneTwister(3));
        for (int j = 0; j < k; j++) {
            boolean[] used = new boolean[n];
            for (double[] p : u) {
                int stratum = (int) (p[j] * n);
                assertTrue(!used[stratum], "stratum " + stratum + " of factor " + j + " used twice");
                used[stratum] = true;
            }
        }
    }

    @Test
    void sobolPointsAreDistinctInTheUnitCubeAndSkipTheOrigin() {
        List<double[]> u = StudyDesign.sobol(4, 64);
        assertEquals(64, u.size());
        assertTrue(u.stream().allMatch(p -> java.util.Arrays.stream(p).allMatch(x -> x >= 0 && x < 1)));
        assertTrue(u.stream().noneMatch(p -> java.util.Arrays.stream(p).allMatch(x -> x == 0)));
        assertEquals(64, u.stream().map(java.util.Arrays::toString).distinct().count());
        // low discrepancy: each half of each axis holds exactly half the points
        for (int j = 0; j < 4; j++) {
            final int jj = j;
            assertEquals(32, u.stream().filter(p -> p[jj] < 0.5).count());
        }
    }

    @Test
    void randomDesignDependsOnlyOnTheSeed() {
        List<double[]> a = StudyDesign.random(2, 10, new MersenneTwister(9));
        List<double[]> b = StudyDesign.random(2, 10, new MersenneTwister(9));
        for (int i = 0; i < 10; i++) assertArrayEquals(a.get(i), b.get(i));
    }
}
