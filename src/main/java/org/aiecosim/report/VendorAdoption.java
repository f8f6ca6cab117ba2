package org.aiecosim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;
import org.aiecosim.stats.MeanEstimate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * Adoption by vendor, the lab at the root of the model family its adopters build on
 * ({@code lab.L.vendorAdopters}): each vendor's share of all adopters per month, the mean over
 * replications (a vendor absent from a replication counts 0 there). The chart stacks the {@link #TOP}
 * vendors with the most adopters in the last month (mean over replications) and "Others".
 */
public final class VendorAdoption {

    /** Chart file name. */
    public static final String FILE = "adoption-by-vendor.png";
    /** Vendors shown one by one. */
    public static final int TOP = 8;
    private static final String SUFFIX = ".vendorAdopters";
    private static final Color OTHERS = new Color(0xE4E4E4);

    private VendorAdoption() {
    }

    /** Mean share of all adopters per vendor and month (vendors in order of last-month adopters, most first). */
    static Map<String, double[]> shares(List<ReplicationResult> results, int months) {
        Map<String, double[]> sum = new LinkedHashMap<>();
        Map<String, Double> last = new LinkedHashMap<>();
        for (ReplicationResult r : results) {
            IndicatorTable t = r.table();
            List<String> vendors = new ArrayList<>();
            for (String lab : IndicatorNames.labs(t.names())) if (t.has(IndicatorNames.LAB_PREFIX + lab + SUFFIX)) vendors.add(lab);
            for (int m = 0; m < Math.min(months, t.months()); m++) {
                double total = 0;
                for (String v : vendors) total += value(t, m, v);
                for (String v : vendors) {
                    double[] s = sum.computeIfAbsent(v, k -> new double[months]);
                    if (total > 0) s[m] += value(t, m, v) / total;
                }
            }
            for (String v : vendors) last.merge(v, value(t, t.months() - 1, v), Double::sum);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        last.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> {
                    double[] s = sum.get(e.getKey());
                    for (int m = 0; m < months; m++) s[m] /= results.size();
                    out.put(e.getKey(), s);
                });
        return out;
    }

    /** Stacked shares of the top vendors and the others; null when the run has no vendor indicators. */
    public static JFreeChart chart(List<ReplicationResult> results, EnsembleStatistics stats) {
        int months = stats.months();
        Map<String, double[]> shares = shares(results, months);
        if (shares.isEmpty() || months == 0) return null;
        List<Charts.Layer> layers = new ArrayList<>();
        double[] others = new double[months];
        int rank = 0;
        for (Map.Entry<String, double[]> e : shares.entrySet()) {
            if (rank < TOP) layers.add(new Charts.Layer(e.getKey(), estimates(e.getValue()), ReportColours.region(rank), 100));
            else for (int m = 0; m < months; m++) others[m] += e.getValue()[m];
            rank++;
        }
        if (rank > TOP) layers.add(new Charts.Layer("Others", estimates(others), OTHERS, 100));
        NumberAxis axis = Charts.valueAxis("Share (% of adopters)", true);
        axis.setRange(0, 100);
        XYPlot plot = Charts.stackedPlot(layers, stats, axis);
        int n = results.size();
        return Charts.chart("Adoption by vendor (model family owner)", "Top " + TOP + " vendors by adopters in the last month; mean of "
                + n + " replication" + (n == 1 ? "" : "s"), plot);
    }

    private static double value(IndicatorTable t, int m, String vendor) {
        double v = t.get(m, t.indexOf(IndicatorNames.LAB_PREFIX + vendor + SUFFIX));
        return Double.isNaN(v) ? 0 : v;
    }

    private static MeanEstimate[] estimates(double[] means) {
        MeanEstimate[] e = new MeanEstimate[means.length];
        for (int m = 0; m < means.length; m++) e[m] = MeanEstimate.of(means[m]);
        return e;
    }
}
