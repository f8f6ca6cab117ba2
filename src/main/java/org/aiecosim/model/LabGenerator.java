package org.aiecosim.model;

import java.io.Serializable;

/**
 * Recipe for labs generated at the start of a run from distributions, drawn with the run's generator.
 * Compute and budget are log-normal around their medians; know-how and capability are normal.
 *
 * @param region          region of the generated labs
 * @param kind            kind of the generated labs
 * @param count           how many labs
 * @param computeMedian   median starting compute, H100e
 * @param budgetMedian    median starting budget, $M
 * @param logSpread       standard deviation of log(compute) and log(budget)
 * @param knowhowMean     mean know-how, decades
 * @param capabilityMean  mean capability of the current model, points
 * @param capabilitySd    standard deviation of capability, points
 * @param openShare       probability the current model is open
 * @param entryMonth      month index at which the labs enter
 */
public record LabGenerator(String region, LabKind kind, int count, double computeMedian, double budgetMedian,
                           double logSpread, double knowhowMean, double capabilityMean, double capabilitySd,
                           double openShare, int entryMonth) implements Serializable {
}
