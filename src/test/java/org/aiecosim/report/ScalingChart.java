package org.aiecosim.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Benchmark charts (test scope): cost against work on log-log axes, in the report's style. */
public final class ScalingChart {
    private ScalingChart() {}

    /** A measured series (x, seconds) with a dashed reference line proportional to x through the middle point. */
    public record Series(String name, double[] x, double[] seconds) {}

    public static void write(Path png, String title, String subtitle, String xLabel, List<Series> measured,
                             boolean proportionalReference) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int s = 0;
        for (Series m : measured) {
            XYSeries xy = new XYSeries(m.name(), false);
            for (int i = 0; i < m.x().length; i++) xy.add(m.x()[i], m.seconds()[i]);
            data.addSeries(xy);
            renderer.setSeriesPaint(s, s == 0 ? ReportColours.AGGREGATE : ReportColours.CLOSED);
            renderer.setSeriesStroke(s, new BasicStroke(2.5f));
            s++;
        }
        if (proportionalReference && !measured.isEmpty()) {
            Series m = measured.get(0);
            int mid = m.x().length / 2;
            XYSeries ref = new XYSeries("proportional to " + xLabel.toLowerCase(java.util.Locale.ROOT).replaceAll(" \\(.*", ""), false);
            for (double x : m.x()) ref.add(x, m.seconds()[mid] * x / m.x()[mid]);
            data.addSeries(ref);
            renderer.setSeriesPaint(s, Color.GRAY);
            renderer.setSeriesShapesVisible(s, false);
            renderer.setSeriesStroke(s, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f));
        }
        LogAxis xAxis = new LogAxis(xLabel);
        xAxis.setLabelFont(Charts.LABEL_FONT);
        xAxis.setTickLabelFont(Charts.TICK_FONT);
        xAxis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        xAxis.setAutoTickUnitSelection(false);
        xAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0));
        xAxis.setMinorTickCount(0);
        LogAxis yAxis = new LogAxis("seconds per replication");
        yAxis.setLabelFont(Charts.LABEL_FONT);
        yAxis.setTickLabelFont(Charts.TICK_FONT);
        yAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        yAxis.setAutoTickUnitSelection(false);
        yAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0));
        yAxis.setMinorTickCount(0);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        Charts.stylePlot(plot);
        JFreeChart chart = Charts.chart(title, subtitle, plot);
        PngFiles.writePng(png, chart, 900, 560);
    }
}
