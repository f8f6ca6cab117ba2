package org.aiecosim.report;

import org.aiecosim.observation.IndicatorCatalog;
import org.aiecosim.observation.Unit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.XYPlot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.YearMonth;
import java.util.List;

/**
 * Simulated against observed: the simulated indicator (mean and 95% band over replications) with the
 * observed target drawn on top — a box (period × value ± tolerance) for a level, or the observed trend
 * (with its tolerance) started from the simulated value for a growth or slope.
 */
public final class FitCharts {

    /** How a target is drawn. */
    public enum Shape { LEVEL, LOG10_GROWTH, SLOPE, NONE }

    /**
     * An observed target to draw.
     *
     * @param calibration true for a fitted target (green), false for a validation pattern (orange)
     */
    public record Mark(String id, String indicator, Shape shape, YearMonth from, YearMonth to, double value,
                       double tolerance, boolean calibration, boolean met, String source) {}

    private static final Color CALIBRATION = new Color(0x009E73);
    private static final Color VALIDATION = new Color(0xE69F00);

    private FitCharts() {}

    public static JFreeChart chart(EnsembleStatistics stats, Mark mark) {
        Charts.Line line = new Charts.Line("simulated " + mark.indicator(), stats.series(mark.indicator()), ReportColours.region(0),
                false, true, 1.0);
        // Values are plotted as stored (shares as fractions), so the axis names the stored unit.
        Unit unit = IndicatorCatalog.unitOf(mark.indicator());
        String axis = unit == null ? mark.indicator() : mark.indicator() + " (" + unit.label() + ")";
        XYPlot plot = Charts.bandPlot(List.of(line), stats, Charts.valueAxis(axis, false));
        Color colour = mark.calibration() ? CALIBRATION : VALIDATION;
        double x0 = Charts.x(mark.from()), x1 = Charts.x(mark.to());
        // The observed box or trend lines must be on the chart even when the simulation is far from them.
        double[] drawn = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        if (x1 <= x0) {
            // a single month: draw half a month either side so the box is visible
            double half = (Charts.x(mark.from().plusMonths(1)) - x0) / 2;
            x0 -= half;
            x1 += half;
        }
        switch (mark.shape()) {
            case LEVEL -> {
                plot.addAnnotation(new XYBoxAnnotation(x0, mark.value() - mark.tolerance(), x1, mark.value() + mark.tolerance(),
                        new BasicStroke(2f), colour, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 60)));
                include(drawn, mark.value() - mark.tolerance());
                include(drawn, mark.value() + mark.tolerance());
            }
            case LOG10_GROWTH, SLOPE -> {
                int start = (int) stats.start().until(mark.from(), java.time.temporal.ChronoUnit.MONTHS);
                int end = Math.min(stats.months() - 1, (int) stats.start().until(mark.to(), java.time.temporal.ChronoUnit.MONTHS));
                // The observed trend is drawn through the centre of the simulated series over the period,
                // so its slope can be compared with the simulated one by eye.
                double sx = 0, sy = 0;
                int n = 0;
                for (int m = Math.max(0, start); m <= end; m++) {
                    double y = stats.at(mark.indicator(), m).mean();
                    if (!Double.isNaN(y)) {
                        sx += m;
                        sy += y;
                        n++;
                    }
                }
                if (n > 0 && end > start) {
                    double cx = sx / n, cy = sy / n;
                    double[] perYear = mark.shape() == Shape.SLOPE
                            ? new double[] {mark.value(), mark.value() - mark.tolerance(), mark.value() + mark.tolerance()}
                            : new double[] {Math.log10(mark.value()), Math.log10(Math.max(1e-9, mark.value() - mark.tolerance())),
                            Math.log10(mark.value() + mark.tolerance())};
                    for (int i = 0; i < 3; i++) {
                        BasicStroke stroke = i == 0 ? new BasicStroke(2.5f)
                                : new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f);
                        double perMonth = perYear[i] / 12.0;
                        plot.addAnnotation(new XYLineAnnotation(Charts.x(stats.monthAt(start)), cy + perMonth * (start - cx),
                                Charts.x(stats.monthAt(end)), cy + perMonth * (end - cx), stroke, colour));
                        include(drawn, cy + perMonth * (start - cx));
                        include(drawn, cy + perMonth * (end - cx));
                    }
                }
            }
            case NONE -> { }
        }
        if (drawn[0] <= drawn[1]) {
            org.jfree.data.Range data = plot.getDataRange(plot.getRangeAxis());
            double lo = data == null ? drawn[0] : Math.min(data.getLowerBound(), drawn[0]);
            double hi = data == null ? drawn[1] : Math.max(data.getUpperBound(), drawn[1]);
            double pad = Math.max(1e-12, 0.05 * (hi - lo));
            plot.getRangeAxis().setRange(lo - pad, hi + pad);
        }
        String what = switch (mark.shape()) {
            case LEVEL -> "box: observed value ± tolerance over the target period";
            case LOG10_GROWTH, SLOPE -> "solid: observed trend through the simulated centre, dashed: ± tolerance";
            case NONE -> "the target is a ratio of two periods; see the table";
        };
        String title = mark.id() + (mark.calibration() ? " (calibration)" : " (validation)") + (mark.met() ? ": met" : ": missed");
        return Charts.chart(title, "Simulated mean with 95% band; " + what, plot);
    }

    private static void include(double[] range, double v) {
        if (!Double.isFinite(v)) return;
        range[0] = Math.min(range[0], v);
        range[1] = Math.max(range[1], v);
    }

    /** Writes the charts (by file name) into the existing folder {@code dir}, several at once; the same bytes as one by one. */
    public static void writeAll(java.nio.file.Path dir, java.util.Map<String, JFreeChart> charts, int width, int height)
            throws java.io.IOException {
        java.util.List<PngFiles.Png> pngs = new java.util.ArrayList<>();
        charts.forEach((name, chart) -> pngs.add(new PngFiles.Png(dir.resolve(name), chart, width, height)));
        PngFiles.writeAll(pngs);
    }
}
