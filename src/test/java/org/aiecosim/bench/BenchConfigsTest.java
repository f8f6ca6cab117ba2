package org.aiecosim.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchConfigsTest {
    @Test
    void labCountsAreExact() throws Exception {
        assertEquals(48, BenchConfigs.labCount(BenchConfigs.withLabs(1000, 0)));
        for (int labs : new int[] {10, 30, 40, 200}) assertEquals(labs, BenchConfigs.labCount(BenchConfigs.withLabs(1000, labs)));
    }
}
