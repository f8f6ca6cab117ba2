package org.aiecosim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeanEstimateTest {

    @Test
    void threeValuesMatchHandComputation() {
        MeanEstimate e = MeanEstimate.of(1, 2, 3);
        assertEquals(3, e.n());
        assertEquals(2.0, e.mean(), 1e-12);
        assertEquals(1.0, e.sd(), 1e-12);
        // t(0.975, 2) = 4.302653, times 1/sqrt(3)
        assertEquals(2.484138, e.halfWidth(), 1e-6);
        assertEquals(2 - 2.484138, e.low(), 1e-6);
        assertEquals(2 + 2.484138, e.high(), 1e-6);
    }

    @Test
    void nanValuesAreIgnored() {
        MeanEstimate e = MeanEstimate.of(1, Double.NaN, 3);
        assertEquals(2, e.n());
        assertEquals(2.0, e.mean(), 1e-12);
        assertEquals(Math.sqrt(2), e.sd(), 1e-12);
        // t(0.975, 1) = 12.706205, times sqrt(2)/sqrt(2)
        assertEquals(12.706205, e.halfWidth(), 1e-6);
    }

    @Test
    void oneValueHasMeanButNoInterval() {
        MeanEstimate e = MeanEstimate.of(Double.NaN, 5);
        assertEquals(1, e.n());
        assertEquals(5.0, e.mean());
        assertTrue(Double.isNaN(e.sd()));
        assertTrue(Double.isNaN(e.halfWidth()));
        assertTrue(Double.isNaN(e.low()));
        assertTrue(Double.isNaN(e.high()));
    }

    @Test
    void noValuesIsAllNaN() {
        MeanEstimate e = MeanEstimate.of(Double.NaN, Double.NaN);
        assertEquals(0, e.n());
        assertTrue(Double.isNaN(e.mean()));
        assertTrue(Double.isNaN(e.halfWidth()));
    }

    @Test
    void identicalValuesHaveZeroWidth() {
        MeanEstimate e = MeanEstimate.of(0.25, 0.25, 0.25);
        assertEquals(0.25, e.mean(), 1e-15);
        assertEquals(0.0, e.halfWidth(), 1e-15);
    }
}
