package org.aiecosim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aiecosim.experiment.study.PointSummary;
import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import org.aiecosim.stats.MeanEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep findings give each outcome one verdict that agrees with its own numbers. */
class SweepFindingsTest {

    @TempDir
    Path tmp;

    private StudySpec spec() throws Exception {
        Path scenario = Path.of("scenarios/no-export-controls.yaml").toAbsolutePath();
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "name: s\nscenario: " + scenario + "\nseed: 1\nreplications: 4\ndesign:\n  type: grid\n"
                + "parameters:\n  region.China.chipAccess: {values: [0.0, 0.5, 1.0]}\n"
                + "outcomes:\n  - {name: lag, indicator: lag.region.China, from: 2028-01, to: 2030-12}\n");
        return StudyLoader.load(f, false);
    }

    private static PointSummary point(int i, double x, double... runs) {
        return new PointSummary(i, new double[] {x}, List.of(MeanEstimate.of(runs)), 0);
    }

    @Test
    void noPointDifferingFromTheFirstIsNotDetectableWithNoCountThatSaysOtherwise() throws Exception {
        // point 0 in the middle: the lowest and highest differ from each other, neither from point 0
        List<PointSummary> points = List.of(point(0, 0.5, 5, 7, 9, 11), point(1, 0, 4, 6, 8, 10), point(2, 1, 6, 8, 10, 12));
        String line = StudyReport.findingLines(spec(), points, null).get(0);
        assertTrue(line.contains("not detectable: none of the 2 other points differs from point 0"), line);
        assertFalse(line.contains("differ detectably"), line);
    }

    @Test
    void detectableVerdictCountsThePointsAndQuotesTheLargestDifference() throws Exception {
        List<PointSummary> points = List.of(point(0, 0, 1, 1.1, 0.9, 1), point(1, 0.5, 1, 1.2, 0.8, 1.1),
                point(2, 1, 20, 21, 19, 20));
        String line = StudyReport.findingLines(spec(), points, null).get(0);
        assertTrue(line.startsWith("lag (lag.region.China): detectable: 1 of 2 other points differ from point 0"), line);
        assertTrue(line.contains("the largest difference is +19.0 months"), line);
        assertTrue(line.contains("at region.China.chipAccess = 1"), line);
        assertFalse(line.contains("not detectable"), line);
    }

    @Test
    void heatMapSentenceHasNoDoubleNegative() throws Exception {
        List<org.aiecosim.report.SweepPointSummary> pts = new ArrayList<>();
        for (double a : new double[] {0, 1}) {
            for (double b : new double[] {0, 1}) {
                pts.add(new org.aiecosim.report.SweepPointSummary(new double[] {a, b},
                        java.util.Map.of("lag", MeanEstimate.of(a, a + 0.1, a - 0.1))));
            }
        }
        var charts = new org.aiecosim.report.SweepCharts(List.of("a", "b"), pts);
        StudySpec.Outcome o = spec().outcomes().get(0);
        String s = SweepOutputs.heatMapFinding(charts, List.of("a", "b"), new StudySpec.Outcome("lag", o.indicator(), o.from(), o.to(),
                o.newShareOf()));
        assertEquals("On the heat map, 0 of 4 cells are within noise of all their neighbours (marked \u2248).", s);
    }
}
