package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;
import org.aiecosim.stats.MeanEstimate;
import org.junit.jupiter.api.Test;

class EnsembleStatisticsTest {

    private final EnsembleStatistics stats = EnsembleStatistics.of(TinyRun.results());

    @Test
    void perMonthStatisticsMatchHandComputation() {
        assertEquals(3, stats.replications());
        assertEquals(TinyRun.MONTHS, stats.months());
        assertEquals(YearMonth.of(2022, 3), stats.monthAt(2));
        for (int m = 0; m < TinyRun.MONTHS; m++) {
            MeanEstimate e = stats.at("x", m);
            assertEquals(3, e.n());
            assertEquals(2 + 10 * m, e.mean(), 1e-12);
            assertEquals(1.0, e.sd(), 1e-12);
            assertEquals(2.484138, e.halfWidth(), 1e-6);
        }
    }

    @Test
    void nanReplicationsAreLeftOutOfN() {
        MeanEstimate b = stats.at("capability.region.B", 1);
        assertEquals(2, b.n());
        assertEquals(9.0, b.mean(), 1e-12);
        assertEquals(0.0, b.sd(), 1e-12);
        MeanEstimate lag = stats.at("lag.region.B", 0);
        assertEquals(1, lag.n());
        assertEquals(4.0, lag.mean());
        assertTrue(Double.isNaN(lag.halfWidth()));
    }

    @Test
    void endOfRunIsTheLastMonth() {
        MeanEstimate e = stats.endOfRun("x");
        assertEquals(22.0, e.mean(), 1e-12);
        assertEquals(2.484138, e.halfWidth(), 1e-6);
        // 10 + 2 + 0.5·rep for rep 0,1,2: mean 12.5, sd 0.5
        assertEquals(12.5, stats.endOfRun("capability.region.A").mean(), 1e-12);
        assertEquals(0.5, stats.endOfRun("capability.region.A").sd(), 1e-12);
    }

    @Test
    void labIndicatorsAreNotEnsembled() {
        assertEquals(List.of("x", "capability.region.A", "capability.region.B", "lag.region.B",
                "compute.share.A", "compute.share.B"), stats.names());
        assertFalse(stats.has("lab.L1.capability"));
    }

    @Test
    void resultOrderDoesNotMatter() {
        List<ReplicationResult> shuffled = new ArrayList<>(TinyRun.results());
        Collections.reverse(shuffled);
        EnsembleStatistics other = EnsembleStatistics.of(shuffled);
        for (String name : stats.names()) {
            for (int m = 0; m < stats.months(); m++) assertEquals(stats.at(name, m), other.at(name, m));
        }
    }

    @Test
    void rejectsEmptyAndMismatchedRuns() {
        assertThrows(IllegalArgumentException.class, () -> EnsembleStatistics.of(List.of()));
        List<ReplicationResult> results = new ArrayList<>(TinyRun.results());
        results.add(new ReplicationResult(9, 9, new IndicatorTable(YearMonth.of(2022, 1), List.of("x"), TinyRun.MONTHS)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EnsembleStatistics.of(results));
        assertTrue(e.getMessage().contains("replication 9"), e.getMessage());
    }

    @Test
    void rememberedWindowIntervalsAreTheOnesComputedAfresh() {
        for (String name : List.of("x", "compute.share.A")) { // a t interval and a bootstrap one
            var first = stats.window(name, 0, 1);
            assertEquals(org.aiecosim.stats.ReplicationInterval.of(stats.windowValues(name, 0, 1), EnsembleStatistics.bounded(name)), first);
            assertEquals(first, stats.window(name, 0, 1));
            // out-of-range months are clamped before the lookup, as windowValues clamps them
            assertEquals(stats.window(name, 0, TinyRun.MONTHS - 1), stats.window(name, -4, TinyRun.MONTHS + 9));
        }
    }
}
