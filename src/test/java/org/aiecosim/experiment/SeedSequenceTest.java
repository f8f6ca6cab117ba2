package org.aiecosim.experiment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeedSequenceTest {
    @Test
    void baseForInvertsDerive() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            long seed = r.nextLong();
            int index = r.nextInt(100);
            assertEquals(seed, SeedSequence.derive(SeedSequence.baseFor(seed, index), index));
        }
        assertEquals(4242L, SeedSequence.derive(SeedSequence.baseFor(4242L, 0), 0));
    }
}
