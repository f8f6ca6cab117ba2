package org.aiecosim.observation;

/**
 * How one indicator is computed: a function of this month's {@link MonthAggregates} (and the model
 * they expose) and the family index (a region, kind or lab; 0 for a single indicator). Reporters are
 * declared as non-capturing lambdas in {@link IndicatorCatalog}, so calling them allocates nothing.
 */
@FunctionalInterface
public interface Reporter {
    /** The value in month {@code a.month()}; {@code NaN} when undefined. */
    double value(MonthAggregates a, int index);
}
