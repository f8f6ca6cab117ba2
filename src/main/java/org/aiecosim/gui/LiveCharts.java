package org.aiecosim.gui;

import org.aiecosim.report.Charts;
import org.aiecosim.report.ReportColours;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.swing.JPanel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Six JFreeChart 1.5 line charts that grow month by month as the run advances: capability per
 * region, best open vs best closed, adoption shares, open-release share per region, compute share
 * per region and adoption by model origin. Styled like the report charts ({@link Charts}); the month
 * axis spans the whole run so the lines fill it as time passes. Swing thread only.
 */
final class LiveCharts {
    private record Line(String indicator, String label, Color colour, boolean dashed, double scale, XYSeries series) {}

    /** Shown in each chart while it has no point: before Play, and just after a new run starts. */
    static final String EMPTY_HINT = "Press Play \u25B6 to start: the chart fills month by month";
    private static final Color HINT_COLOUR = new Color(0x555555);

    private final JPanel panel = new JPanel(new GridLayout(2, 3, 4, 4));
    private final List<Line> lines = new ArrayList<>();
    private final List<JFreeChart> charts = new ArrayList<>();

    JPanel panel() { return panel; }

    /** Charts drawn so far (for tests). */
    List<JFreeChart> charts() { return charts; }

    /** Number of points drawn over all lines. */
    int points() { return lines.stream().mapToInt(l -> l.series().getItemCount()).sum(); }

    /** Rebuilds the charts, empty (each showing {@link #EMPTY_HINT}), for a run with these regions and months. */
    void reset(Snapshot s) {
        panel.removeAll();
        lines.clear();
        charts.clear();
        List<String> regions = s.regions();
        List<Line> c1 = new ArrayList<>(), c2 = new ArrayList<>(), c3 = new ArrayList<>(), c4 = new ArrayList<>(), c5 = new ArrayList<>(), c6 = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) c1.add(line("capability.region." + regions.get(r), regions.get(r), ReportColours.region(r), false, 1));
        c2.add(line("capability.open", "Best open", ReportColours.OPEN, false, 1));
        c2.add(line("capability.closed", "Best closed", ReportColours.CLOSED, false, 1));
        c2.add(line("capability.frontier", "Frontier", ReportColours.FRONTIER, true, 1));
        c3.add(line("adoption.open", "Open (of adopters)", ReportColours.OPEN, false, 100));
        c3.add(line("adoption.closed", "Closed (of adopters)", ReportColours.CLOSED, false, 100));
        c3.add(line("adoption.adopted", "Developers adopting", ReportColours.AGGREGATE, true, 100));
        for (int r = 0; r < regions.size(); r++) {
            String name = regions.get(r);
            Color colour = ReportColours.region(r);
            c4.add(line("releases.openShare.region." + name, name, colour, false, 100));
            c5.add(line("compute.share." + name, name, colour, false, 100));
            c6.add(line("adoption.origin." + name, name, colour, false, 100));
        }
        add(s, "Capability by region", "best model per region", "Capability (points)", false, c1);
        add(s, "Best open vs best closed", "frontier dashed", "Capability (points)", false, c2);
        add(s, "Adoption", "shares of adopters; dashed: of all developers", "Share (%)", true, c3);
        add(s, "Open-release share", "trailing 12 months, per region", "Open releases (%)", true, c4);
        add(s, "Compute share", "share of world AI compute", "Share (%)", true, c5);
        add(s, "Adoption by model origin", "share of adopters on models from each region", "Share (%)", true, c6);
        panel.revalidate();
        panel.repaint();
    }

    /** Appends the snapshot's rows to the lines (months with an undefined value leave no point). */
    void append(Snapshot s) {
        for (JFreeChart c : charts) c.setNotify(false);
        for (int r = 0; r < s.rows().length; r++) {
            double x = Charts.x(s.start().plusMonths(s.firstRow() + r));
            for (Line l : lines) {
                double v = s.value(r, l.indicator());
                if (!Double.isNaN(v)) l.series().add(x, v * l.scale(), false);
            }
        }
        for (Line l : lines) l.series().fireSeriesChanged();
        for (JFreeChart c : charts) c.setNotify(true);
    }

    private Line line(String indicator, String label, Color colour, boolean dashed, double scale) {
        Line l = new Line(indicator, label, colour, dashed, scale, new XYSeries(label, true, false));
        lines.add(l);
        return l;
    }

    private void add(Snapshot s, String title, String subtitle, String yLabel, boolean includeZero, List<Line> chartLines) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < chartLines.size(); i++) {
            Line l = chartLines.get(i);
            data.addSeries(l.series());
            renderer.setSeriesPaint(i, l.colour());
            renderer.setSeriesStroke(i, l.dashed()
                    ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        NumberAxis y = Charts.valueAxis(yLabel, includeZero);
        // Before the first month the axis shows its default range: make a percent axis read 0-100, not 0-1.
        if (yLabel.endsWith("(%)")) y.setDefaultAutoRange(new org.jfree.data.Range(0, 100));
        XYPlot plot = new XYPlot(data, Charts.monthAxis(s.start(), s.start().plusMonths(s.months() - 1)), y, renderer);
        Charts.stylePlot(plot);
        // Until the first month is recorded the plot is empty: say why, rather than show blank axes.
        plot.setNoDataMessage(EMPTY_HINT);
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        plot.setNoDataMessagePaint(HINT_COLOUR);
        JFreeChart chart = Charts.chart(title, subtitle, plot);
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(15f));
        charts.add(chart);
        ChartPanel cp = new ChartPanel(chart, false);
        cp.setMouseWheelEnabled(true);
        panel.add(cp);
    }
}
