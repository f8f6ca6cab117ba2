package org.aiecosim.experiment.sensitivity;

import java.util.List;

/**
 * Sobol indices of every factor.
 *
 * @param factors     one entry per factor, in factor order
 * @param variance    output variance V used as denominator (population variance of f(A) and f(B))
 * @param baseSamples N, the base sample size behind the estimates
 * @param resamples   number of bootstrap resamples behind the intervals (0: not computed)
 */
public record SobolResult(List<FactorIndices> factors, double variance, int baseSamples, int resamples) {

    public SobolResult {
        factors = List.copyOf(factors);
    }

    /** Indices of factor {@code i}. */
    public FactorIndices factor(int i) {
        return factors.get(i);
    }

    /** Sum of first-order indices: 1 for an additive model, less when factors interact. */
    public double sumS1() {
        double s = 0;
        for (FactorIndices f : factors) s += f.s1();
        return s;
    }
}
