package org.aiecosim.report;

import org.aiecosim.stats.MeanEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Groups sweep points by one parameter's value, for charts of an outcome against it. A grid design
 * has few distinct values: each is a group. A sampled design (Latin hypercube, Morris, Sobol) has
 * nearly as many values as points: then the range is cut into {@link #BINS} equal-width bins.
 */
final class SweepGroups {

    /** More distinct values than this are binned. */
    static final int MAX_DISTINCT = 15;
    /** Number of bins of a sampled design. */
    static final int BINS = 10;

    /**
     * One group: its position (mean parameter value of its points), a label (the value, or the
     * centre of a bin), the points' indices and whether it is a bin of a sampled design.
     */
    record Group(double x, String label, List<Integer> points, boolean binned) {
    }

    private SweepGroups() {
    }

    /** Groups {@code values} (one per point), in increasing order; NaN values are left out. */
    static List<Group> of(double[] values) {
        TreeMap<Double, List<Integer>> distinct = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) distinct.computeIfAbsent(values[i], v -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        if (distinct.size() <= MAX_DISTINCT) {
            distinct.forEach((v, pts) -> groups.add(new Group(v, format(v), pts, false)));
            return groups;
        }
        double lo = distinct.firstKey();
        double width = (distinct.lastKey() - lo) / BINS;
        for (int b = 0; b < BINS; b++) {
            List<Integer> pts = new ArrayList<>();
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                if (Double.isNaN(values[i])) continue;
                // The top edge belongs to the last bin.
                int bin = Math.min(BINS - 1, (int) ((values[i] - lo) / width));
                if (bin == b) {
                    pts.add(i);
                    sum += values[i];
                }
            }
            if (!pts.isEmpty()) {
                groups.add(new Group(sum / pts.size(), edge(lo + (b + 0.5) * width), pts, true));
            }
        }
        return groups;
    }

    /**
     * The estimate of a group's outcome: a lone point keeps its own estimate (95% CI over its
     * replications); several points are averaged and the interval is the t interval over their
     * means, i.e. for the mean over the settings of the other parameters in the design.
     */
    static MeanEstimate estimate(Group g, List<SweepPointSummary> points, String outcome) {
        if (g.points().size() == 1) return points.get(g.points().get(0)).outcome(outcome);
        double[] means = new double[g.points().size()];
        for (int i = 0; i < means.length; i++) means[i] = points.get(g.points().get(i)).outcome(outcome).mean();
        return MeanEstimate.of(means);
    }

    /** A bin centre: 3 significant digits keep axis labels of bins short. */
    private static String edge(double v) {
        return format(Double.parseDouble(String.format(Locale.ROOT, "%.3g", v)));
    }

    /** A short label for a parameter value: up to 4 significant digits. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) return s;
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
