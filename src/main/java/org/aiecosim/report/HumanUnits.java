package org.aiecosim.report;

import java.util.Locale;

import org.aiecosim.observation.IndicatorCatalog;
import org.aiecosim.observation.Unit;
import org.aiecosim.stats.ReplicationInterval;

/**
 * Values of indicators as a reader quotes them: in the indicator's shown unit (shares in percent),
 * at a precision that its noise warrants (percent and months with one decimal, capability points
 * whole, other quantities three significant digits), thousands grouped.
 */
public final class HumanUnits {
    private HumanUnits() {}

    /** {@code v} (stored unit) in {@code indicator}'s shown unit without the unit, or {@code n/a}. */
    public static String number(String indicator, double v) {
        return numberShown(indicator, shown(indicator, v));
    }

    /** {@code v} (stored unit) converted to {@code indicator}'s shown unit, e.g. a share 0.617 to 61.7. */
    public static double shown(String indicator, double v) {
        Unit u = IndicatorCatalog.unitOf(indicator);
        return u == null ? v : v * u.scale();
    }

    /** {@code x}, already in {@code indicator}'s shown unit, at the precision of {@link #number}. */
    public static String numberShown(String indicator, double x) {
        if (Double.isNaN(x)) return "n/a";
        Unit u = IndicatorCatalog.unitOf(indicator);
        if (u != null && (u.scale() == 100 || u == Unit.MONTHS)) return String.format(Locale.ROOT, "%,.1f", x);
        if (u == Unit.POINTS || u == Unit.AGENTS || u == Unit.MODELS || u == Unit.LABS || u == Unit.H100E) {
            return Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%,.1f", x);
        }
        return significant(x, 3);
    }

    /** {@code x} with {@code digits} significant digits, grouped, without exponent for ordinary magnitudes. */
    public static String significant(double x, int digits) {
        if (Double.isNaN(x)) return "n/a";
        if (x == 0) return "0";
        double a = Math.abs(x);
        if (a >= 1e9 || a < 1e-4) return String.format(Locale.ROOT, "%." + (digits - 1) + "e", x);
        int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%,." + decimals + "f", x);
    }

    /** The shown unit of {@code indicator}, e.g. {@code % of adopters}; empty when undeclared. */
    public static String unit(String indicator) {
        Unit u = IndicatorCatalog.unitOf(indicator);
        return u == null ? "" : u.display();
    }

    /** {@code v} with its unit, e.g. {@code 13.2% of adopters} or {@code 8.1 months}. */
    public static String withUnit(String indicator, double v) {
        String n = number(indicator, v);
        String unit = unit(indicator);
        if (unit.isEmpty() || n.equals("n/a")) return n;
        return unit.startsWith("%") ? n + unit : n + " " + unit;
    }

    /** {@code low to high} of an interval in shown units (with more digits when needed to tell them apart), or {@code n/a}. */
    public static String interval(String indicator, ReplicationInterval e) {
        if (Double.isNaN(e.low())) return "n/a";
        return apart(indicator, e.low(), e.high(), number(indicator, e.low()), number(indicator, e.high()), false);
    }

    /** {@code mean unit (95% CI low to high)}, the form a finding quotes. */
    public static String quote(String indicator, ReplicationInterval e) {
        String s = withUnit(indicator, e.mean());
        if (e.n() >= 2 && e.sd() == 0) return s + " (identical in every replication)";
        return Double.isNaN(e.low()) ? s : s + " (95% CI " + interval(indicator, e) + ")";
    }

    /**
     * A change or spread of {@code indicator} with its unit, three significant digits: shares in
     * percentage points ({@code 4.21 percentage points}), others in their unit ({@code 3.50 months}).
     */
    public static String change(String indicator, double v) {
        if (Double.isNaN(v)) return "n/a";
        Unit u = IndicatorCatalog.unitOf(indicator);
        if (u == null) return significant(v, 3);
        return significant(v * u.scale(), 3) + " " + changeUnit(indicator);
    }

    /** A {@link #signed} change with the unit of a change, e.g. {@code +2.1 percentage points} or {@code −0.8 months}. */
    public static String signedChange(String indicator, double v) {
        String unit = changeUnit(indicator);
        return signed(indicator, v) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** The unit of a change of {@code indicator}: percentage points for shares, else its unit; empty when undeclared. */
    public static String changeUnit(String indicator) {
        Unit u = IndicatorCatalog.unitOf(indicator);
        if (u == null) return "";
        return u.scale() == 100 ? "percentage points" : u.display();
    }

    /**
     * A signed change ({@code +1.2}, {@code −0.8}, {@code ±0.0} for zero) at {@link #number}'s
     * precision, with more digits when a non-zero value would otherwise print as zero: an interval
     * bound that excludes zero must not read {@code −0.0}.
     */
    public static String signed(String indicator, double v) {
        if (Double.isNaN(v)) return "n/a";
        String n = number(indicator, Math.abs(v));
        if (v != 0 && n.replaceAll("[^1-9]", "").isEmpty()) n = significant(shown(indicator, Math.abs(v)), 2);
        return (v > 0 ? "+" : v < 0 ? "\u2212" : "\u00b1") + n;
    }

    /**
     * {@code low to high}, two {@link #signed} bounds of an interval of a change, with more significant
     * digits when the usual precision would print two different bounds alike ({@code +19.8 to +19.8}).
     */
    public static String signedInterval(String indicator, double low, double high) {
        return apart(indicator, low, high, signed(indicator, low), signed(indicator, high), true);
    }

    /**
     * {@code a to b}, the bounds {@code low} and {@code high} as first formatted, or with more significant digits
     * (up to 8) while two different bounds would print alike ("77.9 to 77.9"); signed ones keep their signs.
     */
    private static String apart(String indicator, double low, double high, String a, String b, boolean signed) {
        for (int digits = 4; a.equals(b) && low != high && digits <= 8; digits++) {
            a = digits(indicator, low, digits, signed);
            b = digits(indicator, high, digits, signed);
        }
        return a + " to " + b;
    }

    private static String digits(String indicator, double v, int digits, boolean signed) {
        if (!signed) return significant(shown(indicator, v), digits);
        return (v > 0 ? "+" : v < 0 ? "\u2212" : "\u00b1") + significant(shown(indicator, Math.abs(v)), digits);
    }

    /**
     * A p-value as {@code = 0.034} or {@code < 0.001}: three decimals below 0.1, two above, and four
     * when three would round a p below 0.05 up to {@code 0.050}, so the words never contradict the verdict.
     */
    public static String pValue(double p) {
        if (Double.isNaN(p)) return "n/a";
        if (p < 0.001) return "< 0.001";
        String s = String.format(Locale.ROOT, p < 0.1 ? "%.3f" : "%.2f", p);
        if (p < 0.05 && s.equals("0.050")) s = String.format(Locale.ROOT, "%.4f", p);
        return "= " + s;
    }
}
