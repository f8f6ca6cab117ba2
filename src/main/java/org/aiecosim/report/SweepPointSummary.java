package org.aiecosim.report;

import org.aiecosim.stats.MeanEstimate;
import java.util.Map;

/**
 * The results of one design point of a parameter sweep: the values of the swept parameters (in the
 * order of the sweep's parameter list, which is passed alongside) and, for each outcome, its
 * estimate over the point's replications.
 *
 * @param parameterValues value of each swept parameter at this point
 * @param outcomes        estimate of each outcome by name
 */
public record SweepPointSummary(double[] parameterValues, Map<String, MeanEstimate> outcomes) {

    /** Copies both arguments. */
    public SweepPointSummary {
        parameterValues = parameterValues.clone();
        outcomes = Map.copyOf(outcomes);
    }

    /** The value of parameter number {@code i}. */
    public double value(int i) {
        return parameterValues[i];
    }

    /** The estimate of {@code outcome}. */
    public MeanEstimate outcome(String outcome) {
        MeanEstimate e = outcomes.get(outcome);
        if (e == null) throw new IllegalArgumentException("no outcome " + outcome + "; have " + outcomes.keySet());
        return e;
    }

    @Override
    public double[] parameterValues() {
        return parameterValues.clone();
    }
}
