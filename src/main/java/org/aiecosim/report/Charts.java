package org.aiecosim.report;

import org.aiecosim.stats.MeanEstimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Building blocks of the report charts: month axes, mean lines with shaded 95% bands, stacked
 * areas and the common look (white background, readable fonts, legend at the bottom). The axes,
 * plot style and chart frame are public so the live charts of the GUI look like the reports.
 */
public final class Charts {

    /**
     * One mean line, with its confidence band unless {@code band} is false (then drawn thinner, for a
     * reference line on top of others). {@code scale} multiplies values (100 for percent).
     */
    record Line(String label, MeanEstimate[] series, Color colour, boolean dashed, boolean band, double scale) {
    }

    /** One layer of a stacked area. */
    record Layer(String label, MeanEstimate[] series, Color colour, double scale) {
    }

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Color GRID = new Color(0xDDDDDD);
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Charts() {
    }

    /** Axis position of a month: midnight UTC on its first day (UTC so charts do not depend on the host). */
    public static double x(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Horizontal axis of calendar months, spanning the whole run so all charts line up. */
    static DateAxis monthAxis(EnsembleStatistics stats) {
        return stats.months() >= 2 ? monthAxis(stats.start(), stats.monthAt(stats.months() - 1)) : monthAxis(null, null);
    }

    /** Horizontal axis of calendar months from {@code first} to {@code last} (both null: automatic range). */
    public static DateAxis monthAxis(YearMonth first, YearMonth last) {
        DateAxis axis = new DateAxis("Month", UTC, Locale.ROOT);
        axis.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, Locale.ROOT));
        if (first != null && last.isAfter(first)) axis.setRange(x(first), x(last));
        style(axis);
        return axis;
    }

    /** Vertical value axis with a label that names the unit. */
    public static NumberAxis valueAxis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includeZero);
        style(axis);
        return axis;
    }

    private static void style(Axis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
    }

    /**
     * A plot of mean lines with shaded 95% bands. Months where a mean is undefined leave a gap:
     * each run of defined months becomes its own series (only the first appears in the legend),
     * because the band polygon cannot span NaN. Where the interval is undefined (one replication)
     * the band collapses to the line.
     */
    static XYPlot bandPlot(List<Line> lines, EnsembleStatistics stats, NumberAxis yAxis) {
        return bandPlot(lines, java.util.Collections.nCopies(lines.size(), stats.start()), monthAxis(stats), yAxis);
    }

    /** As {@link #bandPlot(List, EnsembleStatistics, NumberAxis)} for lines that start in different months. */
    static XYPlot bandPlot(List<Line> lines, List<YearMonth> starts, DateAxis xAxis, NumberAxis yAxis) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.22f);
        int index = 0;
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            YearMonth start = starts.get(l);
            MeanEstimate[] s = line.series();
            int m = 0;
            int segment = 0;
            while (m < s.length || segment == 0) {
                while (m < s.length && Double.isNaN(s[m].mean())) m++;
                // An all-undefined line still gets an (empty) series so the legend lists it.
                if (m >= s.length && segment > 0) break;
                YIntervalSeries series = new YIntervalSeries(segment == 0 ? line.label() : line.label() + " #" + segment);
                int length = 0;
                for (; m < s.length && !Double.isNaN(s[m].mean()); m++, length++) {
                    MeanEstimate e = s[m];
                    double mean = e.mean() * line.scale();
                    boolean band = line.band() && !Double.isNaN(e.halfWidth());
                    series.add(x(start.plusMonths(m)), mean, band ? e.low() * line.scale() : mean,
                            band ? e.high() * line.scale() : mean);
                }
                data.addSeries(series);
                renderer.setSeriesPaint(index, line.colour());
                renderer.setSeriesFillPaint(index, line.colour());
                renderer.setSeriesStroke(index, stroke(line.dashed(), line.band() ? 2.2f : 1.3f));
                renderer.setSeriesVisibleInLegend(index, segment == 0);
                // A lone month has no line to draw; mark it with a dot instead.
                renderer.setSeriesShapesVisible(index, length == 1);
                renderer.setSeriesShape(index, new Ellipse2D.Double(-3, -3, 6, 6));
                index++;
                segment++;
            }
        }
        renderer.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        // Later lines on top (JFreeChart's default is the reverse), so a reference line added last stays visible.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        stylePlot(plot);
        return plot;
    }

    /**
     * A stacked area of mean values. Only months where every layer is defined are drawn, since a
     * stack with a missing layer would misstate the others.
     */
    static XYPlot stackedPlot(List<Layer> layers, EnsembleStatistics stats, NumberAxis yAxis) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        XYSeries[] series = new XYSeries[layers.size()];
        for (int i = 0; i < layers.size(); i++) series[i] = new XYSeries(layers.get(i).label(), true, false);
        for (int m = 0; m < stats.months(); m++) {
            boolean defined = true;
            for (Layer layer : layers) defined &= !Double.isNaN(layer.series()[m].mean());
            if (!defined) continue;
            for (int i = 0; i < layers.size(); i++) {
                series[i].add(x(stats.monthAt(m)), layers.get(i).series()[m].mean() * layers.get(i).scale());
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            data.addSeries(series[i]);
            renderer.setSeriesPaint(i, layers.get(i).colour());
        }
        // Square legend keys: the default area-shaped key is tiny and reads as a glyph.
        renderer.setLegendArea(new Rectangle2D.Double(-6, -6, 12, 12));
        renderer.setOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        XYPlot plot = new XYPlot(data, monthAxis(stats), yAxis, renderer);
        stylePlot(plot);
        return plot;
    }

    /** White background, light grid, grey outline. */
    public static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** Wraps {@code plot} in a chart with title, subtitle and a legend below the plot. */
    public static JFreeChart chart(String title, String subtitle, Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (subtitle != null) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LABEL_FONT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        return chart;
    }

    private static Stroke stroke(boolean dashed, float width) {
        return dashed
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
