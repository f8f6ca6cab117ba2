package org.aiecosim.model;

import org.aiecosim.bench.BenchConfigs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A demand forecast that keeps capability terms from month to month forecasts, bit for bit, what a
 * fresh forecast over the same sample computes from scratch, in every month of a baseline run.
 */
class DemandForecastCacheTest {

    @Test
    void keptTermsGiveTheSameSharesAsAFreshForecast() throws Exception {
        AiEcosystem m = new AiEcosystem(BenchConfigs.baseline(3000), 5);
        m.start();
        int[] sample = new int[200];
        for (int i = 0; i < sample.length; i++) sample[i] = (i * 13) % m.developers.size;
        DemandForecast kept = new DemandForecast(sample, m.labs.length);
        int compared = 0;
        double[] frontiers = new double[2];
        int frontierChanges = 0;
        while (m.schedule.getSteps() < 72) {
            m.schedule.step(m);
            DeveloperChoice choice = DeveloperChoice.of(m.groups);
            DemandForecast fresh = new DemandForecast(sample, m.labs.length);
            kept.prepare(m.month, m.developers, m.menu, m.barrier, choice);
            fresh.prepare(m.month, m.developers, m.menu, m.barrier, choice);
            frontiers[1] = frontiers[0];
            frontiers[0] = m.menu.frontier;
            if (frontiers[0] != frontiers[1]) frontierChanges++;
            for (Lab l : m.labs) {
                if (!l.active(m.month)) continue;
                // Both modes, as ReleasePhase asks: the second reuses the first's capability terms.
                for (boolean open : new boolean[] {false, true}) {
                    double a = kept.share(l, l.capability + 1, l.price, open, m.developers, m.menu, m.barrier, m.regions, 0.1, choice);
                    double b = fresh.share(l, l.capability + 1, l.price, open, m.developers, m.menu, m.barrier, m.regions, 0.1, choice);
                    assertEquals(Double.doubleToRawLongBits(b), Double.doubleToRawLongBits(a), l.name + " open " + open + " month " + m.month);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000);
        assertTrue(frontierChanges > 1 && frontierChanges < 72, "months with and without a new frontier: " + frontierChanges);
    }
}
