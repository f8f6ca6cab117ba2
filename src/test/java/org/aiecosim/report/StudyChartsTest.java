package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.aiecosim.stats.MeanEstimate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study report's uncertainty displays: heat-map noise marks, the mu*–sigma plot, and parallel drawing. */
class StudyChartsTest {
    @TempDir
    Path tmp;

    private static MeanEstimate cell(double mean, double sd) {
        return new MeanEstimate(10, mean, sd, 2.262 * sd / Math.sqrt(10));
    }

    /** 3 × 1 grid: cells 0 and 1 equal within noise, cell 2 far from both. */
    @Test
    void heatMapNoiseMarksOnlyCellsThatNoNeighbourDiffersFrom() {
        MeanEstimate[][] grid = {{cell(10.0, 1)}, {cell(10.3, 1)}, {cell(20, 1)}};
        HeatMapNoise.Cell[][] c = HeatMapNoise.classify(grid);
        assertEquals(HeatMapNoise.Cell.WITHIN_NOISE, c[0][0], "its only neighbour differs by 0.3 ± ~0.9");
        assertEquals(HeatMapNoise.Cell.DISTINCT, c[1][0], "differs from the cell at 20");
        assertEquals(HeatMapNoise.Cell.DISTINCT, c[2][0]);
        assertEquals(1, HeatMapNoise.count(c, HeatMapNoise.Cell.WITHIN_NOISE));
        // one replication: nothing can be compared; a missing cell is empty
        MeanEstimate single = MeanEstimate.of(3.0);
        HeatMapNoise.Cell[][] u = HeatMapNoise.classify(new MeanEstimate[][] {{single, null}, {MeanEstimate.of(5.0), single}});
        assertEquals(HeatMapNoise.Cell.UNKNOWN, u[0][0]);
        assertEquals(HeatMapNoise.Cell.EMPTY, u[0][1]);
    }

