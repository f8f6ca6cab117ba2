package org.aiecosim.experiment.study;

import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.scenario.StudySpec.Outcome;

/** Reads an outcome off a run's indicator table: a month's value or the mean over a window of months. */
public final class Outcomes {
    private Outcomes() {}

    /** Value of {@code o} in {@code t}; undefined months are skipped, NaN when all are undefined. */
    public static double value(IndicatorTable t, Outcome o) {
        int col = t.indexOf(o.indicator());
        if (col < 0) throw new IllegalArgumentException("no indicator " + o.indicator());
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
