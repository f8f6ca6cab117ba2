package org.aiecosim.experiment.sensitivity;

import java.util.List;

/**
 * Result of a Morris screening.
 *
 * @param factors      one entry per factor, in factor order
 * @param trajectories number of trajectories r (the sample size behind every statistic)
 */
public record MorrisResult(List<MorrisFactor> factors, int trajectories) {

    public MorrisResult {
        factors = List.copyOf(factors);
    }

    /** Statistics of factor {@code i}. */
    public MorrisFactor factor(int i) {
        return factors.get(i);
    }
}
