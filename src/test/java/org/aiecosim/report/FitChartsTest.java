package org.aiecosim.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fit charts: the observed box or trend is always on the axes; drawing several at once gives the same files. */
class FitChartsTest {
    private final EnsembleStatistics stats = EnsembleStatistics.of(
            SyntheticRun.generate(List.of("US", "China", "EU"), List.of("L1"), YearMonth.of(2022, 1), 48, 4, 3));

    private Range axis(FitCharts.Shape shape, String indicator, double value, double tolerance) {
        var mark = new FitCharts.Mark("t", indicator, shape, YearMonth.of(2023, 1), YearMonth.of(2024, 12), value, tolerance, true, false, "src");
        JFreeChart chart = FitCharts.chart(stats, mark);
        return ((XYPlot) chart.getPlot()).getRangeAxis().getRange();
    }

    @Test
    void theToleranceBoxIsInsideTheAxesEvenFarFromTheSimulation() {
        // compute shares are fractions; an observed 5 +- 0.5 is far above anything simulated
        Range r = axis(FitCharts.Shape.LEVEL, "compute.share.China", 5.0, 0.5);
        assertTrue(r.getLowerBound() <= 4.5 && r.getUpperBound() >= 5.5, "box 4.5..5.5 on " + r);
        Range below = axis(FitCharts.Shape.LEVEL, "compute.share.China", -3.0, 0.5);
        assertTrue(below.getLowerBound() <= -3.5, "box below the data on " + below);
        assertTrue(below.getUpperBound() >= stats.at("compute.share.China", 47).mean(), "and the data still on " + below);
    }

    @Test
    void theObservedTrendLinesAreInsideTheAxes() {
        // a steep observed slope (1000 per year) drawn through the simulated centre leaves the data's range
        Range r = axis(FitCharts.Shape.SLOPE, "compute.share.China", 1000, 100);
        assertTrue(r.getUpperBound() - r.getLowerBound() >= 1000 * 23 / 12.0 * 0.9, "the whole line fits on " + r);
    }

    @Test
    void chartsDrawnTogetherAreByteForByteThoseDrawnOneByOne(@TempDir Path tmp) throws Exception {
        Map<String, JFreeChart> a = new LinkedHashMap<>(), b = new LinkedHashMap<>();
        for (String ind : List.of("compute.share.China", "compute.share.US", "adoption.open")) {
            var mark = new FitCharts.Mark(ind, ind, FitCharts.Shape.LEVEL, YearMonth.of(2023, 1), YearMonth.of(2023, 12), 0.3, 0.1, true, true, "s");
            a.put(ind + ".png", FitCharts.chart(stats, mark));
            b.put(ind + ".png", FitCharts.chart(stats, mark));
        }
        Path together = Files.createDirectory(tmp.resolve("together")), alone = Files.createDirectory(tmp.resolve("alone"));
        FitCharts.writeAll(together, a, 600, 400);
        for (var e : b.entrySet()) PngFiles.writePng(alone.resolve(e.getKey()), e.getValue(), 600, 400);
        for (String f : a.keySet()) assertArrayEquals(Files.readAllBytes(alone.resolve(f)), Files.readAllBytes(together.resolve(f)), f);
    }
}
