package org.aiecosim.report;

import java.awt.Color;

/**
 * Colours of the charts. Regions are coloured by their position in the scenario's region list,
 * so a region has the same colour in every chart. The first eight come from the Okabe–Ito palette
 * (distinguishable with common colour-vision deficiencies, yellow left out as unreadable on white);
 * further regions get evenly spaced hues.
 */
public final class ReportColours {

    private static final Color[] REGIONS = {
        new Color(0x0072B2), // blue
        new Color(0xD55E00), // vermillion
        new Color(0x009E73), // bluish green
        new Color(0xE69F00), // orange
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0x8C564B), // brown
        new Color(0x7F7F7F), // grey
    };

    /** Open models. */
    public static final Color OPEN = new Color(0x1B9E77);
    /** Closed models. */
    public static final Color CLOSED = new Color(0x7B3294);
    /** The frontier line, drawn thin and dashed on top of the closed-model line it often equals. */
    public static final Color FRONTIER = Color.BLACK;
    /** Aggregates drawn next to per-region series (all regions, open-behind-closed lag, adopters). */
    public static final Color AGGREGATE = new Color(0x333333);

    private ReportColours() {
    }

    /** Colour of the region at position {@code index} (0 = reference region). */
    public static Color region(int index) {
        if (index < REGIONS.length) return REGIONS[index];
        // Golden-angle hue steps keep later regions apart from each other.
        float hue = (float) ((index - REGIONS.length) * 0.618033988749895 % 1.0);
        return Color.getHSBColor(hue, 0.65f, 0.75f);
    }
}
