package org.aiecosim.report;

import org.aiecosim.stats.MeanEstimate;
import java.util.Map;

/**
 * The results of one design point of a parameter sweep: the values of the swept parameters (in the
 * order of the sweep's parameter list, which is passed alongside), for each outcome its estimate
 * over the point's replications, and, where known, each outcome's value in every replication (for
 * intervals that pool the runs of several points, such as the bootstrap interval of a share).
 *
 * @param parameterValues value of each swept parameter at this point
 * @param outcomes        estimate of each outcome by name
 * @param runs            each outcome's per-replication values by name (empty: not known)
 */
public record SweepPointSummary(double[] parameterValues, Map<String, MeanEstimate> outcomes, Map<String, double[]> runs) {

    /** Copies all arguments. */
    public SweepPointSummary {
        parameterValues = parameterValues.clone();
        outcomes = Map.copyOf(outcomes);
        runs = Map.copyOf(runs);
    }

    /** A point whose per-replication values are not known. */
    public SweepPointSummary(double[] parameterValues, Map<String, MeanEstimate> outcomes) {
        this(parameterValues, outcomes, Map.of());
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

    /** The per-replication values of {@code outcome}, or null when not known. */
    public double[] runsOf(String outcome) {
        double[] v = runs.get(outcome);
        return v == null ? null : v.clone();
    }

    @Override
    public double[] parameterValues() {
        return parameterValues.clone();
    }
}
