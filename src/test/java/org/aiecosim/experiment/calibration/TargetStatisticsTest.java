package org.aiecosim.experiment.calibration;

import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.scenario.CalibrationTarget;
import org.aiecosim.scenario.CalibrationTarget.Role;
import org.aiecosim.scenario.CalibrationTarget.Statistic;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetStatisticsTest {
    static final YearMonth START = YearMonth.of(2022, 1);

    /** log10 FLOP rising by log10(4.5)/12 a month: growth 4.5x a year; a level series 0.2 then 0.05. */
    static IndicatorTable table() {
        IndicatorTable t = new IndicatorTable(START, List.of("log", "level"), 48);
        for (int m = 0; m < 48; m++) {
            t.set(m, 0, 24 + m * Math.log10(4.5) / 12);
            t.set(m, 1, m < 24 ? 0.2 : 0.05);
        }
        t.set(30, 1, Double.NaN); // an undefined month is skipped
        return t;
    }

    static CalibrationTarget target(String indicator, Statistic s, YearMonth from, YearMonth to, YearMonth[] ref) {
        return new CalibrationTarget("t", indicator, s, from, to, ref, 0, 1, Role.CALIBRATION, "test");
    }

    @Test
    void statisticsHaveTheirHandComputedValues() {
        IndicatorTable t = table();
        assertEquals(4.5, TargetStatistics.compute(t, target("log", Statistic.GROWTH_PER_YEAR, START, START.plusMonths(47), null)), 1e-9);
        assertEquals(Math.log10(4.5), TargetStatistics.compute(t, target("log", Statistic.SLOPE_PER_YEAR, START, START.plusMonths(47), null)), 1e-12);
        assertEquals(0.05, TargetStatistics.compute(t, target("level", Statistic.MEAN, START.plusMonths(24), START.plusMonths(35), null)), 1e-15);
        assertEquals(0.25, TargetStatistics.compute(t, target("level", Statistic.RATIO, START.plusMonths(24), START.plusMonths(35),
                new YearMonth[] {START, START.plusMonths(11)})), 1e-12);
        // a period outside the run gives NaN, not a number made up
        assertTrue(Double.isNaN(TargetStatistics.compute(t, target("level", Statistic.MEAN, START.plusMonths(40), START.plusMonths(60), null))));
    }

    @Test
    void metMeansWithinTolerance() {
        CalibrationTarget t = new CalibrationTarget("x", "level", Statistic.MEAN, START, START, null, 0.16, 0.05, Role.CALIBRATION, "s");
        assertTrue(t.met(0.21) && t.met(0.11) && !t.met(0.2101) && !t.met(Double.NaN));
    }
}
