package org.aiecosim.model.lineage;

import java.io.Serializable;

/**
 * What a family's derivative ecosystem does for its base and its owner.
 *
 * <ul>
 *   <li>Serving cost: quantisations, optimised kernels and serving tools built around a popular base
 *       make it cheaper to run, {@code servingCostFactor(D) = (1 + D / servingHalf)^-servingExponent}
 *       in (0, 1], 1 at D = 0, falling with diminishing steps. Neutral (always exactly 1):
 *       servingHalf = +infinity or servingExponent = 0.</li>
 *   <li>Owner's know-how: improvements revealed by the community flow back to the owner of an open
 *       artefact (private-collective returns, von Hippel &amp; von Krogh 2003; free revealing,
 *       Harhoff, Henkel &amp; von Hippel 2003). The gain is bounded and diminishing in the recent
 *       derivative count R: {@code ownerKnowhowGain(R) = gainMax * R / (R + gainHalf)}, decades of
 *       know-how per application (per month if applied monthly), below gainMax and half of it at
 *       R = gainHalf. Neutral: gainMax = 0.</li>
 * </ul>
 *
 * @param servingHalf     D_half &gt; 0, derivatives at which the serving cost factor is 2^-servingExponent (+infinity: off)
 * @param servingExponent beta &gt;= 0 (0: off)
 * @param gainMax         g_max &gt;= 0, decades of know-how, the bound of the owner's gain (0: off)
 * @param gainHalf        R_half &gt; 0, recent derivatives giving half of g_max
 */
public record EcosystemEffects(double servingHalf, double servingExponent, double gainMax, double gainHalf) implements Serializable {

    /** No effect: serving cost factor 1, no know-how gain. */
    public static final EcosystemEffects NEUTRAL = new EcosystemEffects(Double.POSITIVE_INFINITY, 0, 0, 1);

    public EcosystemEffects {
        if (!(servingHalf > 0)) throw new IllegalArgumentException("servingHalf must be > 0 (or +infinity): " + servingHalf);
        if (!(servingExponent >= 0) || Double.isInfinite(servingExponent))
            throw new IllegalArgumentException("servingExponent must be finite and >= 0: " + servingExponent);
        if (!(gainMax >= 0) || Double.isInfinite(gainMax)) throw new IllegalArgumentException("gainMax must be finite and >= 0: " + gainMax);
        if (!(gainHalf > 0) || Double.isInfinite(gainHalf)) throw new IllegalArgumentException("gainHalf must be finite and > 0: " + gainHalf);
    }

    /** Multiplier of a base's serving cost for a family of {@code derivatives} (&gt;= 0) derivatives, in (0, 1]. */
    public double servingCostFactor(double derivatives) {
        if (servingExponent == 0 || servingHalf == Double.POSITIVE_INFINITY || !(derivatives > 0)) return 1;
        return Math.pow(1 + derivatives / servingHalf, -servingExponent);
    }

    /** Know-how gain of a family's owner from {@code recentDerivatives} (&gt;= 0) recent derivatives, in [0, gainMax] (gainMax only in the limit). */
    public double ownerKnowhowGain(double recentDerivatives) {
        if (gainMax == 0 || !(recentDerivatives > 0)) return 0;
        if (recentDerivatives == Double.POSITIVE_INFINITY) return gainMax;
        return gainMax * recentDerivatives / (recentDerivatives + gainHalf);
    }
}
