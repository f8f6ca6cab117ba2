package org.aiecosim.scenario;

import java.time.YearMonth;

/**
 * An observed figure from the targets file: what indicator, which statistic over which months,
 * the observed value, how close the simulated mean must come, where it comes from, and whether it is
 * fitted ({@code calibration}) or only checked ({@code validation}).
 *
 * @param reference for the {@code ratio} statistic, the months whose mean divides the period's mean; else null
 */
public record CalibrationTarget(String id, String indicator, Statistic statistic, YearMonth from, YearMonth to,
                                YearMonth[] reference, double value, double tolerance, Role role, String source) {

    /** How a target reads a series. */
    public enum Statistic {
        MEAN("mean"), GROWTH_PER_YEAR("growthPerYear"), SLOPE_PER_YEAR("slopePerYear"), RATIO("ratio");

        public final String key;

        Statistic(String key) { this.key = key; }
    }

    /** Whether a target is fitted or kept out of fitting as an out-of-sample check. */
    public enum Role { CALIBRATION, VALIDATION }

    /** Whether {@code simulated} lies within value ± tolerance. */
    public boolean met(double simulated) {
        return !Double.isNaN(simulated) && Math.abs(simulated - value) <= tolerance;
    }
}
