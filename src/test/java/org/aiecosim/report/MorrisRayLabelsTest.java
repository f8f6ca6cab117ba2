package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

/** The σ/μ* reading-line labels of the Morris chart lie inside the plot and clear of their lines. */
class MorrisRayLabelsTest {

    @Test
    void everyRayLabelIsInsideTheDataAreaAndOffItsLine() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 760, 420);
        // square ranges (the ray 1 ends in the top right corner, where its label was clipped) and others
        for (double[] range : new double[][] {{1, 1}, {10, 2}, {2, 10}, {3.3, 3.1}}) {
            List<XYTextAnnotation> labels = MorrisChart.rayLabels(range[0], range[1], area);
            assertEquals(MorrisChart.RAYS.length, labels.size());
            double px = area.getWidth() / range[0], py = area.getHeight() / range[1];
            FontMetrics m = metrics();
            for (int r = 0; r < labels.size(); r++) {
                XYTextAnnotation t = labels.get(r);
                double w = m.stringWidth(t.getText()), h = m.getAscent() + m.getDescent();
                double ax = t.getX() * px, ay = t.getY() * py; // pixels, y up
                boolean belowRight = t.getTextAnchor() == TextAnchor.TOP_LEFT;
                assertTrue(belowRight || t.getTextAnchor() == TextAnchor.BOTTOM_RIGHT, t.getTextAnchor().toString());
                double left = belowRight ? ax : ax - w, bottom = belowRight ? ay - h : ay;
                String where = t.getText() + " on ranges " + range[0] + " x " + range[1];
                assertTrue(left >= 0 && left + w <= area.getWidth() && bottom >= 0 && bottom + h <= area.getHeight(), where);
                // the line σ = ray·μ in pixels: it must pass outside the box (above a box below it, below a box above it)
                double slope = MorrisChart.RAYS[r] * py / px;
                if (belowRight) assertTrue(slope * left >= bottom + h, where);
                else assertTrue(slope * (left + w) <= bottom, where);
            }
        }
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(Charts.TICK_FONT);
        } finally {
            g.dispose();
        }
    }
}
