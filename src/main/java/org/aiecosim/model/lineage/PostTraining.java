package org.aiecosim.model.lineage;

import java.io.Serializable;

/**
 * Capability of a model built on an open base: the base's effective training compute plus the
 * builder's post-training compute (fine-tuning, RL, distillation data), counted at efficiency
 * {@code computeEfficiency} (kappa) relative to pretraining, on the model's scaling law
 *
 * <pre>law(E) = referenceCapability + slope * log10(E / referenceCompute)
 * capability = law(E_base + kappa * F * 10^K),   E_base = law^-1(baseCapability)</pre>
 *
 * where F is the builder's post-training compute in physical FLOP and K its know-how in decades
 * (the same multiplier 10^K as for training from scratch). Hence
 * <pre>gain = slope * log10(1 + kappa * F * 10^K / E_base) &gt;= 0</pre>
 * which depends on the builder's compute and know-how and shrinks as the base gets stronger
 * (a fixed post-training budget matters less on a base that already cost more). kappa = 0 or F = 0
 * gives exactly the base's capability: the plain "copy the base" rule.
 *
 * <p>The additive-effective-compute form is a modelling choice: post-training and distillation
 * are reported to buy large gains per FLOP relative to pretraining (kappa &gt; 1 possible), and
 * derivative families on Hugging Face are mostly fine-tunes, adapters and quantisations of a few
 * bases (Laufer, Oderinwale &amp; Kleinberg 2025).
 *
 * @param computeEfficiency  kappa &gt;= 0: effective pretraining FLOP per post-training effective FLOP
 * @param referenceCompute   E_ref &gt; 0, effective FLOP at which capability equals referenceCapability
 * @param referenceCapability C_ref, points
 * @param slope              points per decade of effective compute, &gt; 0
 */
public record PostTraining(double computeEfficiency, double referenceCompute, double referenceCapability, double slope)
        implements Serializable {

    private static final double LN10 = Math.log(10);

    public PostTraining {
        if (!(computeEfficiency >= 0) || Double.isInfinite(computeEfficiency))
            throw new IllegalArgumentException("computeEfficiency must be finite and >= 0: " + computeEfficiency);
        if (!(referenceCompute > 0) || Double.isInfinite(referenceCompute))
            throw new IllegalArgumentException("referenceCompute must be finite and > 0: " + referenceCompute);
        if (!(slope > 0) || Double.isInfinite(slope))
            throw new IllegalArgumentException("slope must be finite and > 0: " + slope);
        if (!Double.isFinite(referenceCapability))
            throw new IllegalArgumentException("referenceCapability must be finite: " + referenceCapability);
    }

    /**
     * Capability of a model trained from scratch with {@code flop} physical FLOP at know-how
     * {@code knowhow}: law(F * 10^K), negative infinity for no compute.
     */
    public double scratchCapability(double flop, double knowhow) {
        if (!(flop > 0)) return Double.NEGATIVE_INFINITY;
        return referenceCapability + slope * (Math.log10(flop / referenceCompute) + knowhow);
    }

    /**
     * Capability of a model built on a base of capability {@code baseCapability} with
     * {@code flop} physical FLOP of post-training at know-how {@code knowhow}. Exactly
     * {@code baseCapability} when kappa = 0 or flop &lt;= 0. A base of negative infinity (no base)
     * gives the from-scratch capability of kappa * flop.
     */
    public double capability(double baseCapability, double flop, double knowhow) {
        if (baseCapability == Double.NEGATIVE_INFINITY) {
            return computeEfficiency > 0 ? scratchCapability(computeEfficiency * flop, knowhow) : Double.NEGATIVE_INFINITY;
        }
        return baseCapability + gain(baseCapability, flop, knowhow);
    }

    /**
     * Post-training gain over the base, points, &gt;= 0:
     * slope * log10(1 + kappa F 10^K / E_base), evaluated in log space so that neither a very
     * weak base (E_base underflowing) nor a very strong one (overflowing) breaks it.
     */
    public double gain(double baseCapability, double flop, double knowhow) {
        if (computeEfficiency == 0 || !(flop > 0)) return 0;
        // x = log10(kappa F 10^K / E_base), E_base = E_ref 10^((base - C_ref) / slope)
        double x = Math.log10(computeEfficiency * flop / referenceCompute) + knowhow
                - (baseCapability - referenceCapability) / slope;
        // log10(1 + 10^x) without overflow: x + log10(1 + 10^-x) for large x
        double decades = x > 0 ? x + Math.log1p(Math.pow(10, -x)) / LN10 : Math.log1p(Math.pow(10, x)) / LN10;
        return slope * decades;
    }

    /** Effective FLOP of a model of {@code capability} points (inverse of the scaling law). */
    public double effectiveCompute(double capability) {
        return referenceCompute * Math.pow(10, (capability - referenceCapability) / slope);
    }
}
