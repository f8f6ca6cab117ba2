package org.aiecosim.experiment.calibration;

import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.scenario.CalibrationTarget;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Reads a target's statistic off one replication's indicator table. */
public final class TargetStatistics {
    private TargetStatistics() {}

    /** The simulated statistic, NaN when the indicator is undefined over the period (or the run does not cover it). */
    public static double compute(IndicatorTable t, CalibrationTarget target) {
        int col = t.indexOf(target.indicator());
        if (col < 0) return Double.NaN;
        int from = index(t, target.from()), to = index(t, target.to());
        if (from < 0 || to >= t.months()) return Double.NaN;
        return switch (target.statistic()) {
            case MEAN -> mean(t, col, from, to);
            case SLOPE_PER_YEAR -> 12 * slope(t, col, from, to);
            case GROWTH_PER_YEAR -> Math.pow(10, 12 * slope(t, col, from, to));
            case RATIO -> {
                int rf = index(t, target.reference()[0]), rt = index(t, target.reference()[1]);
                if (rf < 0 || rt >= t.months()) yield Double.NaN;
                double ref = mean(t, col, rf, rt);
                yield ref == 0 ? Double.NaN : mean(t, col, from, to) / ref;
            }
        };
    }

    private static int index(IndicatorTable t, YearMonth m) {
        return (int) t.start().until(m, ChronoUnit.MONTHS);
    }

    static double mean(IndicatorTable t, int col, int from, int to) {
        double s = 0;
        int n = 0;
        for (int m = from; m <= to; m++) {
            double v = t.get(m, col);
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** OLS slope per month over the defined months (Commons Math), NaN with fewer than two. */
    static double slope(IndicatorTable t, int col, int from, int to) {
        SimpleRegression r = new SimpleRegression();
        for (int m = from; m <= to; m++) {
            double v = t.get(m, col);
            if (!Double.isNaN(v) && !Double.isInfinite(v)) r.addData(m, v);
        }
        return r.getN() < 2 ? Double.NaN : r.getSlope();
    }
}
