package org.aiecosim.report;

import org.aiecosim.stats.MeanEstimate;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a parameter sweep or sensitivity analysis, in the look of the run charts: an outcome
 * against one parameter, a heat map over two, small multiples over several, and tornado charts
 * of sensitivity indices.
 *
 * <p>When parameters other than the charted ones vary too, points with the same charted value(s)
 * are averaged over the others (see {@link SweepGroups}): a lone point keeps its own 95% interval
 * over replications; an average of several points gets the t interval over their means. A
 * sampled design, with more than {@value SweepGroups#MAX_DISTINCT} distinct values of a parameter,
 * is binned into {@value SweepGroups#BINS} equal-width bins.
 */
public final class SweepCharts {

    /** Size of a single chart in pixels (as the run charts). */
    public static final int WIDTH = ChartRenderer.WIDTH;
    /** Height of a single chart in pixels. */
    public static final int HEIGHT = ChartRenderer.HEIGHT;
    /** Size of one panel of {@link #smallMultiples}. */
    public static final int PANEL_WIDTH = 440;
    /** Height of one panel of {@link #smallMultiples}. */
    public static final int PANEL_HEIGHT = 320;

    /**
     * One set of bars of a tornado chart: a value per factor with the ends of its interval
     * (NaN: no error bar), e.g. Morris μ*, or Sobol S1 and, as a second set, ST.
     */
    public record Bars(String label, double[] values, double[] low, double[] high) {

        /** Checks that the arrays have equal length. */
        public Bars {
            if (low.length != values.length || high.length != values.length) {
                throw new IllegalArgumentException(label + ": values, low and high differ in length");
            }
        }
    }

    private final List<String> parameters;
    private final List<SweepPointSummary> points;
    private final Map<String, String> indicators;

    /** Charts of {@code points}, whose parameter values are those of {@code parameters} in order. */
    public SweepCharts(List<String> parameters, List<SweepPointSummary> points) {
        this(parameters, points, Map.of());
    }

    /**
     * As {@link #SweepCharts(List, List)}, with the indicator of each outcome by outcome name, so
     * values are shown in the indicator's unit (shares in %) and shares get bounded intervals.
     */
    public SweepCharts(List<String> parameters, List<SweepPointSummary> points, Map<String, String> indicators) {
        for (SweepPointSummary p : points) {
            if (p.parameterValues().length != parameters.size()) {
                throw new IllegalArgumentException("a point has " + p.parameterValues().length + " parameter values, expected "
                        + parameters.size() + " " + parameters);
            }
        }
        this.parameters = List.copyOf(parameters);
        this.points = List.copyOf(points);
        this.indicators = Map.copyOf(indicators);
    }

    /** The indicator of {@code outcome} (its own name when not given, as an outcome may be named by its indicator). */
    private String indicator(String outcome) {
        return indicators.getOrDefault(outcome, outcome);
    }

    /** {@code v} (stored unit) in the shown unit of {@code outcome}'s indicator. */
    private double shown(String outcome, double v) {
        return HumanUnits.shown(indicator(outcome), v);
    }

    /** The axis label of {@code outcome}: its name and the shown unit, e.g. {@code open share (% of adopters)}. */
    private String axisLabel(String outcome) {
        String unit = HumanUnits.unit(indicator(outcome));
        return unit.isEmpty() ? outcome : outcome + " (" + unit + ")";
    }

    /**
     * Mean of {@code outcome} against {@code parameter} (sorted by it) over all runs at each value,
     * shaded with the 95% confidence interval of that mean: pooled over the replications and the
     * settings of the other parameters, bootstrap percentile for a share (so it stays in 0–100%),
     * t otherwise. With exactly one other parameter on a grid of up to {@value #MAX_LEVEL_LINES}
     * levels, each of its levels is also drawn as a thin line, so its effect shows as the spread
     * of the lines rather than as a band.
     */
    public JFreeChart outcomeVsParameter(String parameter, String outcome) {
        List<SweepGroups.Group> groups = SweepGroups.of(column(parameter));
        boolean categories = hasSentinel(groups);
        boolean bounded = EnsembleStatistics.bounded(indicator(outcome));
        YIntervalSeries series = new YIntervalSeries("mean over all runs, 95% CI shaded");
        int runs = 0;
        boolean bootstrap = false;
        for (int i = 0; i < groups.size(); i++) {
            SweepGroups.Group g = groups.get(i);
            SweepGroups.Band b = SweepGroups.band(g, points, outcome, bounded);
            if (Double.isNaN(b.mean())) continue;
            boolean band = !Double.isNaN(b.low());
            runs = Math.max(runs, b.n());
            bootstrap |= b.bootstrap();
            double m = shown(outcome, b.mean());
            series.add(categories ? i : g.x(), m, band ? shown(outcome, b.low()) : m, band ? shown(outcome, b.high()) : m);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.22f);
        Color c = ReportColours.region(0);
        renderer.setSeriesPaint(0, c);
        renderer.setSeriesFillPaint(0, c);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesStroke(0, new java.awt.BasicStroke(2.2f));
        XYPlot plot = new XYPlot(data, categories ? symbolAxis(parameter, groups) : parameterAxis(parameter),
                Charts.valueAxis(axisLabel(outcome), false), renderer);
        Charts.stylePlot(plot);
        String other = levelLines(plot, parameter, outcome, groups, categories);
        String note = groupingNote(parameter, groups, other, runs, bootstrap) + (categories
                ? "; values evenly spaced, not to scale: the largest is a sentinel (e.g. no limit)" : "");
        JFreeChart chart = Charts.chart(outcome + " vs " + parameter, note, plot);
        if (other == null) chart.removeLegend();
        return chart;
    }

    /** Most levels of the other parameter drawn as lines of their own. */
    static final int MAX_LEVEL_LINES = 8;

    /**
     * Adds a thin line per level of the one other parameter (mean over that point's replications)
     * and returns that parameter's name, or null when there is no such single, gridded parameter.
     */
    private String levelLines(XYPlot plot, String parameter, String outcome, List<SweepGroups.Group> groups, boolean categories) {
        if (parameters.size() != 2 || groups.stream().anyMatch(SweepGroups.Group::binned)) return null;
        String other = parameters.get(0).equals(parameter) ? parameters.get(1) : parameters.get(0);
        List<SweepGroups.Group> levels = SweepGroups.of(column(other));
        if (levels.size() < 2 || levels.size() > MAX_LEVEL_LINES || levels.stream().anyMatch(SweepGroups.Group::binned)) return null;
        XYSeriesCollection lines = new XYSeriesCollection();
        for (SweepGroups.Group level : levels) {
            XYSeries s = new XYSeries(other + " = " + level.label(), false, true);
            for (int i = 0; i < groups.size(); i++) {
                List<Integer> both = new ArrayList<>(groups.get(i).points());
                both.retainAll(level.points());
                if (both.isEmpty()) continue;
                MeanEstimate e = SweepGroups.estimate(new SweepGroups.Group(0, "", both, false), points, outcome);
                if (!Double.isNaN(e.mean())) s.add(categories ? i : groups.get(i).x(), shown(outcome, e.mean()));
            }
            lines.addSeries(s);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int k = 0; k < levels.size(); k++) {
            Color c = ReportColours.region(k + 1);
            r.setSeriesPaint(k, new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
            r.setSeriesStroke(k, new java.awt.BasicStroke(1.0f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND,
                    1f, new float[] {5f, 3f}, 0f));
            r.setSeriesShape(k, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, r);
        // the thin lines behind the mean and its band
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        return other;
    }

    /**
     * Mean of {@code outcome} on the grid of {@code p1} (horizontal) × {@code p2} (vertical)
     * values, with a colour scale; cells are evenly sized whatever the spacing of the values,
     * and on grids of up to 12 × 12 cells each shows its value. Cells without points stay grey.
     * A cell that no neighbour differs from detectably ({@link HeatMapNoise}) is marked with ≈, so
     * colour steps that are replication noise can be told apart from structure.
     */
    public JFreeChart heatMap(String p1, String p2, String outcome) {
        MeanEstimate[][] cells = cells(p1, p2, outcome);
        HeatMapNoise.Cell[][] noise = HeatMapNoise.classify(cells);
        double[][] z = new double[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            z[i] = new double[cells[i].length];
            for (int j = 0; j < z[i].length; j++) z[i][j] = cells[i][j] == null ? Double.NaN : shown(outcome, cells[i][j].mean());
        }
        int within = HeatMapNoise.count(noise, HeatMapNoise.Cell.WITHIN_NOISE);
        boolean compared = within + HeatMapNoise.count(noise, HeatMapNoise.Cell.DISTINCT) > 0;
        String marks = compared ? "; \u2248: no neighbouring cell differs detectably (Welch 95% CI of each difference includes 0)"
                : "; one replication per cell: no uncertainty to show";
        XYPlot plot = blockPlot(p1, p2, outcome, z, cellFormat(outcome, z));
        if (compared) {
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, cells.length <= 8 ? 16 : 12);
            for (int i = 0; i < cells.length; i++) {
                for (int j = 0; j < cells[i].length; j++) {
                    if (noise[i][j] != HeatMapNoise.Cell.WITHIN_NOISE) continue;
                    // in the top right corner of the cell, in the colour of the cell's text
                    XYTextAnnotation a = new XYTextAnnotation("\u2248", i + 0.44, j + 0.42);
                    a.setFont(font);
                    a.setTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
                    a.setPaint(textColour(plot, z[i][j]));
                    plot.addAnnotation(a);
                }
            }
        }
        return blockChart(outcome + " by " + p1 + " and " + p2, "Mean over replications"
                + (parameters.size() > 2 ? " and the other parameters" : "") + binnedNote(p1, p2) + marks, plot, axisLabel(outcome));
    }

    /**
     * The half-width of the 95% confidence interval of each cell's mean of {@code outcome} (over its
     * replications, or over its points when it holds several), on the grid of {@link #heatMap}: how
     * far each colour of the heat map can be trusted. Cells with one replication stay grey.
     */
    public JFreeChart heatMapHalfWidths(String p1, String p2, String outcome) {
        MeanEstimate[][] cells = cells(p1, p2, outcome);
        double[][] z = new double[cells.length][];
        boolean any = false;
        for (int i = 0; i < cells.length; i++) {
            z[i] = new double[cells[i].length];
            for (int j = 0; j < z[i].length; j++) {
                z[i][j] = cells[i][j] == null ? Double.NaN : shown(outcome, cells[i][j].halfWidth());
                any |= !Double.isNaN(z[i][j]);
            }
        }
        if (!any) throw new IllegalArgumentException("no confidence interval of " + outcome + ": one replication per cell");
        java.util.function.DoubleFunction<String> f = cellFormat(outcome, z);
        XYPlot plot = blockPlot(p1, p2, outcome, z, v -> "\u00b1" + f.apply(v));
        return blockChart("95% CI half-width of " + outcome,
                "Half-width of each cell's 95% confidence interval of the mean; compare with the spread of the means"
                        + binnedNote(p1, p2), plot, "\u00b1 " + axisLabel(outcome));
    }

    /**
     * How a heat map writes the values {@code z} (shown unit) of {@code outcome} into its cells: in
     * the indicator's human precision when it has a unit (shares in % with one decimal), else all
     * with the same number of decimals, three significant digits of the largest value.
     */
    private java.util.function.DoubleFunction<String> cellFormat(String outcome, double[][] z) {
        String indicator = indicator(outcome);
        if (!HumanUnits.unit(indicator).isEmpty()) return v -> HumanUnits.numberShown(indicator, v);
        double largest = 0;
        for (double[] column : z) for (double v : column) if (Double.isFinite(v)) largest = Math.max(largest, Math.abs(v));
        int decimals = largest == 0 ? 0 : Math.max(0, Math.min(6, 2 - (int) Math.floor(Math.log10(largest))));
        String pattern = "%,." + decimals + "f";
        return v -> String.format(java.util.Locale.ROOT, pattern, v);
    }

    /** Which cells of the heat map of {@code outcome} differ detectably from a neighbour ({@link HeatMapNoise}). */
    public HeatMapNoise.Cell[][] cellNoise(String p1, String p2, String outcome) {
        return HeatMapNoise.classify(cells(p1, p2, outcome));
    }

    /** The estimate of each cell [p1 group][p2 group]: null where no point falls. */
    private MeanEstimate[][] cells(String p1, String p2, String outcome) {
        List<SweepGroups.Group> gx = SweepGroups.of(column(p1));
        List<SweepGroups.Group> gy = SweepGroups.of(column(p2));
        MeanEstimate[][] cells = new MeanEstimate[gx.size()][gy.size()];
        for (int i = 0; i < gx.size(); i++) {
            for (int j = 0; j < gy.size(); j++) {
                List<Integer> both = new ArrayList<>(gx.get(i).points());
                both.retainAll(gy.get(j).points());
                if (!both.isEmpty()) cells[i][j] = SweepGroups.estimate(new SweepGroups.Group(0, "", both, false), points, outcome);
            }
        }
        return cells;
    }

    private String binnedNote(String p1, String p2) {
        boolean binned = SweepGroups.of(column(p1)).stream().anyMatch(SweepGroups.Group::binned)
                || SweepGroups.of(column(p2)).stream().anyMatch(SweepGroups.Group::binned);
        return binned ? "; sampled values binned, labelled by bin centre" : "";
    }

    /** Coloured cells of {@code z} [column][row] with their values written in on grids up to 12 × 12. */
    private XYPlot blockPlot(String p1, String p2, String outcome, double[][] z, java.util.function.DoubleFunction<String> label) {
        List<SweepGroups.Group> gx = SweepGroups.of(column(p1));
        List<SweepGroups.Group> gy = SweepGroups.of(column(p2));
        int nx = gx.size();
        int ny = gy.size();
        double[][] xyz = new double[3][nx * ny];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int k = i * ny + j;
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = z[i][j];
                if (!Double.isNaN(z[i][j])) {
                    min = Math.min(min, z[i][j]);
                    max = Math.max(max, z[i][j]);
                }
            }
        }
        if (min > max) throw new IllegalArgumentException("no defined value of " + outcome);
        if (min == max) {
            // one value everywhere: a scale around it (middle colour), as the legend's axis needs a positive length
            double pad = min == 0 ? 1 : Math.abs(min) * 0.01;
            min -= pad;
            max += pad;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(outcome, xyz);
        ColourScale scale = new ColourScale(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(1);
        renderer.setBlockHeight(1);
        XYPlot plot = new XYPlot(data, symbolAxis(p1, gx), symbolAxis(p2, gy), renderer);
        Charts.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (nx <= 12 && ny <= 12) {
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, nx <= 8 ? 13 : 11);
            for (int k = 0; k < xyz[2].length; k++) {
                double v = xyz[2][k];
                if (Double.isNaN(v)) continue;
                XYTextAnnotation a = new XYTextAnnotation(label.apply(v), xyz[0][k], xyz[1][k]);
                a.setFont(font);
                a.setPaint(ColourScale.light(scale.colour(v)) ? Color.BLACK : Color.WHITE);
                plot.addAnnotation(a);
            }
        }
        return plot;
    }

    private static Color textColour(XYPlot plot, double v) {
        ColourScale scale = (ColourScale) ((XYBlockRenderer) plot.getRenderer()).getPaintScale();
        return ColourScale.light(scale.colour(v)) ? Color.BLACK : Color.WHITE;
    }

    /** The chart of a {@link #blockPlot} with its colour scale on the right. */
    private static JFreeChart blockChart(String title, String subtitle, XYPlot plot, String scaleLabel) {
        JFreeChart chart = Charts.chart(title, subtitle, plot);
        chart.removeLegend();
        ColourScale scale = (ColourScale) ((XYBlockRenderer) plot.getRenderer()).getPaintScale();
        NumberAxis scaleAxis = new NumberAxis(scaleLabel);
        scaleAxis.setLabelFont(Charts.LABEL_FONT);
        scaleAxis.setTickLabelFont(Charts.TICK_FONT);
        double min = scale.getLowerBound(), max = scale.getUpperBound();
        scaleAxis.setRange(min, max > min ? max : min + 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(18);
        legend.setMargin(new RectangleInsets(40, 12, 40, 4));
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * One panel per parameter of {@code outcome} against it, on a common vertical scale so the
     * panels compare: each point's mean as a light dot and the group means (see the class comment)
     * as a line, composed into one image of up to three panels a row under a title.
     */
    public BufferedImage smallMultiples(List<String> parameterNames, String outcome) {
        List<JFreeChart> panels = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SweepPointSummary p : points) {
            double m = shown(outcome, p.outcome(outcome).mean());
            if (!Double.isNaN(m)) {
                min = Math.min(min, m);
                max = Math.max(max, m);
            }
        }
        if (min > max) throw new IllegalArgumentException("no defined value of " + outcome);
        double pad = max > min ? (max - min) * 0.05 : 1;
        for (String parameter : parameterNames) panels.add(panel(parameter, outcome, min - pad, max + pad));

        int columns = Math.min(3, panels.size());
        int rows = (panels.size() + columns - 1) / columns;
        int titleHeight = 64;
        BufferedImage image = new BufferedImage(columns * PANEL_WIDTH, titleHeight + rows * PANEL_HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(Charts.TITLE_FONT);
            g.drawString(outcome + " against each parameter", 16, 28);
            g.setFont(Charts.SUBTITLE_FONT);
            g.setColor(Color.DARK_GRAY);
            g.drawString("Dots: design points (mean over replications); line: mean over the other parameters. "
                    + "Same vertical scale in every panel.", 16, 50);
            for (int i = 0; i < panels.size(); i++) {
                panels.get(i).draw(g, new Rectangle2D.Double((i % columns) * PANEL_WIDTH,
                        titleHeight + (i / columns) * PANEL_HEIGHT, PANEL_WIDTH, PANEL_HEIGHT));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private JFreeChart panel(String parameter, String outcome, double yMin, double yMax) {
        double[] xs = column(parameter);
        XYSeries dots = new XYSeries("points", false, true);
        for (int i = 0; i < points.size(); i++) {
            double m = shown(outcome, points.get(i).outcome(outcome).mean());
            if (!Double.isNaN(m) && !Double.isNaN(xs[i])) dots.add(xs[i], m);
        }
        XYSeries means = new XYSeries("means", true, false);
        for (SweepGroups.Group g : SweepGroups.of(xs)) {
            double m = shown(outcome, SweepGroups.estimate(g, points, outcome).mean());
            if (!Double.isNaN(m)) means.add(g.x(), m);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(dots);
        data.addSeries(means);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        Color c = ReportColours.region(0);
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(0, new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
        renderer.setSeriesPaint(1, ReportColours.region(1));
        renderer.setSeriesStroke(1, new java.awt.BasicStroke(2.4f));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        NumberAxis y = Charts.valueAxis(axisLabel(outcome), false);
        y.setRange(yMin, yMax);
        XYPlot plot = new XYPlot(data, parameterAxis(parameter), y, renderer);
        Charts.stylePlot(plot);
        JFreeChart chart = new JFreeChart(parameter, Charts.LABEL_FONT.deriveFont(Font.BOLD), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        return chart;
    }

    /** A tornado chart of one set of bars, e.g. Morris μ* with its interval. */
    public static JFreeChart tornado(String outcome, List<String> factors, double[] values, double[] low, double[] high,
                                     String valueLabel) {
        return tornado(outcome, factors, List.of(new Bars(valueLabel, values, low, high)), valueLabel);
    }

    /**
     * A horizontal bar chart of sensitivity indices per factor with interval error bars, largest
     * at the top: factors are sorted by their largest value over {@code bars} (for Sobol S1 and
     * ST, by ST). Several sets of bars are drawn side by side, one colour each.
     */
    public static JFreeChart tornado(String outcome, List<String> factors, List<Bars> bars, String valueLabel) {
        return tornado(outcome, factors, bars, valueLabel, Double.NaN);
    }

    /**
     * As {@link #tornado(String, List, List, String)}, with a vertical line at {@code noise}, the
     * index a factor without any effect shows from replication noise alone (NaN: no line).
     */
    public static JFreeChart tornado(String outcome, List<String> factors, List<Bars> bars, String valueLabel, double noise) {
        for (Bars b : bars) {
            if (b.values().length != factors.size()) {
                throw new IllegalArgumentException(b.label() + " has " + b.values().length + " values for "
                        + factors.size() + " factors");
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> {
            double m = Double.NEGATIVE_INFINITY;
            for (Bars b : bars) if (!Double.isNaN(b.values()[i])) m = Math.max(m, b.values()[i]);
            return m;
        }).reversed());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[][] lo = new double[bars.size()][factors.size()];
        double[][] hi = new double[bars.size()][factors.size()];
        for (int s = 0; s < bars.size(); s++) {
            Bars b = bars.get(s);
            for (int k = 0; k < order.size(); k++) {
                int i = order.get(k);
                data.addValue(b.values()[i], b.label(), factors.get(i));
                lo[s][k] = b.low()[i];
                hi[s][k] = b.high()[i];
            }
        }
        ErrorBarRenderer renderer = new ErrorBarRenderer(lo, hi);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < bars.size(); s++) renderer.setSeriesPaint(s, ReportColours.region(s));
        CategoryAxis factorAxis = new CategoryAxis("");
        factorAxis.setTickLabelFont(Charts.LABEL_FONT);
        factorAxis.setCategoryMargin(bars.size() > 1 ? 0.3 : 0.2);
        NumberAxis valueAxis = Charts.valueAxis(valueLabel, true);
        // Auto range sees only the bar values; widen it so no error bar is cut off.
        double lowest = 0;
        double highest = 0;
        for (int s = 0; s < bars.size(); s++) {
            for (int k = 0; k < factors.size(); k++) {
                for (double v : new double[] {data.getValue(s, k).doubleValue(), lo[s][k], hi[s][k]}) {
                    if (Double.isFinite(v)) {
                        lowest = Math.min(lowest, v);
                        highest = Math.max(highest, v);
                    }
                }
            }
        }
        if (Double.isFinite(noise)) highest = Math.max(highest, noise);
        double margin = (highest - lowest) * 0.04;
        if (highest > lowest) valueAxis.setRange(lowest < 0 ? lowest - margin : 0, highest + margin);
        CategoryPlot plot = new CategoryPlot(data, factorAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Charts.GRID);
        plot.setRangeGridlinesVisible(true);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (Double.isFinite(noise) && noise > 0) {
            plot.addRangeMarker(new org.jfree.chart.plot.IntervalMarker(0, noise, new Color(0xEEEEEE)), org.jfree.chart.ui.Layer.BACKGROUND);
            org.jfree.chart.plot.ValueMarker line = new org.jfree.chart.plot.ValueMarker(noise, new Color(0x555555), new java.awt.BasicStroke(1.5f));
            line.setLabel("replication noise");
            line.setLabelFont(Charts.TICK_FONT);
            line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
            line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(line);
        }
        JFreeChart chart = Charts.chart("Sensitivity of " + outcome, "Factors sorted by " + valueLabel
                + ", largest first; error bars: 95% interval" + (Double.isFinite(noise) && noise > 0
                ? "; grey: below the replication-noise level" : ""), plot);
        if (bars.size() == 1) chart.removeLegend();
        return chart;
    }

    private double[] column(String parameter) {
        int i = parameters.indexOf(parameter);
        if (i < 0) throw new IllegalArgumentException("no parameter " + parameter + "; have " + parameters);
        double[] v = new double[points.size()];
        for (int k = 0; k < v.length; k++) v[k] = points.get(k).value(i);
        return v;
    }

    /** What the line, the band and the thin lines of {@link #outcomeVsParameter} are. */
    private String groupingNote(String parameter, List<SweepGroups.Group> groups, String other, int runs, boolean bootstrap) {
        boolean binned = groups.stream().anyMatch(SweepGroups.Group::binned);
        boolean averaged = groups.stream().anyMatch(g -> g.points().size() > 1);
        String ci = "shaded: 95% confidence interval of the mean" + (bootstrap ? " (bootstrap)" : "");
        if (binned) return "Mean over all runs in each of " + groups.size() + " bins of " + parameter + "; " + ci;
        if (!averaged) return "Mean over " + runs + " replications; " + ci;
        return "Thick line: mean over all " + runs + " runs at each value (replications × settings of the other "
                + (other == null ? "parameters" : "parameter") + "); " + ci
                + (other == null ? "" : "; thin lines: each value of " + other);
    }

    /**
     * Whether the largest of at least three values is a sentinel such as 1,000,000 for "no limit":
     * positive and more than ten times the next largest, so a linear axis would squeeze all the
     * others into one corner. Such an axis shows the values as evenly spaced categories.
     */
    static boolean hasSentinel(List<SweepGroups.Group> groups) {
        if (groups.size() < 3 || groups.stream().anyMatch(SweepGroups.Group::binned)) return false;
        double last = groups.get(groups.size() - 1).x(), next = groups.get(groups.size() - 2).x();
        return next > 0 && last > 10 * next;
    }

    private static NumberAxis parameterAxis(String label) {
        NumberAxis axis = Charts.valueAxis(label, false);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static SymbolAxis symbolAxis(String label, List<SweepGroups.Group> groups) {
        SymbolAxis axis = new SymbolAxis(label, groups.stream().map(SweepGroups.Group::label).toArray(String[]::new));
        axis.setLabelFont(Charts.LABEL_FONT);
        axis.setTickLabelFont(Charts.TICK_FONT);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, groups.size() - 0.5);
        return axis;
    }
}
