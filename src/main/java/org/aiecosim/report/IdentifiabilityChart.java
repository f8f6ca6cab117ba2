package org.aiecosim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Where each start of a multi-start calibration landed: one row per fitted parameter, its bounds
 * scaled to 0–1, a dot per start (filled: an equally good distance; grey ring: a worse one) and the
 * best fit as a diamond. Rows whose filled dots lie far apart are parameters the targets do not pin
 * down; those rows are shaded.
 */
public final class IdentifiabilityChart {
    public static final int WIDTH = 1000;
    /** Height for {@code rows} parameters. */
    public static int height(int rows) { return 200 + 40 * Math.max(rows, 3); }

    /**
     * One parameter.
     *
     * @param position each start's fitted value as a share of the bounds (0 lower, 1 upper)
     * @param best     the best fit's position
     * @param pinned   false: shaded as not pinned down
     */
    public record Row(String label, double[] position, double best, boolean pinned) {}

    private static final Color GOOD = new Color(0x1B9E77);
    private static final Color WORSE = new Color(0x999999);
    private static final Color BEST = new Color(0xD95F02);
    private static final Color LOOSE = new Color(255, 200, 120, 70);

    private IdentifiabilityChart() {}

    /** The chart; {@code good[s]} says whether start {@code s} reached an equally good distance. */
    public static JFreeChart chart(String subtitle, List<Row> rows, boolean[] good) {
        XYSeries goodDots = new XYSeries("start with an equally good distance", false, true);
        XYSeries worseDots = new XYSeries("start that ended worse", false, true);
        XYSeries bestDots = new XYSeries("best fit", false, true);
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            labels[i] = r.label();
            for (int s = 0; s < r.position().length; s++) (good[s] ? goodDots : worseDots).add(r.position()[s], i);
            bestDots.add(r.best(), i);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(worseDots);
        data.addSeries(goodDots);
        data.addSeries(bestDots);
        NumberAxis x = new NumberAxis("position within the calibration bounds (0 = min, 1 = max)");
        x.setLabelFont(Charts.LABEL_FONT);
        x.setTickLabelFont(Charts.TICK_FONT);
        x.setRange(-0.03, 1.03);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setTickLabelFont(Charts.LABEL_FONT);
        y.setRange(-0.6, rows.size() - 0.4);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setSeriesShapesFilled(0, false);
        renderer.setSeriesPaint(0, WORSE);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setSeriesPaint(1, GOOD);
        renderer.setSeriesShape(2, diamond(9));
        renderer.setSeriesPaint(2, BEST);
        renderer.setUseOutlinePaint(false);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setDrawOutlines(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Charts.stylePlot(plot);
        plot.setRangeGridlinesVisible(true);
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).pinned()) plot.addRangeMarker(new IntervalMarker(i - 0.45, i + 0.45, LOOSE));
        }
        return Charts.chart("Where each start of the fit landed", subtitle, plot);
    }

    private static java.awt.Shape diamond(double r) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}
