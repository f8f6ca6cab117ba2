package org.aiecosim.model.demand;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trust and compliance costs: kind-dependent, finite, never a bar. */
class TrustCostTest {

    private static final int US = 0, CHINA = 1, HOBBYIST = 0, STARTUP = 1, ENTERPRISE = 2;

    @Test
    void costsScaleWithKindAndType() {
        TrustCost t = new TrustCost(4, 0.2, 1.0, 3.0);
        t.setOpenTrust(US, CHINA, 0.5);
        t.setClosedCompliance(US, CHINA, 1.5);
        assertEquals(0.1, t.cost(US, CHINA, HOBBYIST, true), 1e-15);
        assertEquals(0.5, t.cost(US, CHINA, STARTUP, true), 1e-15);
        assertEquals(1.5, t.cost(US, CHINA, ENTERPRISE, true), 1e-15);
        assertEquals(4.5, t.cost(US, CHINA, ENTERPRISE, false), 1e-15);
        assertEquals(0.0, t.cost(CHINA, US, ENTERPRISE, true), 0);   // direction matters
        assertTrue(t.cost(US, CHINA, ENTERPRISE, true) > t.cost(US, CHINA, STARTUP, true));
        assertTrue(t.cost(US, CHINA, STARTUP, true) > t.cost(US, CHINA, HOBBYIST, true));
        assertThrows(IllegalArgumentException.class, () -> t.setOpenTrust(US, CHINA, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> t.setOpenTrust(US, CHINA, -1));
    }

    /** Unlike a hard access rule, a trust cost lowers a share but leaves it positive. */
    @Test
    void trustCostNeverBars() {
        TrustCost t = new TrustCost(4, 0.2, 1.0, 3.0);
        t.setOpenTrust(US, CHINA, 5);
        double[] v = {1 - t.cost(US, CHINA, ENTERPRISE, true), 0}, s = new double[2];
        Logit.shares(v, 2, s);
        assertTrue(s[0] > 0 && s[0] < 1e-6);
    }
}
