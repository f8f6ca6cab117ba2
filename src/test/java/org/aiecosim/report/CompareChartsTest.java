package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareChartsTest {

    @TempDir
    Path tmp;

    static LinkedHashMap<String, EnsembleStatistics> runs() {
        LinkedHashMap<String, EnsembleStatistics> runs = new LinkedHashMap<>();
        List<String> regions = List.of("US", "China", "EU");
        runs.put("baseline", EnsembleStatistics.of(SyntheticRun.generate(regions, List.of("L1"), YearMonth.of(2022, 1), 60, 5, 1)));
        runs.put("strict controls", EnsembleStatistics.of(SyntheticRun.generate(regions, List.of("L1"), YearMonth.of(2022, 1), 60, 5, 2)));
        runs.put("open-weight ban", EnsembleStatistics.of(SyntheticRun.generate(regions, List.of("L1"), YearMonth.of(2023, 1), 48, 5, 3)));
        runs.put("tiny", EnsembleStatistics.of(TinyRun.results()));
        return runs;
    }

    @Test
    void overlaysOneLinePerRunInItsOwnColour() throws Exception {
        JFreeChart chart = new CompareCharts(runs()).overlay("capability.open", "Capability (points)");
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        assertEquals(3, items.getItemCount());
        for (int i = 0; i < 3; i++) assertEquals(ReportColours.region(i), items.get(i).getFillPaint());
        assertTrue(chart.getSubtitle(0).toString() != null);
        Path png = tmp.resolve("compare.png");
        PngFiles.writePng(png, chart, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
        RunReportWriterTest.assertDrawn(png);
        assertThrows(IllegalArgumentException.class, () -> new CompareCharts(runs()).overlay("nope", "y"));
    }

    @Test
    void comparisonChartsDrawnInParallelAreByteIdenticalToChartsDrawnOneAfterAnother() throws Exception {
        CompareCharts charts = new CompareCharts(runs());
        List<String> indicators = List.of("capability.open", "capability.frontier", "chips.price");
        java.util.function.Function<Path, List<PngFiles.Png>> pngs = dir -> {
            List<PngFiles.Png> list = new java.util.ArrayList<>();
            for (String k : indicators) {
                list.add(new PngFiles.Png(dir.resolve("compare-" + k + ".png"), charts.overlay(k, k, "y", 1), ChartRenderer.WIDTH, ChartRenderer.HEIGHT));
                list.add(new PngFiles.Png(dir.resolve("difference-" + k + ".png"), charts.difference(k, k, "difference", 100), 1000, 460));
            }
            return list;
        };
        Path serial = java.nio.file.Files.createDirectory(tmp.resolve("serial"));
        Path parallel = java.nio.file.Files.createDirectory(tmp.resolve("parallel"));
        ChartWriting.writeAll(pngs.apply(serial), 1);
        ChartWriting.writeAll(pngs.apply(parallel), ChartWriting.MAX_THREADS);
        try (var files = java.nio.file.Files.list(parallel)) {
            assertEquals(2 * indicators.size(), files.count(), "every chart, and no other (temporary) file");
        }
        for (PngFiles.Png p : pngs.apply(serial)) {
            Path name = p.target().getFileName();
            if (p.height() == ChartRenderer.HEIGHT) RunReportWriterTest.assertDrawn(serial.resolve(name));
            assertTrue(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(serial.resolve(name)),
                    java.nio.file.Files.readAllBytes(parallel.resolve(name))), name + " differs when drawn in parallel");
        }
    }
}
