package org.aiecosim.gui;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.general.DatasetUtils;
import sim.display.Console;
import sim.util.gui.PropertyField;

import javax.swing.JScrollPane;
import javax.swing.JTextField;
import java.awt.Component;
import java.awt.Container;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * What the first view of the GUI shows, as {@code key=value} lines for {@code report.txt}: the tab in
 * front, whether the Model tab needs scrolling, the Model tab's value fields whose text does not fit,
 * the charts' state and hint, the delay and the seed flag, and where the Console and the chart window are on the screen. Swing
 * thread only.
 */
final class FirstView {
    private FirstView() {}

    static String describe(Console c, LiveViews views) {
        Component model = c.getTabPane().getSelectedComponent();
        List<String> cutOff = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        int fields = 0;
        for (PropertyField f : all(model, PropertyField.class)) {
            JTextField t = f.getField();
            if (!t.isShowing()) continue;
            fields++;
            shown.add(t.getText());
            FontMetrics fm = t.getFontMetrics(t.getFont());
            Insets in = t.getInsets();
            if (fm.stringWidth(t.getText()) > t.getWidth() - in.left - in.right) cutOff.add(t.getText());
        }
        boolean scrolls = false;
        for (JScrollPane sp : all(model, JScrollPane.class)) {
            if (sp.getVerticalScrollBar().isVisible() || sp.getHorizontalScrollBar().isVisible()) scrolls = true;
        }
        int empty = 0;
        int percentAxesBelow100 = 0;
        List<String> hints = new ArrayList<>();
        for (JFreeChart chart : views.charts.charts()) {
            XYPlot plot = chart.getXYPlot();
            if (DatasetUtils.isEmptyOrNull(plot.getDataset())) empty++;
            hints.add(plot.getNoDataMessage());
            String label = plot.getRangeAxis().getLabel();
            if (label.endsWith("(%)") && plot.getRangeAxis().getRange().getUpperBound() < 100) percentAxesBelow100++;
        }
        Rectangle console = c.getBounds();
        Rectangle charts = views.chartsFrame.getBounds();
        return String.format("firstTab=%s%nmodelFields=%d%nmodelShown=%s%nmodelCutOff=%s%nmodelScrolls=%b%nemptyCharts=%d%nchartHints=%s%n"
                        + "firstConsole=%d,%d,%d,%d%nfirstCharts=%d,%d,%d,%d%ndelay=%d%nincrementSeed=%b%npercentAxesBelow100=%d%n",
                c.getTabPane().getTitleAt(c.getTabPane().getSelectedIndex()), fields, String.join("|", shown), String.join("|", cutOff), scrolls,
                empty, String.join("|", hints.stream().distinct().toList()),
                console.x, console.y, console.width, console.height, charts.x, charts.y, charts.width, charts.height,
                c.getPlaySleep(), c.getIncrementSeedOnStop(), percentAxesBelow100);
    }

    private static <T> List<T> all(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) found.add(type.cast(root));
        if (root instanceof Container k) for (Component child : k.getComponents()) found.addAll(all(child, type));
        return found;
    }
}
