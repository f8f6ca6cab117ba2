package org.aiecosim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

import org.aiecosim.observation.IndicatorCatalog;
import org.aiecosim.observation.Unit;

/**
 * The report's PNG charts of ensemble means with shaded 95% confidence bands, over calendar months.
 * Regions and their colours are discovered from the indicator names ({@link ReportColours#region}
 * by region order). A chart whose indicators are all absent from the run is not produced. Units
 * (axis titles and the percent scale of shares) are the indicators' declared ones
 * ({@link IndicatorCatalog#unitOf}).
 */
public final class ChartRenderer {

    /** Chart width in pixels. */
    public static final int WIDTH = 1000;
    /** Chart height in pixels. */
    public static final int HEIGHT = 600;

    public static final String CAPABILITY_BY_REGION = "capability-by-region.png";
    public static final String CAPABILITY_OPEN_VS_CLOSED = "capability-open-vs-closed.png";
    public static final String ADOPTION_OPEN_VS_CLOSED = "adoption-open-vs-closed.png";
    public static final String ADOPTION_BY_ORIGIN = "adoption-by-origin.png";
    public static final String OPEN_RELEASE_SHARE = "open-release-share.png";
    public static final String COMPUTE_SHARE = "compute-share.png";
    public static final String LAGS = "lags.png";
    public static final String CHIP_PRICE = "chip-price.png";
    public static final String DERIVATIVES_BY_BASE_ORIGIN = "derivatives-by-base-origin.png";
    public static final String CAPABILITY_PER_FLOP = "capability-per-flop.png";

    private final EnsembleStatistics stats;
    private final List<String> regions;
    private final String subtitle;

    /** Charts of {@code stats}; regions are those of its indicator names, in order. */
    public ChartRenderer(EnsembleStatistics stats) {
        this.stats = stats;
        this.regions = IndicatorNames.regions(stats.names());
        int n = stats.replications();
        this.subtitle = n == 1 ? "1 replication" : "Mean of " + n + " replications; shaded: 95% confidence interval";
    }

    /** All charts this run supports, by file name, in a fixed order. */
    public Map<String, JFreeChart> charts() {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        put(charts, CAPABILITY_BY_REGION, capabilityByRegion());
        put(charts, CAPABILITY_OPEN_VS_CLOSED, capabilityOpenVsClosed());
        put(charts, ADOPTION_OPEN_VS_CLOSED, adoptionOpenVsClosed());
        put(charts, ADOPTION_BY_ORIGIN, adoptionByOrigin());
        put(charts, OPEN_RELEASE_SHARE, openReleaseShare());
        put(charts, COMPUTE_SHARE, computeShare());
        put(charts, LAGS, lags());
        put(charts, CHIP_PRICE, chipPrice());
        put(charts, DERIVATIVES_BY_BASE_ORIGIN, derivativesByBaseOrigin());
        put(charts, CAPABILITY_PER_FLOP, capabilityPerFlop());
        return charts;
    }

