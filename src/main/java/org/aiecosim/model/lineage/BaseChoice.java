package org.aiecosim.model.lineage;

import ec.util.MersenneTwisterFast;

import java.io.Serializable;

/**
 * Which base a lab builds its next release on: a multinomial logit over the options
 * {train from scratch, open base 0 .. n-1}, with utilities
 *
 * <pre>V_scratch = capabilitySensitivity * cap_scratch + scratchPremium
 * V_j       = capabilitySensitivity * cap_j - servingCostWeight * cost_j - licenceWeight * licence_j
 *             + ecosystemWeight * ln(1 + D_j) - admissibilityWeight * (1 - a_j)</pre>
 *
 * and P(option) = exp(V) / sum exp(V) over the available options. cap_j is the capability the lab
 * would reach building on base j (the caller computes it with {@link PostTraining}); cost_j the
 * base's serving cost (its size; the caller may scale it by {@link EcosystemEffects#servingCostFactor});
 * licence_j its licence restrictiveness, 0 permissive .. 1 restrictive; D_j the size of its
 * derivative family (tools, quantisations, adapters: Laufer, Oderinwale &amp; Kleinberg 2025), as a
 * cumulative or a recent count from {@link FamilyLedger}; a_j its admissibility in [0, 1].
 *
 * <p>a_j &lt;= 0 (inadmissible in the lab's region, not allowed by a region rule or by the licence)
 * gives the base probability exactly 0. With 0/1 admissibilities the admissibility term vanishes;
 * a value strictly between 0 and 1 (a base that is allowed but carries regulatory friction) costs
 * admissibilityWeight * (1 - a_j). The scratch option is unavailable when scratchPremium or
 * cap_scratch is negative infinity.
 *
 * <p>With ecosystemWeight = 1 and otherwise identical bases, P(j) is proportional to 1 + D_j: if
 * each choice adds a derivative to the chosen family this is a P&oacute;lya urn, whose shares converge
 * to a Beta-distributed limit (increasing returns and lock-in by historical small events,
 * Arthur 1989). With ecosystemWeight = 0 identical bases split choices evenly.
 *
 * <p>Inputs are finite (apart from the exclusions above). Nothing is allocated: callers pass the
 * option count n and a scratch array of length &gt;= n.
 *
 * @param capabilitySensitivity utility per capability point, 1/points
 * @param servingCostWeight     utility per unit of serving cost ($ per unit of output, or relative size)
 * @param licenceWeight         utility lost by a fully restrictive licence (licence = 1) relative to a permissive one
 * @param ecosystemWeight       psi, utility per unit of ln(1 + derivatives)
 * @param admissibilityWeight   utility lost by a base of admissibility a per unit of (1 - a)
 * @param scratchPremium        utility of training one's own foundation model beyond its capability
 *                              (keeps the family and its licence in the lab's hands); negative infinity: never
 */
