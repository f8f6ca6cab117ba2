package org.aiecosim.experiment.sensitivity;

import org.aiecosim.stats.ConfidenceInterval;

/**
 * Sobol indices of one factor. All values are NaN when the output variance is zero.
 *
 * @param factor index of the factor, from 0
 * @param s1     first-order index: share of output variance due to this factor alone
 * @param s1Ci   95% bootstrap percentile interval of {@code s1}
 * @param st     total-order index: share of variance involving this factor, alone or in interaction
 * @param stCi   95% bootstrap percentile interval of {@code st}
 */
public record FactorIndices(int factor, double s1, ConfidenceInterval s1Ci, double st, ConfidenceInterval stCi) {
}
