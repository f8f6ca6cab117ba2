package org.aiecosim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.aiecosim.scenario.CalibrationTarget;
import org.aiecosim.scenario.CalibrationTarget.Role;
import org.aiecosim.scenario.CalibrationTarget.Statistic;
import org.junit.jupiter.api.Test;

/** The targets table quotes each statistic in the unit a reader uses. */
class FitOutputsTest {

    private static CalibrationTarget target(String indicator, Statistic statistic) {
        return new CalibrationTarget("t", indicator, statistic, YearMonth.of(2024, 1), YearMonth.of(2024, 12), null,
                0, 0, Role.CALIBRATION, "test");
    }

    @Test
    void meansOfSharesAreInPercentAndLagsInMonths() {
        CalibrationTarget share = target("adoption.open", Statistic.MEAN);
        assertEquals("16.0% of adopters", FitOutputs.shown(share, 0.16));
        assertEquals("17.7", FitOutputs.bare(share, 0.17712));
        CalibrationTarget lag = target("lag.openBehindClosed", Statistic.MEAN);
        assertEquals("3.5 months", FitOutputs.shown(lag, 3.5));
    }

    @Test
    void slopesAreAYearGrowthAndRatiosAreFactors() {
        assertEquals("1.5 percentage points a year", FitOutputs.shown(target("adoption.open", Statistic.SLOPE_PER_YEAR), 0.015));
        assertEquals("2.0 months a year", FitOutputs.shown(target("lag.openBehindClosed", Statistic.SLOPE_PER_YEAR), 2.0));
        assertEquals("\u00d74.50 a year", FitOutputs.shown(target("adoption.open", Statistic.GROWTH_PER_YEAR), 4.5));
        assertEquals("\u00d70.210", FitOutputs.shown(target("lag.openBehindClosed", Statistic.RATIO), 0.21));
        assertEquals("n/a", FitOutputs.shown(target("adoption.open", Statistic.MEAN), Double.NaN));
    }
}
