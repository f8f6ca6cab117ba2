package org.aiecosim.bench;

import org.aiecosim.model.TestConfigs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording a month allocates (next to) nothing: a loose bound on {@link RecorderAllocation}. */
class RecorderAllocationTest {

    @Test
    void recordingAMonthAllocatesLessThan64Bytes() {
        RecorderAllocation.Result r = RecorderAllocation.measure(TestConfigs.small(2000, 36), 3L, 12, 2_000, 1_000);
        assertTrue(r.bytesPerMonth() < 64, r.text());
    }
}
