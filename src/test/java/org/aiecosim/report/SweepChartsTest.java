package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepChartsTest {

    @TempDir
    Path tmp;

    private final SweepCharts grid = new SweepCharts(SyntheticSweep.PARAMETERS, SyntheticSweep.grid());
    private final SweepCharts sampled = new SweepCharts(SyntheticSweep.PARAMETERS, SyntheticSweep.sampled());

    @Test
    void outcomeVsParameterAveragesOverTheOtherParametersOnAGrid() throws Exception {
        JFreeChart chart = grid.outcomeVsParameter("chipAccess", SyntheticSweep.LAG);
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(5, d.getItemCount(0));
        for (int i = 1; i < 5; i++) assertTrue(d.getXValue(0, i) > d.getXValue(0, i - 1), "sorted by the parameter");
        // Lag falls with chip access.
        assertTrue(d.getYValue(0, 0) > d.getYValue(0, 4));
        Path png = tmp.resolve("vs.png");
        PngFiles.writePng(png, chart, SweepCharts.WIDTH, SweepCharts.HEIGHT);
        RunReportWriterTest.assertDrawn(png);
    }

    @Test
    void aSentinelSuchAsNoLimitIsACategoryOfItsOwnNotAPointOnALinearScale() {
        List<SweepPointSummary> points = new java.util.ArrayList<>();
        for (double v : new double[] {1100, 1200, 1300, 1000000}) {
            points.add(new SweepPointSummary(new double[] {v},
                    Map.of("lag", org.aiecosim.stats.MeanEstimate.of(v < 1e6 ? 20 : 10, v < 1e6 ? 22 : 11))));
        }
        JFreeChart chart = new SweepCharts(List.of("limit"), points).outcomeVsParameter("limit", "lag");
        assertTrue(chart.getXYPlot().getDomainAxis() instanceof org.jfree.chart.axis.SymbolAxis, "category axis");
        XYDataset d = chart.getXYPlot().getDataset();
        for (int i = 0; i < 4; i++) assertEquals(i, d.getXValue(0, i), 0, "evenly spaced");
        String[] labels = ((org.jfree.chart.axis.SymbolAxis) chart.getXYPlot().getDomainAxis()).getSymbols();
        assertEquals("1,000,000", labels[3]);
        // Without a sentinel the axis stays numeric.
        JFreeChart plain = grid.outcomeVsParameter("chipAccess", SyntheticSweep.LAG);
        assertTrue(plain.getXYPlot().getDomainAxis() instanceof org.jfree.chart.axis.NumberAxis);
    }

    @Test
    void sampledDesignsAreBinned() {
        XYDataset d = sampled.outcomeVsParameter("leakage", SyntheticSweep.SHARE).getXYPlot().getDataset();
        assertEquals(SweepGroups.BINS, d.getItemCount(0));
        assertEquals(List.of("1", "2"), List.of(SweepGroups.format(1.0), SweepGroups.format(2.0)));
        assertEquals("0.25", SweepGroups.format(0.25));
    }

    @Test
    void heatMapHasOneCellPerGridValuePairAndAColourScale() throws Exception {
        JFreeChart chart = grid.heatMap("chipAccess", "leakage", SyntheticSweep.LAG);
        assertEquals(25, chart.getXYPlot().getDataset().getItemCount(0));
        assertTrue(chart.getSubtitles().stream().anyMatch(t -> t instanceof PaintScaleLegend));
        Path png = tmp.resolve("heat.png");
        PngFiles.writePng(png, chart, SweepCharts.WIDTH, SweepCharts.HEIGHT);
        RunReportWriterTest.assertDrawn(png);
    }

    @Test
    void smallMultiplesDrawOnePanelPerParameterIntoOneImage() {
        BufferedImage image = grid.smallMultiples(SyntheticSweep.PARAMETERS, SyntheticSweep.LAG);
        assertEquals(3 * SweepCharts.PANEL_WIDTH, image.getWidth());
        BufferedImage four = sampled.smallMultiples(List.of("chipAccess", "leakage", "openBanThreshold", "chipAccess"),
                SyntheticSweep.SHARE);
        assertTrue(four.getHeight() > 2 * SweepCharts.PANEL_HEIGHT, "two rows");
    }

    @Test
    void tornadoSortsFactorsLargestFirst() throws Exception {
        JFreeChart chart = SweepCharts.tornado("lag", List.of("a", "b", "c"), new double[] {1, 3, 2},
                new double[] {0.5, 2.5, Double.NaN}, new double[] {1.5, 3.5, Double.NaN}, "Morris \u03bc*");
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(List.of("b", "c", "a"), plot.getDataset().getColumnKeys());
        JFreeChart sobol = SweepCharts.tornado("lag", List.of("a", "b"), List.of(
                new SweepCharts.Bars("S1", new double[] {0.5, 0.1}, new double[] {0.4, 0}, new double[] {0.6, 0.2}),
                new SweepCharts.Bars("ST", new double[] {0.55, 0.7}, new double[] {0.5, 0.6}, new double[] {0.6, 0.8})),
                "Sobol index");
        assertEquals(List.of("b", "a"), sobol.getCategoryPlot().getDataset().getColumnKeys());
        Path png = tmp.resolve("sobol.png");
        PngFiles.writePng(png, sobol, SweepCharts.WIDTH, SweepCharts.HEIGHT);
        RunReportWriterTest.assertDrawn(png);
        assertThrows(IllegalArgumentException.class, () -> SweepCharts.tornado("x", List.of("a"), new double[] {1, 2},
                new double[] {1, 2}, new double[] {1, 2}, "v"));
    }

    @Test
    void rejectsUnknownNamesAndMismatchedPoints() {
        assertThrows(IllegalArgumentException.class, () -> grid.outcomeVsParameter("nope", SyntheticSweep.LAG));
        assertThrows(IllegalArgumentException.class, () -> grid.outcomeVsParameter("leakage", "nope"));
        assertThrows(IllegalArgumentException.class, () -> new SweepCharts(List.of("a"),
                List.of(new SweepPointSummary(new double[] {1, 2}, Map.of()))));
    }
}
