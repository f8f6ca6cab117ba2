package org.aiecosim.experiment.sensitivity;

import org.aiecosim.stats.ConfidenceInterval;

/**
 * Morris statistics of one factor, in units of the output per unit of the [0,1] factor.
 *
 * @param factor  index of the factor, from 0
 * @param mu      mean elementary effect (signed; effects of opposite sign cancel)
 * @param muStar  mean absolute elementary effect (Campolongo, Cariboni and Saltelli 2007), the
 *                measure of overall importance
 * @param sigma   sample standard deviation (n − 1) of the elementary effects: nonlinearity or
 *                interaction; NaN with a single trajectory
 * @param muStarCi 95% bootstrap percentile interval of {@code muStar} over trajectories; not
 *                computed (NaN bounds) when no resamples were requested
 */
public record MorrisFactor(int factor, double mu, double muStar, double sigma, ConfidenceInterval muStarCi) {
}