    /** Best capability of models from each region; {@code null} when the run has none. */
    public JFreeChart capabilityByRegion() {
        List<Charts.Line> lines = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            line(lines, regions.get(r), "capability.region." + regions.get(r), ReportColours.region(r), false);
        }
        return bandChart("Best model capability by region", lines, axis("Capability", "capability.region.R"), false);
    }

    /** Best open and best closed capability, with the frontier dashed. */
    public JFreeChart capabilityOpenVsClosed() {
        List<Charts.Line> lines = new ArrayList<>();
        line(lines, "Best closed model", "capability.closed", ReportColours.CLOSED, false);
        line(lines, "Best open model", "capability.open", ReportColours.OPEN, false);
        // Often equal to the best closed model: drawn last, thin, dashed and without band so both stay visible.
        if (stats.has("capability.frontier")) {
            lines.add(new Charts.Line("Frontier (best of all)", stats.series("capability.frontier"),
                    ReportColours.FRONTIER, true, false, unit("capability.frontier").scale()));
        }
        return bandChart("Capability: open vs closed models", lines, axis("Capability", "capability.frontier"), false);
    }

    /**
     * Stacked shares of adopters on open and closed models, above a smaller plot of the share of
     * all developers that have adopted any model.
     */
    public JFreeChart adoptionOpenVsClosed() {
        List<Charts.Layer> layers = new ArrayList<>();
        layer(layers, "Open models", "adoption.open", ReportColours.OPEN);
        layer(layers, "Closed models", "adoption.closed", ReportColours.CLOSED);
        List<Charts.Line> adopted = new ArrayList<>();
        line(adopted, "Developers using any model", "adoption.adopted", ReportColours.AGGREGATE, false);
        if (layers.isEmpty() && adopted.isEmpty()) return null;
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(Charts.monthAxis(stats));
        combined.setGap(12);
        if (!layers.isEmpty()) combined.add(Charts.stackedPlot(layers, stats, percentAxis(axis("Share", "adoption.open"))), 3);
        if (!adopted.isEmpty()) {
            combined.add(Charts.bandPlot(adopted, stats, percentAxis(axis("Adopted", "adoption.adopted"))), 1);
        }
        int n = stats.replications();
        return Charts.chart("Adoption: open vs closed models", n == 1 ? subtitle
                : "Mean of " + n + " replications; lower panel shaded: 95% confidence interval", combined);
    }

    /** Stacked shares of adopters by the region the model comes from. */
    public JFreeChart adoptionByOrigin() {
        List<Charts.Layer> layers = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            layer(layers, "Models from " + regions.get(r), "adoption.origin." + regions.get(r), ReportColours.region(r));
        }
        return stackedChart("Adoption by origin of the model", layers, axis("Share", "adoption.origin.R"));
    }

    /** Open share of releases over the trailing 12 months, by region and overall. */
    public JFreeChart openReleaseShare() {
        List<Charts.Line> lines = new ArrayList<>();
        line(lines, "All regions", "releases.openShare", ReportColours.AGGREGATE, true);
        for (int r = 0; r < regions.size(); r++) {
            line(lines, regions.get(r), "releases.openShare.region." + regions.get(r), ReportColours.region(r), false);
        }
        JFreeChart chart = bandChart("Share of releases that are open (trailing 12 months)", lines,
                axis("Open releases", "releases.openShare"), true);
        if (chart != null) ((NumberAxis) chart.getXYPlot().getRangeAxis()).setRange(0, 100);
        return chart;
    }

    /** Stacked shares of compute stock by region. */
    public JFreeChart computeShare() {
        List<Charts.Layer> layers = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            layer(layers, regions.get(r), "compute.share." + regions.get(r), ReportColours.region(r));
        }
        return stackedChart("Share of compute stock by region", layers, axis("Share", "compute.share.R"));
    }

    /** Months open models trail closed ones, and months each region trails the reference region. */
    public JFreeChart lags() {
        List<Charts.Line> lines = new ArrayList<>();
        line(lines, "Open behind closed", "lag.openBehindClosed", ReportColours.AGGREGATE, true);
        for (int r = 1; r < regions.size(); r++) {
            line(lines, regions.get(r) + " behind " + regions.get(0), "lag.region." + regions.get(r),
                    ReportColours.region(r), false);
        }
        return bandChart("Capability lags", lines, axis("Lag", "lag.openBehindClosed"), true);
    }

    /** Price of compute. */
    public JFreeChart chipPrice() {
        List<Charts.Line> lines = new ArrayList<>();
        line(lines, "Chip price", "chips.price", ReportColours.region(0), false);
        return bandChart("Chip price", lines, axis("Price", "chips.price"), true);
    }

    /**
     * Derivative models so far (by labs and developers, cumulative), stacked by the region of the
     * root of the family they belong to: whose foundations the ecosystem builds on.
     */
    public JFreeChart derivativesByBaseOrigin() {
        List<Charts.Layer> layers = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            layer(layers, "Families rooted in " + regions.get(r), "derivatives.baseOrigin." + regions.get(r), ReportColours.region(r));
        }
        if (layers.isEmpty()) return null;
        XYPlot plot = Charts.stackedPlot(layers, stats, Charts.valueAxis(axis("Derivatives so far", "derivatives.baseOrigin.R"), true));
        return Charts.chart("Derivative models by origin of their base", "Mean of " + stats.replications() + " replication"
                + (stats.replications() == 1 ? "" : "s") + "; cumulative, by labs and developers", plot);
    }

    /**
     * Capability per training FLOP of each region's best model: decades of effective compute above
     * the physical FLOP behind it (know-how, and what a base contributed).
     */
    public JFreeChart capabilityPerFlop() {
        List<Charts.Line> lines = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            line(lines, regions.get(r), "training.efficiency.region." + regions.get(r), ReportColours.region(r), false);
        }
        return bandChart("Capability per training FLOP by region", lines,
                axis("Effective over physical compute", "training.efficiency.region.R"), false);
    }

    private void line(List<Charts.Line> lines, String label, String indicator, Color colour, boolean dashed) {
        if (stats.has(indicator)) {
            lines.add(new Charts.Line(label, stats.series(indicator), colour, dashed, true, unit(indicator).scale()));
        }
    }

    private void layer(List<Charts.Layer> layers, String label, String indicator, Color colour) {
        if (stats.has(indicator)) layers.add(new Charts.Layer(label, stats.series(indicator), colour, unit(indicator).scale()));
    }

    /** The declared unit of {@code indicator} (a name or a declared pattern such as {@code compute.share.R}). */
    private static Unit unit(String indicator) {
        Unit u = IndicatorCatalog.unitOf(indicator);
        if (u == null) throw new IllegalArgumentException("undeclared indicator " + indicator);
        return u;
    }

    /** Axis title: {@code quantity} in the unit of {@code indicator}, e.g. {@code Lag (months)}. */
    private static String axis(String quantity, String indicator) {
        return unit(indicator).axisLabel(quantity);
    }

    private JFreeChart bandChart(String title, List<Charts.Line> lines, String yLabel, boolean includeZero) {
        if (lines.isEmpty()) return null;
        XYPlot plot = Charts.bandPlot(lines, stats, Charts.valueAxis(yLabel, includeZero));
        return Charts.chart(title, subtitle, plot);
    }

    private JFreeChart stackedChart(String title, List<Charts.Layer> layers, String yLabel) {
        if (layers.isEmpty()) return null;
        XYPlot plot = Charts.stackedPlot(layers, stats, percentAxis(yLabel));
        return Charts.chart(title, "Mean of " + stats.replications() + " replication"
                + (stats.replications() == 1 ? "" : "s"), plot);
    }

    private static NumberAxis percentAxis(String label) {
        NumberAxis axis = Charts.valueAxis(label, true);
        axis.setRange(0, 100);
        return axis;
    }

    private static void put(Map<String, JFreeChart> charts, String file, JFreeChart chart) {
        if (chart != null) charts.put(file, chart);
    }
}
