package org.aiecosim.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aiecosim.observation.IndicatorCatalog;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.observation.Unit;
import org.aiecosim.result.ReplicationResult;
import org.aiecosim.stats.MeanEstimate;
import org.aiecosim.stats.ReplicationInterval;

/**
 * Across-replication statistics of every non-lab indicator: for each month a {@link MeanEstimate}
 * (n, mean, sd, 95% t interval), and for the end of the run the estimate over the last month's
 * values; and, for the findings, the mean over a window of months of each replication with an
 * interval suited to the indicator ({@link #window}). Per-lab indicators are left out because labs need not be the same in every replication.
 *
 * <p>All replications must share start month, length and the non-lab indicators of the first one.
 */
public final class EnsembleStatistics {

    private final YearMonth start;
    private final int months;
    private final int replications;
    private final Map<String, MeanEstimate[]> byMonth = new LinkedHashMap<>();
    private final Map<String, MeanEstimate> endOfRun = new LinkedHashMap<>();
    // Per indicator: [replication][month] values, for window means.
    private final Map<String, double[][]> values = new LinkedHashMap<>();
    /** Intervals already computed: the summary, the findings and the report ask for the same windows. */
    private final Map<Window, ReplicationInterval> windows = new ConcurrentHashMap<>();

    private record Window(String indicator, int from, int to) {}

    /** Default length of the findings window in months: the last year of the run. */
    public static final int DEFAULT_WINDOW = 12;

    private EnsembleStatistics(YearMonth start, int months, int replications) {
        this.start = start;
        this.months = months;
        this.replications = replications;
    }

    /**
     * Computes the statistics of {@code results}.
     *
     * @throws IllegalArgumentException when {@code results} is empty or the tables do not match
     */
    public static EnsembleStatistics of(List<ReplicationResult> results) {
        if (results.isEmpty()) throw new IllegalArgumentException("no replications");
        // A fixed summation order, so identical inputs give bit-identical statistics.
        results = Csv.byReplication(results);
        IndicatorTable first = results.get(0).table();
        int months = first.months();
        List<String> names = IndicatorNames.nonLab(first.names());
        int[][] columns = new int[results.size()][];
        for (int r = 0; r < results.size(); r++) {
            IndicatorTable t = results.get(r).table();
            int rep = results.get(r).replication();
            if (!t.start().equals(first.start()) || t.months() != months) {
                throw new IllegalArgumentException("replication " + rep + " covers " + t.start() + " + " + t.months()
                        + " months, expected " + first.start() + " + " + months);
            }
            columns[r] = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                columns[r][i] = t.indexOf(names.get(i));
                if (columns[r][i] < 0) {
                    throw new IllegalArgumentException("replication " + rep + " lacks indicator " + names.get(i));
                }
            }
        }
        EnsembleStatistics s = new EnsembleStatistics(first.start(), months, results.size());
        double[] values = new double[results.size()];
        for (int i = 0; i < names.size(); i++) {
            MeanEstimate[] series = new MeanEstimate[months];
            double[][] all = new double[values.length][months];
            for (int m = 0; m < months; m++) {
                for (int r = 0; r < values.length; r++) {
                    values[r] = results.get(r).table().get(m, columns[r][i]);
                    all[r][m] = values[r];
                }
                series[m] = MeanEstimate.of(values);
            }
            s.values.put(names.get(i), all);
            s.byMonth.put(names.get(i), series);
            s.endOfRun.put(names.get(i), months == 0 ? MeanEstimate.of() : series[months - 1]);
        }
        return s;
    }

    /** First month of the run. */
    public YearMonth start() {
        return start;
    }

    /** Number of months. */
    public int months() {
        return months;
    }

    /** Calendar month of month index {@code m}. */
    public YearMonth monthAt(int m) {
        return start.plusMonths(m);
    }

    /** Number of replications the statistics are over. */
    public int replications() {
        return replications;
    }

    /** Indicators covered (non-lab), in table order. */
    public List<String> names() {
        return List.copyOf(byMonth.keySet());
    }

    /** Whether {@code indicator} is covered. */
    public boolean has(String indicator) {
        return byMonth.containsKey(indicator);
    }

    /** Estimate of {@code indicator} in month {@code m}. */
    public MeanEstimate at(String indicator, int m) {
        return series(indicator)[m];
    }

    /** Estimate of {@code indicator} for each month (a copy). */
    public MeanEstimate[] series(String indicator) {
        MeanEstimate[] s = byMonth.get(indicator);
        if (s == null) throw new IllegalArgumentException("no indicator " + indicator);
        return s.clone();
    }

    /** Estimate of {@code indicator} over the replications' last-month values (NaN ignored). */
    public MeanEstimate endOfRun(String indicator) {
        MeanEstimate e = endOfRun.get(indicator);
        if (e == null) throw new IllegalArgumentException("no indicator " + indicator);
        return e;
    }

    /**
     * Each replication's mean of {@code indicator} over months {@code from..to} (inclusive, clamped to
     * the run; NaN months ignored, NaN when a replication has no defined month there).
     */
    public double[] windowValues(String indicator, int from, int to) {
        double[][] all = values.get(indicator);
        if (all == null) throw new IllegalArgumentException("no indicator " + indicator);
        int a = Math.max(0, from), b = Math.min(months - 1, to);
        double[] out = new double[all.length];
        for (int r = 0; r < all.length; r++) {
            double sum = 0;
            int n = 0;
            for (int m = a; m <= b; m++) {
                if (!Double.isNaN(all[r][m])) {
                    sum += all[r][m];
                    n++;
                }
            }
            out[r] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }

    /**
     * The mean over replications of each replication's mean of {@code indicator} over months
     * {@code from..to}, with a bootstrap percentile interval for bounded indicators ({@link #bounded}) and a
     * t interval otherwise.
     */
    public ReplicationInterval window(String indicator, int from, int to) {
        int a = Math.max(0, from), b = Math.min(months - 1, to);
        return windows.computeIfAbsent(new Window(indicator, a, b),
                w -> ReplicationInterval.of(windowValues(indicator, a, b), bounded(indicator)));
    }

    /** {@link #window} over the last {@code length} months of the run. */
    public ReplicationInterval lastMonths(String indicator, int length) {
        return window(indicator, months - length, months - 1);
    }

    /** {@link #window} over the last month of the run. */
    public ReplicationInterval endInterval(String indicator) {
        return window(indicator, months - 1, months - 1);
    }

    /** Whether {@code indicator} is confined to [0, 1] (shares, indices, flags) by its declared unit. */
    public static boolean bounded(String indicator) {
        Unit u = IndicatorCatalog.unitOf(indicator);
        return u != null && u.bounded();
    }
}
