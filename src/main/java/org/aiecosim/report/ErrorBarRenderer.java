package org.aiecosim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with an interval drawn as an error bar across each, from given low and high values per
 * (series, category). JFreeChart's statistical renderer only draws symmetric mean ± sd bars;
 * bootstrap intervals of sensitivity indices are not symmetric. A NaN end draws no error bar.
 */
final class ErrorBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private final double[][] low;
    private final double[][] high;

    /** {@code low[series][category]} and {@code high[series][category]}, in the dataset's order. */
    ErrorBarRenderer(double[][] low, double[][] high) {
        this.low = low;
        this.high = high;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        double lo = low[row][column];
        double hi = high[row][column];
        if (pass != 0 || Double.isNaN(lo) || Double.isNaN(hi)) return;
        PlotOrientation orientation = plot.getOrientation();
        double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
        double barWidth = state.getBarWidth();
        double centre = w0 + barWidth / 2;
        double cap = Math.min(8, barWidth / 3);
        double a = rangeAxis.valueToJava2D(lo, dataArea, plot.getRangeAxisEdge());
        double b = rangeAxis.valueToJava2D(hi, dataArea, plot.getRangeAxisEdge());
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.4f));
        if (orientation == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(a, centre, b, centre));
            g2.draw(new Line2D.Double(a, centre - cap, a, centre + cap));
            g2.draw(new Line2D.Double(b, centre - cap, b, centre + cap));
        } else {
            g2.draw(new Line2D.Double(centre, a, centre, b));
            g2.draw(new Line2D.Double(centre - cap, a, centre + cap, a));
            g2.draw(new Line2D.Double(centre - cap, b, centre + cap, b));
        }
    }
}
