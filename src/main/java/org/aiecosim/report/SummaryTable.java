package org.aiecosim.report;

import org.aiecosim.stats.ReplicationInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aiecosim.observation.IndicatorCatalog;
import org.aiecosim.observation.Unit;

/**
 * The key end-of-run values of a run: {@link #rows} picks them (with labels, scale and units) for
 * any report (scale and unit are the indicator's declared ones, {@link IndicatorCatalog#unitOf}),
 * {@link #render} prints them as a short fixed-width text table for the terminal:
 * mean and 95% interval with units. Rows whose indicator the run did not produce are
 * left out.
 */
public final class SummaryTable {

    /**
     * One key value: {@code indicator}'s values times {@code scale} (100 for percent), shown with
     * {@code decimals} decimals in {@code unit}.
     */
    public record Row(String label, String indicator, double scale, int decimals, String unit) {

        /** {@code v · scale} with this row's decimals, or {@code n/a} for NaN. */
        public String format(double v) {
            return SummaryTable.format(v * scale, decimals);
        }
    }

    private SummaryTable() {
    }

    /** The key values {@code stats} has, in display order. */
    public static List<Row> rows(EnsembleStatistics stats) {
        List<String> regions = IndicatorNames.regions(stats.names());
        List<Row> rows = new ArrayList<>();
        rows.add(row("Frontier capability", "capability.frontier", 1));
        rows.add(row("Best open model", "capability.open", 1));
        rows.add(row("Best closed model", "capability.closed", 1));
        rows.add(row("Open behind closed", "lag.openBehindClosed", 1));
        for (int r = 1; r < regions.size(); r++) {
            rows.add(row(regions.get(r) + " behind " + regions.get(0), "lag.region." + regions.get(r), 1));
        }
        rows.add(row("Adopters on open models", "adoption.open", 1));
        rows.add(row("Adopters on the largest vendor", "adoption.vendor.topShare", 1));
        rows.add(row("Vendor concentration", "adoption.vendor.hhi", 2));
        for (String r : regions) {
            rows.add(row("Adopters on models from " + r, "adoption.origin." + r, 1));
        }
        rows.add(row("Open share of releases (12 mo)", "releases.openShare", 1));
        for (String r : regions) {
            rows.add(row("Compute share " + r, "compute.share." + r, 1));
        }
        rows.add(row("Chip price", "chips.price", 4));
        rows.removeIf(row -> !stats.has(row.indicator()));
        return rows;
    }

    /**
     * The key values of a comparison: {@link #rows} and, where {@code stats} has them, each region's
     * share of open-model adoption and the developers of each region on each region's models.
     */
    public static List<Row> compareRows(EnsembleStatistics stats) {
        List<Row> rows = new ArrayList<>(rows(stats));
        List<String> regions = IndicatorNames.regions(stats.names());
        for (String r : regions) {
            rows.add(row("Open-model adopters on open models from " + r, "adoption.open.origin." + r, 1));
        }
        for (String user : regions) {
            for (String origin : regions) {
                rows.add(row("Developers in " + user + " on models from " + origin, "adoption.users." + user + ".origin." + origin, 1));
            }
        }
        rows.removeIf(row -> !stats.has(row.indicator()));
        return rows;
    }

    /** A row of {@code indicator} in its declared unit (shares in percent). */
    private static Row row(String label, String indicator, int decimals) {
        Unit unit = IndicatorCatalog.unitOf(indicator);
        if (unit == null) throw new IllegalArgumentException("undeclared indicator " + indicator);
        return new Row(label, indicator, unit.scale(), decimals, unit.display());
    }

    /** Calendar month the end-of-run values are from, or {@code no months}. */
    public static String endMonth(EnsembleStatistics stats) {
        return stats.months() == 0 ? "no months" : stats.monthAt(stats.months() - 1).toString();
    }

    /**
     * Renders the table, one line per key value, each ending in {@code \n}: mean and 95% interval
     * (bootstrap percentile for shares, so never outside 0–100%; Student t otherwise), and a mark
     * where the replications split into two groups.
     */
    public static String render(EnsembleStatistics stats) {
        List<String[]> cells = new ArrayList<>();
        boolean anySplit = false;
        for (Row row : rows(stats)) {
            ReplicationInterval e = stats.endInterval(row.indicator());
            boolean split = e.bimodality().split();
            anySplit |= split;
            cells.add(new String[] {row.label(), row.format(e.mean()), row.format(e.low()), row.format(e.high()), row.unit()
                    + (split ? "  (replications split " + e.bimodality().below() + " / " + e.bimodality().above() + ")" : "")});
        }
        int[] width = new int[5];
        for (String[] c : cells) for (int i = 0; i < 5; i++) width[i] = Math.max(width[i], c[i].length());

        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "End of run (%s), mean [95%% CI] over %d replication%s\n",
                endMonth(stats), stats.replications(), stats.replications() == 1 ? "" : "s"));
        for (String[] c : cells) {
            String line = pad(c[0], width[0]) + "  " + padLeft(c[1], width[1]) + "  [" + padLeft(c[2], width[2]) + ", "
                    + padLeft(c[3], width[3]) + "]  " + c[4];
            sb.append(line.stripTrailing()).append('\n');
        }
        sb.append("Intervals: bootstrap percentile over replications for shares, Student t otherwise.");
        if (anySplit) sb.append(" Where replications split, the mean lies between two groups of outcomes.");
        return sb.append('\n').toString();
    }

    private static String format(double v, int decimals) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }

    private static String padLeft(String s, int w) {
        return " ".repeat(w - s.length()) + s;
    }
}
