package org.aiecosim.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

import org.jfree.chart.renderer.PaintScale;

/**
 * A continuous colour scale for heat maps: viridis (dark blue through green to yellow), which is
 * perceptually uniform, readable in grey and with common colour-vision deficiencies. Values
 * outside the bounds get the end colours; NaN gets light grey.
 */
final class ColourScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;
    // Viridis sampled at nine evenly spaced points; linear interpolation in between.
    private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};
    static final Color MISSING = new Color(0xEEEEEE);

    private final double lower;
    private final double upper;

    /** A scale from {@code lower} to {@code upper} (equal bounds give the middle colour). */
    ColourScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    /** The colour of {@code value}. */
    Color colour(double value) {
        if (Double.isNaN(value)) return MISSING;
        double t = upper > lower ? (value - lower) / (upper - lower) : 0.5;
        t = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) t);
        double f = t - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
    }

    /** Whether text drawn on {@code c} should be black (light background) rather than white. */
    static boolean light(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() > 140;
    }
}
