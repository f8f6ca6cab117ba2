package org.aiecosim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The mu*–sigma plot of a Morris screening (Morris 1991; Campolongo, Cariboni and Saltelli 2007): each
 * parameter a point at (mu*, sigma), labelled, with its mu* interval as a horizontal line. The rays
 * sigma/mu* = 0.1, 0.5 and 1 are the usual reading guide: near the horizontal axis an effect is
 * (almost) linear and additive, above the ray 1 it is non-linear or interacting, or changes sign.
 * Left of the shaded replication-noise band, a parameter's mu* is what noise alone would give.
 */
public final class MorrisChart {
    /** The rays drawn as a reading guide. */
    static final double[] RAYS = {0.1, 0.5, 1.0};

    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private MorrisChart() {}

    /**
     * The plot for one outcome.
     *
     * @param outcome  the outcome's name, for the title
     * @param factors  parameter names
     * @param muStar   mu* per parameter
     * @param low      lower end of mu*'s interval (NaN: none)
     * @param high     upper end of mu*'s interval (NaN: none)
     * @param sigma    sigma per parameter
     * @param noise    mu* of a parameter without effect, from replication noise (NaN: not known)
     * @param valueLabel axis label of mu* and sigma, with unit
     */
    public static JFreeChart chart(String outcome, List<String> factors, double[] muStar, double[] low, double[] high,
                                   double[] sigma, double noise, String valueLabel) {
        int k = factors.size();
        if (muStar.length != k || low.length != k || high.length != k || sigma.length != k) {
            throw new IllegalArgumentException("mu*, its interval and sigma need one value for each of " + k + " factors");
        }
        XYSeries points = new XYSeries("parameters", false, true);
        double xMax = Double.isFinite(noise) ? noise : 0, yMax = 0;
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(muStar[i]) || !Double.isFinite(sigma[i])) continue;
            points.add(muStar[i], sigma[i]);
            xMax = Math.max(xMax, Double.isFinite(high[i]) ? Math.max(high[i], muStar[i]) : muStar[i]);
            yMax = Math.max(yMax, sigma[i]);
        }
        if (points.getItemCount() == 0) throw new IllegalArgumentException("no defined mu* and sigma for " + outcome);
        xMax = xMax > 0 ? xMax * 1.12 : 1;
        yMax = yMax > 0 ? yMax * 1.12 : 1;

        XYSeriesCollection data = new XYSeriesCollection(points);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ReportColours.region(0));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        NumberAxis x = Charts.valueAxis("mu*: " + valueLabel, true);
        x.setRange(0, xMax);
        NumberAxis y = Charts.valueAxis("sigma: " + valueLabel, true);
        y.setRange(0, yMax);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Charts.stylePlot(plot);

        Color guide = new Color(0x888888);
        BasicStroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0);
        for (double ray : RAYS) {
            double xEnd = Math.min(xMax, yMax / ray);
            plot.addAnnotation(new XYLineAnnotation(0, 0, xEnd, ray * xEnd, dashed, guide));
        }
        if (Double.isFinite(noise) && noise > 0) {
            IntervalMarker band = new IntervalMarker(0, noise, new Color(0xEEEEEE));
            plot.addDomainMarker(band, Layer.BACKGROUND);
            ValueMarker line = new ValueMarker(noise, new Color(0x555555), new BasicStroke(1.5f));
            line.setLabel("replication noise");
            line.setLabelFont(Charts.TICK_FONT);
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(line);
        }
        Color ci = new Color(ReportColours.region(0).getRed(), ReportColours.region(0).getGreen(), ReportColours.region(0).getBlue(), 110);
        for (int i = 0; i < k; i++) {
            if (Double.isFinite(low[i]) && Double.isFinite(high[i]) && Double.isFinite(sigma[i])) {
                plot.addAnnotation(new XYLineAnnotation(low[i], sigma[i], high[i], sigma[i], new BasicStroke(1.3f), ci));
            }
        }
        String sub = "Each point a parameter; horizontal lines: 95% bootstrap interval of mu*; dashed: sigma/mu* = 0.1, 0.5, 1"
                + (Double.isFinite(noise) ? "; grey: within replication noise" : "");
        JFreeChart chart = Charts.chart("mu* and sigma of " + outcome, sub, plot);
        chart.removeLegend();
        // Labels are placed in pixels of the data area, which the axes (fixed ranges) decide; annotations do not move it.
        Rectangle2D area = dataArea(chart);
        for (XYTextAnnotation t : rayLabels(xMax, yMax, area)) {
            t.setPaint(guide);
            plot.addAnnotation(t);
        }
        for (XYTextAnnotation label : labels(factors, muStar, sigma, xMax, yMax, area)) plot.addAnnotation(label);
        return chart;
    }

    /** The data area of {@code chart} drawn at the size of the study charts. */
    private static Rectangle2D dataArea(JFreeChart chart) {
        BufferedImage image = new BufferedImage(SweepCharts.WIDTH, SweepCharts.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, SweepCharts.WIDTH, SweepCharts.HEIGHT), info);
            return info.getPlotInfo().getDataArea();
        } finally {
            g.dispose();
        }
    }

    /**
     * A label per point, in order of mu* (largest first), at the first of eight places next to the
     * point where it overlaps no earlier label and no point and stays inside the data area
     * ({@code area}, pixels); a point with no free place gets its rank (1 = largest mu*, the rank of
     * the report's table) instead of its name.
     */
    static List<XYTextAnnotation> labels(List<String> factors, double[] muStar, double[] sigma, double xMax, double yMax,
                                         Rectangle2D area) {
        double areaWidth = area.getWidth(), areaHeight = area.getHeight();
        double px = areaWidth / xMax, py = areaHeight / yMax;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        FontMetrics metrics = g.getFontMetrics(LABEL);
        g.dispose();
        double h = metrics.getAscent() + metrics.getDescent();
        List<Integer> order = rankOrder(muStar);
        List<Rectangle2D> taken = new ArrayList<>();
        for (int i = 0; i < muStar.length; i++) {
            if (Double.isFinite(muStar[i]) && Double.isFinite(sigma[i])) {
                taken.add(new Rectangle2D.Double(muStar[i] * px - 5, sigma[i] * py - 5, 10, 10));
            }
        }
        // Offsets of the label's anchor from the point, in pixels (y up), with the anchor to use: close to the point only.
        double[][] places = {{8, 0}, {-8, 0}, {0, 7}, {0, -7}, {6, 6}, {6, -6}, {-6, 6}, {-6, -6}};
        TextAnchor[] anchors = {TextAnchor.CENTER_LEFT, TextAnchor.CENTER_RIGHT, TextAnchor.BOTTOM_CENTER, TextAnchor.TOP_CENTER,
            TextAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT};
        List<XYTextAnnotation> out = new ArrayList<>();
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            if (!Double.isFinite(muStar[i]) || !Double.isFinite(sigma[i])) continue;
            double cx = muStar[i] * px, cy = sigma[i] * py;
            XYTextAnnotation placed = null;
            // The name where it fits, else the rank where it fits, else the rank to the right regardless.
            for (String text : List.of(factors.get(i), Integer.toString(rank + 1))) {
                double w = metrics.stringWidth(text);
                for (int p = 0; p < places.length && placed == null; p++) {
                    Rectangle2D box = box(anchors[p], cx + places[p][0], cy + places[p][1], w, h);
                    if (box.getMinX() < 0 || box.getMaxX() > areaWidth || box.getMinY() < 0 || box.getMaxY() > areaHeight) continue;
                    if (taken.stream().anyMatch(box::intersects)) continue;
                    taken.add(box);
                    placed = text(text, (cx + places[p][0]) / px, (cy + places[p][1]) / py, anchors[p]);
                }
                if (placed != null) break;
            }
            if (placed == null) placed = text(Integer.toString(rank + 1), (cx + 8) / px, cy / py, TextAnchor.CENTER_LEFT);
            out.add(placed);
        }
        return out;
    }

    /**
     * The label of each reading line σ/μ* = r, placed wholly inside the data area ({@code area},
     * pixels) and clear of its line: just below and to the right of a point on the line (the line
     * rises to the right, so that box lies under it), tried from 85% of the line's length inwards;
     * where no such place fits, just above and to the left.
     */
    static List<XYTextAnnotation> rayLabels(double xMax, double yMax, Rectangle2D area) {
        double px = area.getWidth() / xMax, py = area.getHeight() / yMax;
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        FontMetrics metrics = g.getFontMetrics(Charts.TICK_FONT);
        g.dispose();
        double h = metrics.getAscent() + metrics.getDescent();
        List<XYTextAnnotation> out = new ArrayList<>();
        for (double ray : RAYS) {
            String text = "\u03c3/\u03bc* = " + (ray == 1 ? "1" : Double.toString(ray));
            double w = metrics.stringWidth(text);
            double xEnd = Math.min(xMax, yMax / ray);
            XYTextAnnotation placed = null;
            for (double f = 0.85; f > 0.05 && placed == null; f -= 0.05) {
                double cx = f * xEnd * px, cy = f * ray * xEnd * py;
                // below-right of the point (a gap of 3 px), then above-left
                double[][] tries = {{cx + 3, cy - 3}, {cx - 3, cy + 3}};
                TextAnchor[] anchors = {TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_RIGHT};
                for (int k = 0; k < 2 && placed == null; k++) {
                    Rectangle2D b = box(anchors[k], tries[k][0], tries[k][1], w, h);
                    if (b.getMinX() < 0 || b.getMaxX() > area.getWidth() || b.getMinY() < 0 || b.getMaxY() > area.getHeight()) continue;
                    placed = new XYTextAnnotation(text, tries[k][0] / px, tries[k][1] / py);
                    placed.setTextAnchor(anchors[k]);
                }
            }
            if (placed == null) continue; // a plot too small for any label: the subtitle names the lines
            placed.setFont(Charts.TICK_FONT);
            out.add(placed);
        }
        return out;
    }

    /** Indices of {@code values} from largest to smallest (NaN last); ties keep their order. */
    public static List<Integer> rankOrder(double[] values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.length; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> Double.isNaN(values[i]) ? Double.NEGATIVE_INFINITY : values[i]).reversed());
        return order;
    }

    // The box (pixels, y up) a text of w x h occupies when its anchor is at (ax, ay).
    private static Rectangle2D box(TextAnchor a, double ax, double ay, double w, double h) {
        double left = a.isLeft() ? ax : a.isRight() ? ax - w : ax - w / 2;
        double bottom = a.isBottom() ? ay : a.isTop() ? ay - h : ay - h / 2;
        return new Rectangle2D.Double(left, bottom, w, h);
    }

    private static XYTextAnnotation text(String s, double x, double y, TextAnchor anchor) {
        XYTextAnnotation t = new XYTextAnnotation(s, x, y);
        t.setFont(LABEL);
        t.setPaint(Color.DARK_GRAY);
        t.setTextAnchor(anchor);
        return t;
    }
}
