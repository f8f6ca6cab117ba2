package org.aiecosim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aiecosim.stats.WelchComparison;
import org.junit.jupiter.api.Test;

/** The words {@code compare} puts on each difference. */
class CompareVerdictTest {

    private static String verdict(double[] a, double[] b) {
        return CompareOutputs.verdict(WelchComparison.of(a, b), a, b);
    }

    @Test
    void sameRunsConstantValuesAndNoiseAreToldApart() {
        assertEquals(CompareOutputs.SAME_RUNS, verdict(new double[] {1, 2, 3}, new double[] {1, 2, 3}));
        assertEquals("identical in every replication", verdict(new double[] {5, 5}, new double[] {5, 5, 5}));
        assertEquals("the same in every replication of each: no noise", verdict(new double[] {5, 5, 5}, new double[] {6, 6, 6}));
        assertEquals("too few replications to test", verdict(new double[] {1}, new double[] {2, 3}));
        assertTrue(verdict(new double[] {1, 2, 3}, new double[] {1, 2, 4}).startsWith("p = "));
    }
}
