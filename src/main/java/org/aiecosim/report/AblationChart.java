package org.aiecosim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/**
 * Dot-and-whisker chart of an ablation study for one outcome: one row per mechanism switched off (and
 * all of them), the dot at the difference from the full model, the whisker its 95% confidence
 * interval, and a line at zero. Rows whose interval excludes zero are drawn in colour.
 */
public final class AblationChart {
    public static final int WIDTH = 900;
    /** Height of a chart with {@code rows} rows. */
    public static int height(int rows) { return 170 + 34 * Math.max(rows, 3); }

    /** One row: a mechanism, its difference and interval (NaN ends draw no whisker). */
    public record Row(String label, double difference, double low, double high) {
        boolean detectable() { return !Double.isNaN(low) && !Double.isNaN(high) && (low > 0 || high < 0); }
    }

    private static final Color DETECTED = new Color(0xD95F02);
    private static final Color NOT_DETECTED = new Color(0x777777);

    private AblationChart() {}

    /** The chart: {@code title}, {@code xLabel} the difference's unit; values are drawn times {@code scale}. */
    public static JFreeChart chart(String title, String subtitle, String xLabel, List<Row> rows, double scale) {
        XIntervalSeries yes = new XIntervalSeries("95% CI excludes 0 (detectable)", false, true);
        XIntervalSeries no = new XIntervalSeries("95% CI includes 0", false, true);
        String[] labels = new String[rows.size()];
        double min = 0, max = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            labels[i] = r.label();
            if (Double.isNaN(r.difference())) continue;
            double d = r.difference() * scale;
            double lo = Double.isNaN(r.low()) ? d : r.low() * scale;
            double hi = Double.isNaN(r.high()) ? d : r.high() * scale;
            (r.detectable() ? yes : no).add(d, lo, hi, i);
            min = Math.min(min, lo);
            max = Math.max(max, hi);
        }
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        data.addSeries(yes);
        data.addSeries(no);
        NumberAxis x = new NumberAxis(xLabel);
        x.setLabelFont(Charts.LABEL_FONT);
        x.setTickLabelFont(Charts.TICK_FONT);
        double pad = Math.max(1e-9, (max - min) * 0.06);
        x.setRange(min - pad, max + pad);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setTickLabelFont(Charts.LABEL_FONT);
        y.setRange(-0.6, rows.size() - 0.4);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setErrorPaint(null);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(8);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        Ellipse2D dot = new Ellipse2D.Double(-5, -5, 10, 10);
        renderer.setSeriesShape(0, dot);
        renderer.setSeriesShape(1, dot);
        renderer.setSeriesPaint(0, DETECTED);
        renderer.setSeriesPaint(1, NOT_DETECTED);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Charts.stylePlot(plot);
        plot.setRangeGridlinesVisible(true);
        ValueMarker zero = new ValueMarker(0, Color.BLACK, new BasicStroke(1.2f));
        plot.addDomainMarker(zero);
        return Charts.chart(title, subtitle, plot);
    }
}
