package org.aiecosim.model;

import java.io.Serializable;

/**
 * Capability as a function of effective training compute: capability rises linearly with the
 * log of effective compute (one calibrated curve for all labs).
 *
 * <pre>capability = referenceCapability + slope * log10(effectiveCompute / referenceCompute)</pre>
 *
 * The log-linear form follows the empirical regularity that benchmark and arena scores improve
 * roughly linearly per order of magnitude of training compute (Kaplan et al. 2020; Epoch AI).
 */
public record ScalingLaw(double referenceCompute, double referenceCapability, double slope) implements Serializable {

    public static final String REFERENCE_COMPUTE = "scaling.referenceCompute";
    public static final String REFERENCE_CAPABILITY = "scaling.referenceCapability";
    public static final String SLOPE = "scaling.slope";

    /** The scaling law of the given parameter values; the only place that reads these keys. */
    public static ScalingLaw of(ParameterSource p) {
        return new ScalingLaw(p.get(REFERENCE_COMPUTE), p.get(REFERENCE_CAPABILITY), p.get(SLOPE));
    }

    /** Capability in points of a model trained with {@code effectiveFlop} effective FLOP. */
    public double capability(double effectiveFlop) {
        if (effectiveFlop <= 0) return Double.NEGATIVE_INFINITY;
        return referenceCapability + slope * Math.log10(effectiveFlop / referenceCompute);
    }

    /** Effective FLOP needed for {@code capability} points (inverse of {@link #capability}). */
    public double effectiveCompute(double capability) {
        return referenceCompute * Math.pow(10, (capability - referenceCapability) / slope);
    }
}
