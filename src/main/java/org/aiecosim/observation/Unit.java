package org.aiecosim.observation;

/**
 * Unit of an indicator, declared with it in {@link IndicatorCatalog}: the word the README lists,
 * and how reports show it (shares are stored as fractions and shown in percent).
 */
public enum Unit {
    POINTS("points", 1, "points"),
    MONTHS("months", 1, "months"),
    DECADES("decades (log10 efficiency multiplier)", 1, "decades"),
    LOG10_FLOP("log10 FLOP", 1, "log10 FLOP"),
    LOG10_H100E("log10 H100e", 1, "log10 H100e"),
    SHARE_OF_DEVELOPERS("share of developers", 100, "% of developers"),
    SHARE_OF_ADOPTERS("share of adopters", 100, "% of adopters"),
    SHARE_OF_RELEASES("share of releases", 100, "% of releases"),
    SHARE_OF_COMPUTE("share of H100e", 100, "% of H100e"),
    H100E("H100e", 1, "H100e"),
    USD_M_PER_H100E("$M per H100e", 1, "$M per H100e"),
    USD_M_PER_MONTH("$M/month", 1, "$M/month"),
    USD_PER_DEVELOPER_MONTH("$ per developer-month", 1, "$/developer-month"),
    MODELS("models", 1, "models"),
    LABS("labs", 1, "labs"),
    DECADES_PER_YEAR("decades of efficiency per year", 1, "decades/year"),
    SHARE_OF_FUNDING("share of funding", 100, "% of funding"),
    AGENTS("developer agents", 1, "developer agents"),
    HERFINDAHL("Herfindahl index (0..1)", 1, "HHI"),
    FLAG("1 yes, 0 no", 1, "1 = yes");

    private final String label;
    private final double scale;
    private final String display;

    Unit(String label, double scale, String display) {
        this.label = label;
        this.scale = scale;
        this.display = display;
    }

    /** Whether values of this unit are confined to [0, 1] (shares, an index, a flag), so intervals must stay inside it. */
    public boolean bounded() { return scale == 100 || this == HERFINDAHL || this == FLAG; }

    /** The unit as the README's indicator list names it (stored values are in this unit). */
    public String label() { return label; }

    /** Factor from stored value to shown value: 100 for shares shown in percent, else 1. */
    public double scale() { return scale; }

    /** The unit of shown values, e.g. {@code % of adopters}. */
    public String display() { return display; }

    /** Axis title for {@code quantity} in this unit, e.g. {@code Capability (points)}. */
    public String axisLabel(String quantity) { return quantity + " (" + display + ")"; }
}
