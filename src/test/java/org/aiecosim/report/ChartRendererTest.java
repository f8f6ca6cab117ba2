package org.aiecosim.report;

import org.aiecosim.stats.MeanEstimate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ChartRendererTest {

    @TempDir
    Path tmp;

    private final EnsembleStatistics stats = EnsembleStatistics.of(
            SyntheticRun.generate(List.of("A", "B", "C"), List.of("L1"), YearMonth.of(2022, 1), 30, 3, 3));
    private final ChartRenderer renderer = new ChartRenderer(stats);

    private static Paint legendPaint(JFreeChart chart, String label) {
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            // Lines and stacked areas both key their legend by fill paint (= series paint here).
            if (item.getLabel().equals(label)) return item.getFillPaint();
        }
        throw new AssertionError("no legend item " + label + " in " + chart.getTitle().getText());
    }

    @Test
    void regionColoursAreTheSameInEveryChart() {
        for (int r = 0; r < 3; r++) {
            String region = List.of("A", "B", "C").get(r);
            assertEquals(ReportColours.region(r), legendPaint(renderer.capabilityByRegion(), region));
            assertEquals(ReportColours.region(r), legendPaint(renderer.computeShare(), region));
            assertEquals(ReportColours.region(r), legendPaint(renderer.openReleaseShare(), region));
            assertEquals(ReportColours.region(r), legendPaint(renderer.adoptionByOrigin(), "Models from " + region));
        }
        assertEquals(ReportColours.region(1), legendPaint(renderer.lags(), "B behind A"));
    }

    @Test
    void legendListsEachLineOnceDespiteGaps() {
        // releases.openShare.region.C is NaN for its first 12 months: drawn as a separate segment
        XYPlot plot = renderer.openReleaseShare().getXYPlot();
        LegendItemCollection items = plot.getLegendItems();
        String[] labels = new String[items.getItemCount()];
        for (int i = 0; i < labels.length; i++) labels[i] = items.get(i).getLabel();
        assertEquals(List.of("All regions", "A", "B", "C"), Arrays.asList(labels));
    }

    @Test
    void paletteExtendsBeyondItsFixedColours() {
        assertTrue(!ReportColours.region(8).equals(ReportColours.region(9)));
        assertEquals(ReportColours.region(12), ReportColours.region(12));
    }

    @Test
    void blankChartCheckRejectsAChartWithoutData() throws IOException {
        MeanEstimate[] undefined = new MeanEstimate[stats.months()];
        Arrays.fill(undefined, MeanEstimate.of());
        XYPlot plot = Charts.bandPlot(List.of(new Charts.Line("nothing", undefined, ReportColours.region(0), false, true, 1)),
                stats, Charts.valueAxis("Value (units)", true));
        Path png = tmp.resolve("blank.png");
        PngFiles.writePng(png, Charts.chart("Empty", "no data", plot), ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
        assertThrows(AssertionFailedError.class, () -> RunReportWriterTest.assertDrawn(png));
    }

    @Test
    void chartsDrawnInParallelAreByteIdenticalToChartsDrawnOneAfterAnother() throws IOException {
        ResultFolder serial = ResultFolder.create(tmp.resolve("serial"));
        ResultFolder parallel = ResultFolder.create(tmp.resolve("parallel"));
        ChartWriting.writeAll(serial, renderer.charts(), ChartRenderer.WIDTH, ChartRenderer.HEIGHT, 1);
        ChartWriting.writeAll(parallel, renderer.charts(), ChartRenderer.WIDTH, ChartRenderer.HEIGHT, ChartWriting.MAX_THREADS);
        List<String> names = List.copyOf(renderer.charts().keySet());
        assertTrue(names.size() >= 8, "charts: " + names);
        for (String name : names) {
            assertTrue(Arrays.equals(java.nio.file.Files.readAllBytes(serial.resolve(name)),
                    java.nio.file.Files.readAllBytes(parallel.resolve(name))), name + " differs when drawn in parallel");
        }
        try (var files = java.nio.file.Files.list(parallel.dir())) {
            assertEquals(names.size(), files.count(), "no other (temporary) files left");
        }
    }
}
