package org.aiecosim.experiment.study;

import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.scenario.StudySpec.Outcome;

/**
 * Reads an outcome off a run's indicator table: a month's value, the mean over a window of months, or a
 * cumulative indicator's increase over the window as a share of several indicators' increase.
 */
public final class Outcomes {
    private Outcomes() {}

    /** Increase of a cumulative indicator over the window: value at {@code to} less value before {@code from} (0 before the start). */
    static double increase(IndicatorTable t, int col, Outcome o) {
        double before = o.from() == 0 ? 0 : t.get(o.from() - 1, col);
        return t.get(o.to(), col) - before;
    }

    /** Value of {@code o} in {@code t}; undefined months are skipped, NaN when all are undefined. */
    public static double value(IndicatorTable t, Outcome o) {
        int col = t.indexOf(o.indicator());
        if (col < 0) throw new IllegalArgumentException("no indicator " + o.indicator());
        if (!o.newShareOf().isEmpty()) {
            double total = 0;
            for (String d : o.newShareOf()) {
                int c = t.indexOf(d);
                if (c < 0) throw new IllegalArgumentException("no indicator " + d);
                total += increase(t, c, o);
            }
            return total > 0 ? increase(t, col, o) / total : Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (int m = o.from(); m <= o.to(); m++) {
            double v = t.get(m, col);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
