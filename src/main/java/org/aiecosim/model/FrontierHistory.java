package org.aiecosim.model;

import java.io.Serializable;

/**
 * Month-by-month record of the capability frontiers needed to measure lags: the closed frontier
 * and each region's best, each as a running maximum.
 *
 * <p>A lag answers "how many months ago did the leader first reach today's capability of the
 * follower?". It is read off the leader's (non-decreasing) history with linear interpolation between
 * months; a capability the leader already had before the run started is dated by extrapolating
 * backwards at {@code history.capabilityGrowth} points per month. A follower at or above the leader
 * has lag 0.
 */
public final class FrontierHistory implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] closed;
    private final double[][] region;

    FrontierHistory(int months, int regions) {
        closed = new double[months];
        region = new double[regions][months];
        java.util.Arrays.fill(closed, Double.NaN);
        for (double[] r : region) java.util.Arrays.fill(r, Double.NaN);
    }

    void record(int month, double closedBest, double[] regionBest) {
        closed[month] = runningMax(closed, month, closedBest);
        for (int r = 0; r < region.length; r++) region[r][month] = runningMax(region[r], month, regionBest[r]);
    }

    private static double runningMax(double[] h, int month, double value) {
        double prev = month > 0 ? h[month - 1] : Double.NaN;
        if (Double.isNaN(prev)) return value;
        if (Double.isNaN(value)) return prev;
        return Math.max(prev, value);
    }

    /** Closed frontier (running max) at {@code month}. */
    public double closedFrontier(int month) { return closed[month]; }

    /** Best capability of region {@code r} so far at {@code month}. */
    public double regionBest(int r, int month) { return region[r][month]; }

    /** Months the closed frontier is ahead of {@code openBest} at {@code month}. */
    public double openClosedLag(int month, double openBest, double preGrowth) {
        return lag(closed, month, openBest, preGrowth);
    }

    /** Months region {@code follower} is behind region {@code leader} at {@code month}. */
    public double regionLag(int leader, int follower, int month, double preGrowth) {
        return lag(region[leader], month, region[follower][month], preGrowth);
    }

    /** Lag of {@code target} behind the non-decreasing {@code leader} history at {@code month}. */
    public static double lag(double[] leader, int month, double target, double preGrowth) {
        if (Double.isNaN(target)) return Double.NaN;
        int first = 0;
        while (first <= month && Double.isNaN(leader[first])) first++;
        if (first > month) return Double.NaN;
        if (target >= leader[month]) return 0;
        if (target <= leader[first]) {
            if (preGrowth <= 0) return Double.NaN;
            return month - first + (leader[first] - target) / preGrowth;
        }
        int t = first + 1;
        while (leader[t] < target) t++;
        double reached = t - 1 + (target - leader[t - 1]) / (leader[t] - leader[t - 1]);
        return month - reached;
    }
}
