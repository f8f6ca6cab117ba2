package org.aiecosim.model.knowledge;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The public know-how frontier as it reaches other labs: knowledge flows with a lag (Jaffe, Trajtenberg
 * &amp; Henderson 1993, "Geographic localization of knowledge spillovers as evidenced by patent
 * citations", QJE 108(3): citations to a patent arrive over years, not at once).
 * <pre>  P_lagged(t) = P(t &minus; L)      (the earliest recorded level while t &minus; L precedes it)</pre>
 * A ring buffer of the last L + 1 monthly levels (primitive arrays, no allocation after construction).
 * L = 0 is the off switch: {@link #lagged} returns the level recorded for the same month.
 *
 * <p>Use: each month, {@link #record} the public level, then read {@link #lagged} for the same month.
 * Months are recorded in non-decreasing order; recording a month again replaces its level; months
 * skipped between two records keep the earlier level (the frontier did not move).
 */
public final class SpilloverLag implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int lag;
    private final double[] levels; // levels[floorMod(month, lag + 1)]
    private int firstMonth;
    private int lastMonth;
    private boolean empty = true;

    /** @param lagMonths L &ge; 0, the spillover lag in months */
    public SpilloverLag(int lagMonths) {
        if (lagMonths < 0) throw new IllegalArgumentException("lag must be >= 0: " + lagMonths);
        this.lag = lagMonths;
        this.levels = new double[lagMonths + 1];
    }

    /** L, the spillover lag in months. */
    public int lag() { return lag; }

    /** Records the public know-how level of {@code month}; months must not go backwards. */
    public void record(int month, double level) {
        if (empty) {
            firstMonth = month;
            lastMonth = month;
            empty = false;
        } else if (month < lastMonth) {
            throw new IllegalArgumentException("month " + month + " recorded after month " + lastMonth);
        } else {
            // months skipped keep the last level; at most the whole buffer needs filling
            double previous = levels[slot(lastMonth)];
            long gap = (long) month - lastMonth - 1;
            int fill = (int) Math.min(gap, levels.length);
            for (int i = 1; i <= fill; i++) levels[slot(lastMonth + i)] = previous;
            lastMonth = month;
        }
        levels[slot(month)] = level;
    }

    /**
     * The public level as it reaches labs in {@code month}: the level recorded L months earlier, or
     * the earliest recorded level while fewer months exist (Jaffe, Trajtenberg &amp; Henderson 1993).
     *
     * @throws IllegalStateException    when nothing was recorded yet
     * @throws IllegalArgumentException when {@code month} is after the last recorded month (record it
     *                                  first) or so far before it that its lagged level left the buffer
     */
    public double lagged(int month) {
        if (empty) throw new IllegalStateException("no public level recorded yet");
        if (month > lastMonth) {
            throw new IllegalArgumentException("month " + month + " not recorded yet (last " + lastMonth + ")");
        }
        long target = Math.max((long) month - lag, firstMonth);
        if (target <= (long) lastMonth - levels.length) {
            throw new IllegalArgumentException("month " + month + " is too old for a lag of " + lag);
        }
        return levels[slot((int) target)];
    }

    private int slot(int month) {
        return Math.floorMod(month, levels.length);
    }

    @Override
    public String toString() {
        return "SpilloverLag[lag=" + lag + (empty ? ", empty" : ", months " + firstMonth + ".." + lastMonth
                + ", levels " + Arrays.toString(levels)) + "]";
    }
}
