package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aiecosim.stats.MeanEstimate;
import org.aiecosim.stats.ReplicationInterval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/**
 * The band of an outcome-vs-parameter chart is a confidence interval of the mean over all runs at
 * each value, not a t interval over the levels of the other parameter; shares stay in 0–100%.
 */
class SweepBandTest {

    private static final String SHARE = "adoption.open.origin.China";

    /** Two values of {@code a} × two of {@code b}; at each (a, b) three runs around {@code level(a, b)}. */
    private static List<SweepPointSummary> grid(String outcome, double[][] levels, double spread) {
        List<SweepPointSummary> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double m = levels[i][j];
                double[] runs = {m - spread, m, m + spread};
                out.add(new SweepPointSummary(new double[] {i, j}, Map.of(outcome, MeanEstimate.of(runs)), Map.of(outcome, runs)));
            }
        }
        return out;
    }

    @Test
    void bandIsTheIntervalOfAllRunsAtTheValueWithTheOtherParameterAsThinLines() {
        // the other parameter moves the lag by 40 months; a t interval over its 2 levels has 1 degree of freedom
        List<SweepPointSummary> pts = grid("lag", new double[][] {{10, 50}, {12, 52}}, 1);
        JFreeChart chart = new SweepCharts(List.of("a", "b"), pts).outcomeVsParameter("a", "lag");
        IntervalXYDataset band = (IntervalXYDataset) chart.getXYPlot().getDataset(0);
        MeanEstimate all = MeanEstimate.of(9, 10, 11, 49, 50, 51);
        assertEquals(all.mean(), band.getYValue(0, 0), 1e-9);
        assertEquals(all.low(), band.getStartYValue(0, 0), 1e-9);
        assertEquals(all.high(), band.getEndYValue(0, 0), 1e-9);
        MeanEstimate twoLevels = MeanEstimate.of(10, 50);
        assertTrue(band.getStartYValue(0, 0) > twoLevels.low() + 50, "not the 1-df interval " + twoLevels.low());
        assertTrue(band.getStartYValue(0, 0) > 0, "a lag band that stays positive");
        // one thin line per value of b, through that point's mean
        var lines = chart.getXYPlot().getDataset(1);
        assertEquals(2, lines.getSeriesCount());
        assertEquals("b = 0", lines.getSeriesKey(0));
        assertEquals(50, lines.getYValue(1, 0), 1e-9);
        assertTrue(chart.getSubtitle(0).toString() != null);
        String subtitle = ((org.jfree.chart.title.TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1)).getText();
        assertTrue(subtitle.contains("mean over all 6 runs") && subtitle.contains("95% confidence interval of the mean")
                && subtitle.contains("thin lines: each value of b"), subtitle);
    }

    @Test
    void aShareBandIsTheBootstrapIntervalInPercentAndStaysWithinTheRange() {
        // near 0%: a t interval would dip below zero
        List<SweepPointSummary> pts = grid(SHARE, new double[][] {{0.001, 0.2}, {0.001, 0.2}}, 0.001);
        JFreeChart chart = new SweepCharts(List.of("a", "b"), pts, Map.of(SHARE, SHARE)).outcomeVsParameter("a", SHARE);
        IntervalXYDataset band = (IntervalXYDataset) chart.getXYPlot().getDataset(0);
        double[] all = {0, 0.001, 0.002, 0.199, 0.2, 0.201};
        ReplicationInterval r = ReplicationInterval.of(all, true);
        assertEquals(100 * r.mean(), band.getYValue(0, 0), 1e-9);
        assertEquals(100 * r.low(), band.getStartYValue(0, 0), 1e-9);
        assertEquals(100 * r.high(), band.getEndYValue(0, 0), 1e-9);
        assertTrue(band.getStartYValue(0, 0) >= 0, "within 0-100%: " + band.getStartYValue(0, 0));
        assertTrue(MeanEstimate.of(all).low() < 0, "the t interval would have left the range");
        assertTrue(chart.getXYPlot().getRangeAxis().getLabel().contains("%"), chart.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void heatMapCellsOfASharePrintPercentAndOtherCellsOneFormat() {
        List<SweepPointSummary> pts = grid(SHARE, new double[][] {{0.6175, 0.3}, {1.0, 0}}, 0.001);
        JFreeChart share = new SweepCharts(List.of("a", "b"), pts, Map.of(SHARE, SHARE)).heatMap("a", "b", SHARE);
        assertEquals(List.of("0.0", "30.0", "61.8", "100.0"), cellTexts(share));
        List<SweepPointSummary> plain = grid("x", new double[][] {{0.6175, 0.3}, {1.0, 0}}, 0.001);
        JFreeChart other = new SweepCharts(List.of("a", "b"), plain).heatMap("a", "b", "x");
        assertEquals(List.of("0.00", "0.30", "0.62", "1.00"), cellTexts(other));
    }

    @Test
    void axisLabelsOfParameterValuesShareTheirNumberOfDecimals() {
        assertEquals(List.of("0.00", "0.10", "0.25", "1.00"), SweepGroups.labels(new double[] {0, 0.1, 0.25, 1}));
        assertEquals(List.of("80", "100", "1,000,000"), SweepGroups.labels(new double[] {80, 100, 1e6}));
    }

    /** The numbers written into the cells (not the ≈ marks), sorted. */
    private static List<String> cellTexts(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (XYAnnotation a : chart.getXYPlot().getAnnotations()) {
            if (a instanceof XYTextAnnotation t && !t.getText().equals("\u2248")) out.add(t.getText());
        }
        out.sort(java.util.Comparator.comparingDouble(Double::parseDouble));
        return out;
    }
}
