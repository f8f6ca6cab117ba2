package org.aiecosim.report;

import org.aiecosim.stats.MeanEstimate;
import org.aiecosim.stats.ReplicationInterval;
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
            List<String> labels = labels(distinct.keySet().stream().mapToDouble(Double::doubleValue).toArray());
            int k = 0;
            for (var e : distinct.entrySet()) groups.add(new Group(e.getKey(), labels.get(k++), e.getValue(), false));
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
        List<String> labels = labels(groups.stream().mapToDouble(g -> Double.parseDouble(g.label())).toArray());
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            groups.set(i, new Group(g.x(), labels.get(i), g.points(), true));
        }
        return groups;
    }

    /**
     * Labels of one axis's values, all with the same number of decimals (the most any value needs
     * at four significant digits, at most four), thousands grouped: 0.00, 0.10, 0.25 rather than
     * 0, 0.1, 0.25.
     */
    static List<String> labels(double[] values) {
        int decimals = 0;
        for (double v : values) {
            String s = format(v);
            if (s.contains("e")) continue;
            int dot = s.indexOf('.');
            if (dot >= 0) decimals = Math.max(decimals, s.length() - dot - 1);
        }
        int d = Math.min(4, decimals);
        List<String> out = new ArrayList<>();
        for (double v : values) {
            double a = Math.abs(v);
            out.add(a != 0 && (a >= 1e9 || a < 1e-4) ? format(v) : String.format(Locale.ROOT, "%,." + d + "f", v));
        }
        return out;
    }

    /** The interval of the mean of a group's outcome: see {@link #band}. */
    record Band(int n, double mean, double low, double high, boolean bootstrap) {
    }

    /**
     * The mean of {@code outcome} over all runs of the group's points (replications × settings of
     * the other parameters) with its 95% confidence interval: for a {@code bounded} quantity (a
     * share in [0, 1]) whose runs are known, the bootstrap percentile interval of
     * {@link ReplicationInterval}, which stays within [0, 1]; otherwise the t interval of the pooled
     * runs. The bounds are NaN with fewer than two runs.
     */
    static Band band(Group g, List<SweepPointSummary> points, String outcome, boolean bounded) {
        if (bounded) {
            List<double[]> runs = new ArrayList<>();
            for (int i : g.points()) runs.add(points.get(i).runsOf(outcome));
            if (runs.stream().allMatch(java.util.Objects::nonNull)) {
                double[] all = runs.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
                ReplicationInterval r = ReplicationInterval.of(all, true);
                return new Band(r.n(), r.mean(), r.low(), r.high(), r.bootstrap() && r.sd() > 0);
            }
        }
        MeanEstimate e = estimate(g, points, outcome);
        return new Band(e.n(), e.mean(), e.low(), e.high(), false);
    }

    /**
     * The estimate of a group's outcome over all runs of its points (replications × settings of
     * the other parameters): a lone point keeps its own estimate; several are pooled
     * ({@link MeanEstimate#pooled}), so the interval is a 95% confidence interval of the mean over
     * those runs with as many degrees of freedom as runs, not a t interval over a handful of means.
     */
    static MeanEstimate estimate(Group g, List<SweepPointSummary> points, String outcome) {
        if (g.points().size() == 1) return points.get(g.points().get(0)).outcome(outcome);
        List<MeanEstimate> parts = new ArrayList<>();
        for (int i : g.points()) parts.add(points.get(i).outcome(outcome));
        return MeanEstimate.pooled(parts);
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
