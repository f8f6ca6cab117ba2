package org.aiecosim.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/**
 * Charts comparing several runs (e.g. policy scenarios): one indicator of every run in one chart,
 * mean lines with shaded 95% bands, one colour per run in the given order (the region palette of
 * {@link ReportColours}). Runs may cover different months; the time axis spans them all.
 */
public final class CompareCharts {

    private final Map<String, EnsembleStatistics> runs;

    /** Charts of {@code runs}, by label in legend order. */
    public CompareCharts(LinkedHashMap<String, EnsembleStatistics> runs) {
        if (runs.isEmpty()) throw new IllegalArgumentException("no runs to compare");
        this.runs = new LinkedHashMap<>(runs);
    }

    /**
     * {@code indicator} of every run that has it ({@code yLabel} names the unit; values are not
     * scaled). A run without the indicator is left out and named in the subtitle.
     *
     * @throws IllegalArgumentException when no run has {@code indicator}
     */
    public JFreeChart overlay(String indicator, String yLabel) {
        return overlay(indicator, "Runs compared: " + indicator, yLabel, 1);
    }

    /** {@link #overlay(String, String)} titled {@code title}, values times {@code scale} (100 for percent). */
    public JFreeChart overlay(String indicator, String title, String yLabel, double scale) {
        List<Charts.Line> lines = new ArrayList<>();
        List<YearMonth> starts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        int index = 0;
        int minReps = Integer.MAX_VALUE;
        for (Map.Entry<String, EnsembleStatistics> e : runs.entrySet()) {
            EnsembleStatistics s = e.getValue();
            // The colour follows the run's position, so a run keeps its colour whichever indicator is drawn.
            java.awt.Color colour = ReportColours.region(index++);
            if (!s.has(indicator)) {
                missing.add(e.getKey());
                continue;
            }
            lines.add(new Charts.Line(e.getKey(), s.series(indicator), colour, false, true, scale));
            starts.add(s.start());
            minReps = Math.min(minReps, s.replications());
            if (s.months() > 0) {
                YearMonth end = s.monthAt(s.months() - 1);
                if (first == null || s.start().isBefore(first)) first = s.start();
                if (last == null || end.isAfter(last)) last = end;
            }
        }
        if (lines.isEmpty()) throw new IllegalArgumentException("no run has indicator " + indicator);
        XYPlot plot = Charts.bandPlot(lines, starts, Charts.monthAxis(first, last), Charts.valueAxis(yLabel, false));
        String subtitle = "Mean of each run's replications; shaded: 95% confidence interval"
                + (minReps < 2 ? " (none with a single replication)" : "")
                + (missing.isEmpty() ? "" : "; not in " + String.join(", ", missing));
        return Charts.chart(title, subtitle, plot);
    }

    /**
     * Each run's {@code indicator} minus the first run's, month by month over the months both have
     * (the same calendar months), times {@code scale}: the mean difference with its Welch 95%
     * confidence interval shaded, and a line at zero. A band that excludes zero marks a difference
     * the replications detect in that month.
     *
     * @throws IllegalArgumentException when fewer than two runs have {@code indicator}
     */
    public JFreeChart difference(String indicator, String title, String yLabel, double scale) {
        List<String> labels = new ArrayList<>(runs.keySet());
        EnsembleStatistics ref = runs.get(labels.get(0));
        if (!ref.has(indicator)) throw new IllegalArgumentException("the first run lacks " + indicator);
        List<Charts.Line> lines = new ArrayList<>();
        List<YearMonth> starts = new ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        for (int i = 1; i < labels.size(); i++) {
            EnsembleStatistics s = runs.get(labels.get(i));
            if (!s.has(indicator)) continue;
            YearMonth start = s.start().isAfter(ref.start()) ? s.start() : ref.start();
            YearMonth endS = s.monthAt(s.months() - 1), endR = ref.monthAt(ref.months() - 1);
            YearMonth end = endS.isBefore(endR) ? endS : endR;
            int n = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end) + 1;
            if (n <= 0) continue;
            org.aiecosim.stats.MeanEstimate[] series = new org.aiecosim.stats.MeanEstimate[n];
            int offS = (int) java.time.temporal.ChronoUnit.MONTHS.between(s.start(), start);
            int offR = (int) java.time.temporal.ChronoUnit.MONTHS.between(ref.start(), start);
            for (int m = 0; m < n; m++) {
                org.aiecosim.stats.WelchComparison w = org.aiecosim.stats.WelchComparison.of(
                        ref.windowValues(indicator, offR + m, offR + m), s.windowValues(indicator, offS + m, offS + m));
                double half = Double.isNaN(w.low()) ? Double.NaN : (w.high() - w.low()) / 2;
                series[m] = new org.aiecosim.stats.MeanEstimate(Math.min(w.nA(), w.nB()), w.diff(), Double.NaN, half);
            }
            lines.add(new Charts.Line(labels.get(i) + " \u2212 " + labels.get(0), series, ReportColours.region(i), false, true, scale));
            starts.add(start);
            if (first == null || start.isBefore(first)) first = start;
            if (last == null || end.isAfter(last)) last = end;
        }
        if (lines.isEmpty()) throw new IllegalArgumentException("no other run has " + indicator);
        XYPlot plot = Charts.bandPlot(lines, starts, Charts.monthAxis(first, last), Charts.valueAxis(yLabel, true));
        org.jfree.chart.plot.ValueMarker zero = new org.jfree.chart.plot.ValueMarker(0, java.awt.Color.BLACK,
                new java.awt.BasicStroke(1.2f));
        plot.addRangeMarker(zero);
        return Charts.chart(title, "Difference of means from " + labels.get(0)
                + "; shaded: Welch 95% confidence interval of the difference; where it excludes 0 the difference is detectable", plot);
    }
}
