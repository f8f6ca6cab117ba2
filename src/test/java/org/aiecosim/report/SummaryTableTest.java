package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void listsKeyValuesWithUnitsForDiscoveredRegions() {
        String table = SummaryTable.render(EnsembleStatistics.of(
                SyntheticRun.generate(List.of("A", "B"), List.of("L1"), YearMonth.of(2022, 1), 24, 3, 1)));
        assertTrue(table.startsWith("End of run (2023-12), mean [95% CI] over 3 replications\n"), table);
        for (String label : List.of("Frontier capability", "Best open model", "Best closed model", "Open behind closed",
                "B behind A", "Adopters on open models", "Adopters on models from A", "Adopters on models from B",
                "Open share of releases", "Compute share A", "Compute share B", "Chip price")) {
            assertTrue(table.contains(label), label + " missing in\n" + table);
        }
        assertTrue(table.contains("points") && table.contains("months") && table.contains("$M per H100e"));
        assertTrue(!table.contains("A behind A"));
        // Fixed width: every "[" in the same column.
        List<String> rows = table.lines().skip(1).filter(l -> l.contains("[")).toList();
        int column = rows.get(0).indexOf('[');
        for (String row : rows) assertEquals(column, row.indexOf('['), row);
    }

    @Test
    void leavesOutIndicatorsTheRunLacks() {
        String table = SummaryTable.render(EnsembleStatistics.of(TinyRun.results()));
        assertTrue(table.contains("B behind A"));
        assertTrue(table.contains("Compute share A"));
        assertTrue(!table.contains("Frontier"));
        // lag.region.B ends with a single value: no half-width
        assertTrue(table.lines().anyMatch(l -> l.startsWith("B behind A") && l.matches("B behind A +4.0  \\[ *n/a, *n/a\\].*")), table);
    }

    @Test
    void sharesStayWithinZeroToHundredPercentEvenWhenReplicationsSplit() {
        // Adoption of open models: 0 in six replications, 0.4 in four (a bimodal share).
        double[] v = {0, 0, 0, 0, 0, 0, 0.4, 0.4, 0.4, 0.4};
        org.aiecosim.stats.ReplicationInterval e = org.aiecosim.stats.ReplicationInterval.of(v, true);
        assertTrue(e.low() >= 0 && e.high() <= 1, e.toString());
        assertTrue(e.low() < e.mean() && e.mean() < e.high(), e.toString());
        assertTrue(e.bimodality().split(), e.toString());
        assertEquals(6, e.bimodality().below());
        // Where the t interval would go below 0, the bootstrap one does not.
        double[] rare = {0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.5};
        assertTrue(org.aiecosim.stats.MeanEstimate.of(rare).low() < 0);
        assertTrue(org.aiecosim.stats.ReplicationInterval.of(rare, true).low() >= 0);
    }
}
