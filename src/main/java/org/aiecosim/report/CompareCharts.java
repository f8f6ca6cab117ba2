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
            lines.add(new Charts.Line(e.getKey(), s.series(indicator), colour, false, true, 1));
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
        return Charts.chart("Runs compared: " + indicator, subtitle, plot);
    }
}
