package org.aiecosim.stats;

/**
 * A two-sided confidence interval. Bounds are NaN when the interval was not computed (no bootstrap
 * resamples requested, or an undefined estimate).
 *
 * @param lower lower bound
 * @param upper upper bound
 * @param level nominal coverage, e.g. 0.95
 */
public record ConfidenceInterval(double lower, double upper, double level) {

    /** An interval that was not computed, at the given nominal level. */
    public static ConfidenceInterval notComputed(double level) {
        return new ConfidenceInterval(Double.NaN, Double.NaN, level);
    }

    /** Whether both bounds are numbers. */
    public boolean isComputed() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** Whether {@code x} lies in [lower, upper]; false if the interval was not computed. */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /** upper − lower. */
    public double width() {
        return upper - lower;
    }
}
