package org.aiecosim.experiment;

import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.TestConfigs;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One seed gives one history, whatever the number of threads. */
class DeterminismTest {

    @Test
    void sameSeedSameHistoryForOneAndThreeThreads() throws InterruptedException {
        ModelConfig config = TestConfigs.small(5000, 36);
        List<ReplicationResult> one = new ReplicationRunner(1).run(config, 123L, 4, done -> { });
        List<ReplicationResult> three = new ReplicationRunner(3).run(config, 123L, 4, done -> { });
        for (int r = 0; r < 4; r++) {
            assertEquals(one.get(r).seed(), three.get(r).seed());
            assertTablesEqual(one.get(r).table(), three.get(r).table());
        }
        // and replications differ from each other (the seeds really are different)
        assertNotEquals(one.get(0).table().get(35, one.get(0).table().indexOf("adoption.open")),
                one.get(1).table().get(35, one.get(1).table().indexOf("adoption.open")));
    }

    @Test
    void derivedSeedsAreDistinct() {
        java.util.Set<Long> seeds = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) seeds.add(SeedSequence.derive(42L, i));
        assertEquals(10_000, seeds.size());
    }

    static void assertTablesEqual(IndicatorTable a, IndicatorTable b) {
        assertEquals(a.names(), b.names());
        for (int m = 0; m < a.months(); m++) {
            double[] ra = new double[a.names().size()], rb = new double[a.names().size()];
            for (int i = 0; i < ra.length; i++) {
                ra[i] = a.get(m, i);
                rb[i] = b.get(m, i);
            }
            assertArrayEquals(ra, rb, "month " + m);
        }
    }
}