    @Test
    void heatMapCarriesOneMarkPerCellWithinNoiseAndTheCiMapOneValuePerCell() throws Exception {
        // 2 × 2 grid: the two cells at a = 0 equal, a = 1 far higher and different from each other
        List<SweepPointSummary> points = List.of(
                new SweepPointSummary(new double[] {0, 0}, Map.of("y", cell(10, 1))),
                new SweepPointSummary(new double[] {0, 1}, Map.of("y", cell(10.2, 1))),
                new SweepPointSummary(new double[] {1, 0}, Map.of("y", cell(30, 1))),
                new SweepPointSummary(new double[] {1, 1}, Map.of("y", cell(40, 1))));
        SweepCharts charts = new SweepCharts(List.of("a", "b"), points);
        HeatMapNoise.Cell[][] c = charts.cellNoise("a", "b", "y");
        // (0,0) and (0,1) are alike but each differs from its a = 1 neighbour: none is within noise of all
        assertEquals(0, HeatMapNoise.count(c, HeatMapNoise.Cell.WITHIN_NOISE));
        List<SweepPointSummary> flat = new ArrayList<>(points);
        flat.set(2, new SweepPointSummary(new double[] {1, 0}, Map.of("y", cell(10.1, 1))));
        SweepCharts some = new SweepCharts(List.of("a", "b"), flat);
        assertEquals(HeatMapNoise.Cell.WITHIN_NOISE, some.cellNoise("a", "b", "y")[0][0]);
        JFreeChart map = some.heatMap("a", "b", "y");
        long marks = map.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation t && t.getText().equals("\u2248")).count();
        assertEquals(HeatMapNoise.count(some.cellNoise("a", "b", "y"), HeatMapNoise.Cell.WITHIN_NOISE), marks);
        assertTrue(map.getSubtitle(0).toString() != null);
        JFreeChart ci = some.heatMapHalfWidths("a", "b", "y");
        long values = ci.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation t && t.getText().startsWith("\u00b1")).count();
        assertEquals(4, values);
        Path png = tmp.resolve("ci.png");
        PngFiles.writePng(png, ci, SweepCharts.WIDTH, SweepCharts.HEIGHT);
        RunReportWriterTest.assertDrawn(png);
    }

    @Test
    void morrisChartHasOnePointAndOneLabelPerFactorRaysAndTheNoiseLine() throws Exception {
        List<String> f = List.of("alpha", "beta", "gamma", "delta");
        double[] mu = {4, 1, 0.2, 2.5}, sigma = {1, 1.2, 0.25, 3};
        double[] lo = {3, 0.5, 0.1, 1.5}, hi = {5, 1.5, 0.4, 3.5};
        JFreeChart chart = MorrisChart.chart("lag", f, mu, lo, hi, sigma, 0.5, "months per range");
        XYPlot plot = chart.getXYPlot();
        assertEquals(4, plot.getDataset().getItemCount(0));
        for (int i = 0; i < 4; i++) {
            assertEquals(mu[i], plot.getDataset().getXValue(0, i));
            assertEquals(sigma[i], plot.getDataset().getYValue(0, i));
        }
        List<String> texts = new ArrayList<>();
        for (Object a : plot.getAnnotations()) if (a instanceof XYTextAnnotation t) texts.add(t.getText());
        assertTrue(texts.containsAll(f), "every factor is labelled by name when there is room: " + texts);
        assertEquals(MorrisChart.RAYS.length, texts.stream().filter(t -> t.startsWith("\u03c3/\u03bc*")).count());
        assertTrue(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .anyMatch(m -> m instanceof ValueMarker v && v.getValue() == 0.5), "noise line at mu* = 0.5");
        assertEquals(List.of(0, 3, 1, 2), MorrisChart.rankOrder(mu));
        Path png = tmp.resolve("m.png");
        PngFiles.writePng(png, chart, SweepCharts.WIDTH, SweepCharts.HEIGHT);
        assertEquals(SweepCharts.WIDTH, javax.imageio.ImageIO.read(png.toFile()).getWidth());
        assertThrows(IllegalArgumentException.class, () -> MorrisChart.chart("x", f, new double[3], lo, hi, sigma, 0, "u"));
    }

    @Test
    void crowdedMorrisLabelsFallBackToRanksAndNeverRepeatAName() {
        int k = 40;
        List<String> f = new ArrayList<>();
        double[] mu = new double[k], sigma = new double[k], nan = new double[k];
        Arrays.fill(nan, Double.NaN);
        for (int i = 0; i < k; i++) {
            f.add("parameter.number" + i);
            mu[i] = 1 + 0.001 * i;
            sigma[i] = 1;
        }
        mu[0] = 5;
        List<String> texts = new ArrayList<>();
        for (Object a : MorrisChart.chart("y", f, mu, nan, nan, sigma, Double.NaN, "u").getXYPlot().getAnnotations()) {
            if (a instanceof XYTextAnnotation t && !t.getText().startsWith("\u03c3")) texts.add(t.getText());
        }
        assertEquals(k, texts.size());
        assertTrue(texts.contains("parameter.number0"), "the largest, alone, keeps its name");
        assertTrue(texts.stream().anyMatch(t -> t.matches("\\d+")), "crowded points are labelled by rank: " + texts);
    }

    @Test
    void studyChartsDrawnInParallelAreByteIdenticalToChartsDrawnOneAfterAnother() throws Exception {
        SweepCharts grid = new SweepCharts(SyntheticSweep.PARAMETERS, SyntheticSweep.grid());
        Path serial = Files.createDirectory(tmp.resolve("serial")), parallel = Files.createDirectory(tmp.resolve("parallel"));
        for (Path dir : List.of(serial, parallel)) {
            ChartBatch b = new ChartBatch(dir);
            b.add("heat.png", grid.heatMap("chipAccess", "leakage", SyntheticSweep.LAG), SweepCharts.WIDTH, SweepCharts.HEIGHT);
            b.add("ci.png", grid.heatMapHalfWidths("chipAccess", "leakage", SyntheticSweep.SHARE), SweepCharts.WIDTH, SweepCharts.HEIGHT);
            b.add("vs.png", grid.outcomeVsParameter("leakage", SyntheticSweep.SHARE), SweepCharts.WIDTH, SweepCharts.HEIGHT);
            b.add("multiples.png", () -> grid.smallMultiples(SyntheticSweep.PARAMETERS, SyntheticSweep.LAG));
            b.add("tornado.png", SweepCharts.tornado("lag", List.of("a", "b"), List.of(new SweepCharts.Bars("mu*",
                    new double[] {2, 1}, new double[] {1, 0.5}, new double[] {3, 1.5})), "mu*", 0.7), SweepCharts.WIDTH, SweepCharts.HEIGHT);
            b.add("morris.png", MorrisChart.chart("lag", List.of("a", "b"), new double[] {2, 1}, new double[] {1, 0.5},
                    new double[] {3, 1.5}, new double[] {1, 2}, 0.7, "u"), SweepCharts.WIDTH, SweepCharts.HEIGHT);
            assertThrows(IllegalArgumentException.class, () -> b.add("heat.png", grid.heatMap("chipAccess", "leakage",
                    SyntheticSweep.LAG), 10, 10));
            assertThrows(IllegalArgumentException.class, () -> b.add("../x.png", () -> null));
            if (dir == serial) b.writeAll(1);
            else b.writeAll(ChartWriting.MAX_THREADS);
        }
        List<String> names = List.of("heat.png", "ci.png", "vs.png", "multiples.png", "tornado.png", "morris.png");
        for (String name : names) {
            if (name.equals("heat.png")) RunReportWriterTest.assertDrawn(parallel.resolve(name));
            assertTrue(Arrays.equals(Files.readAllBytes(serial.resolve(name)), Files.readAllBytes(parallel.resolve(name))),
                    name + " differs when drawn in parallel");
        }
        try (var files = Files.list(parallel)) {
            assertEquals(names.size(), files.count(), "no other (temporary) files left");
        }
    }
}
