package org.aiecosim.experiment.study;

import org.aiecosim.stats.MeanEstimate;

import java.util.List;

/**
 * A design point's parameter values and, per outcome, the mean over its replications with a 95%
 * confidence interval; {@code failed} counts replications that threw.
 */
public record PointSummary(int point, double[] parameters, List<MeanEstimate> outcomes, int failed) {
}