public record BaseChoice(double capabilitySensitivity, double servingCostWeight, double licenceWeight,
                         double ecosystemWeight, double admissibilityWeight, double scratchPremium) implements Serializable {

    /** {@link #choose} result: train from scratch. */
    public static final int SCRATCH = -1;
    /** {@link #choose} result: no option available (no admissible base and scratch excluded). */
    public static final int NONE = -2;

    public BaseChoice {
        if (!Double.isFinite(capabilitySensitivity) || !Double.isFinite(servingCostWeight) || !Double.isFinite(licenceWeight)
                || !Double.isFinite(ecosystemWeight) || !Double.isFinite(admissibilityWeight))
            throw new IllegalArgumentException("utility weights must be finite");
        if (Double.isNaN(scratchPremium) || scratchPremium == Double.POSITIVE_INFINITY)
            throw new IllegalArgumentException("scratchPremium must be finite or negative infinity: " + scratchPremium);
    }

    /** Utility of training from scratch, negative infinity if unavailable. */
    public double scratchUtility(double scratchCapability) {
        if (scratchPremium == Double.NEGATIVE_INFINITY || scratchCapability == Double.NEGATIVE_INFINITY) return Double.NEGATIVE_INFINITY;
        return capabilitySensitivity * scratchCapability + scratchPremium;
    }

    /** Utility of building on a base, negative infinity if it is inadmissible (admissibility &lt;= 0) or has no capability. */
    public double baseUtility(double capability, double servingCost, double licence, double derivatives, double admissibility) {
        if (!(admissibility > 0) || capability == Double.NEGATIVE_INFINITY) return Double.NEGATIVE_INFINITY;
        return capabilitySensitivity * capability - servingCostWeight * servingCost - licenceWeight * licence
                + ecosystemWeight * Math.log1p(derivatives) - admissibilityWeight * (1 - Math.min(1, admissibility));
    }

    /**
     * Draws an option: {@link #SCRATCH}, a base index in [0, n), or {@link #NONE} if nothing is
     * available. One {@code random.nextDouble()} per call (none when nothing is available).
     *
     * @param scratchCapability capability the lab reaches training from scratch
     * @param capability        per base, the capability the lab reaches building on it
     * @param servingCost       per base, serving cost
     * @param licence           per base, licence restrictiveness in [0, 1]
     * @param derivatives       per base, derivative family size D (&gt;= 0)
     * @param admissibility     per base, admissibility in [0, 1]; &lt;= 0 excludes
     * @param n                 number of bases (arrays may be longer)
     * @param scratch           work array of length &gt;= n, overwritten
     */
    public int choose(double scratchCapability, double[] capability, double[] servingCost, double[] licence,
                      double[] derivatives, double[] admissibility, int n, double[] scratch, MersenneTwisterFast random) {
        double ws = weights(scratchCapability, capability, servingCost, licence, derivatives, admissibility, n, scratch);
        if (Double.isNaN(ws)) return NONE;
        double total = ws;
        for (int j = 0; j < n; j++) total += scratch[j];
        double u = random.nextDouble() * total;
        if (u < ws) return SCRATCH;
        u -= ws;
        int last = ws > 0 ? SCRATCH : NONE;
        for (int j = 0; j < n; j++) {
            double w = scratch[j];
            if (w <= 0) continue;
            if (u < w) return j;
            u -= w;
            last = j;
        }
        return last; // rounding left u just past the end: the last option with positive weight
    }

    /**
     * Choice probabilities: fills {@code out[0..n)} with the bases' probabilities and returns that
     * of training from scratch. All zero and NaN returned if nothing is available.
     */
    public double probabilities(double scratchCapability, double[] capability, double[] servingCost, double[] licence,
                                double[] derivatives, double[] admissibility, int n, double[] out) {
        double ws = weights(scratchCapability, capability, servingCost, licence, derivatives, admissibility, n, out);
        if (Double.isNaN(ws)) return Double.NaN;
        double total = ws;
        for (int j = 0; j < n; j++) total += out[j];
        for (int j = 0; j < n; j++) out[j] /= total;
        return ws / total;
    }

    /**
     * Fills w[0..n) with exp(V_j - max V) and returns exp(V_scratch - max V) (max-subtraction keeps
     * the largest weight at 1, so nothing overflows); NaN with w all zero if no option is available.
     */
    private double weights(double scratchCapability, double[] capability, double[] servingCost, double[] licence,
                           double[] derivatives, double[] admissibility, int n, double[] w) {
        double vs = scratchUtility(scratchCapability);
        double max = vs;
        for (int j = 0; j < n; j++) {
            double v = baseUtility(capability[j], servingCost[j], licence[j], derivatives[j], admissibility[j]);
            w[j] = v;
            if (v > max) max = v;
        }
        if (max == Double.NEGATIVE_INFINITY) {
            for (int j = 0; j < n; j++) w[j] = 0;
            return Double.NaN;
        }
        for (int j = 0; j < n; j++) w[j] = w[j] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(w[j] - max);
        return vs == Double.NEGATIVE_INFINITY ? 0 : Math.exp(vs - max);
    }
}
