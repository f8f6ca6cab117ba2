package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Borderline results print so that the words agree with the verdict. */
class HumanUnitsTest {

    private static final String SHARE = "adoption.open.origin.China";

    @Test
    void aBoundThatExcludesZeroNeverPrintsAsZero() {
        assertEquals("\u22124.1", HumanUnits.signed(SHARE, -0.041));
        assertEquals("\u22120.0040", HumanUnits.signed(SHARE, -0.00004));
        assertEquals("+0.012", HumanUnits.signed(SHARE, 0.00012));
        assertEquals("\u00b10.0", HumanUnits.signed(SHARE, 0));
    }

    @Test
    void pValuesBelowTheThresholdNeverRoundUpToIt() {
        assertEquals("= 0.049", HumanUnits.pValue(0.049));
        assertEquals("= 0.0498", HumanUnits.pValue(0.0498));
        assertEquals("= 0.050", HumanUnits.pValue(0.0502));
        assertEquals("= 0.034", HumanUnits.pValue(0.0341));
        assertEquals("= 0.43", HumanUnits.pValue(0.4321));
        assertEquals("< 0.001", HumanUnits.pValue(0.0004));
    }

    @Test
    void intervalBoundsThatWouldReadAlikeGetMoreDigits() {
        assertEquals("+19.8 to +21.0", HumanUnits.signedInterval("lag.region.China", 19.81, 21.02));
        assertEquals("+19.81 to +19.84", HumanUnits.signedInterval("lag.region.China", 19.812, 19.838));
        assertEquals("\u22120.1 to +0.3", HumanUnits.signedInterval("adoption.open", -0.001, 0.003));
        // identical bounds stay as they are: there is nothing to tell apart
        assertEquals("+19.8 to +19.8", HumanUnits.signedInterval("lag.region.China", 19.8, 19.8));
    }

    @Test
    void narrowIntervalsOfLevelsAreNotPrintedWithEqualBounds() {
        var narrow = new org.aiecosim.stats.ReplicationInterval(10, 0.779, 0.0004, 0.7788, 0.7793, true, null);
        assertEquals("77.88 to 77.93", HumanUnits.interval("compute.share.US", narrow));
        var wide = new org.aiecosim.stats.ReplicationInterval(10, 0.5, 0.1, 0.457, 0.493, true, null);
        assertEquals("45.7 to 49.3", HumanUnits.interval("adoption.open", wide));
    }
}
