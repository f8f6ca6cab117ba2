package org.aiecosim.model.knowledge;

import java.io.Serializable;

/**
 * Efficiency under compute scarcity (directed technical change): research effort is split between
 * scaling work and compute-saving work by the lab's shadow price of compute. When the lab cannot buy
 * the chips it wants at the market price (an export cap or short domestic supply binds), compute is
 * dearer to it than the market price says, the return to compute-saving research rises and effort
 * moves there. Hicks 1932 (The Theory of Wages: "a change in the relative prices of the factors of
 * production is itself a spur to invention ... directed to economising the use of a factor which has
 * become relatively expensive"); Acemoglu 2002 ("Directed technical change", REStud 69(4)); Popp 2002
 * ("Induced innovation and energy prices", AER 92(1)).
 * <pre>  ratio = (desired / obtained)^(1/&epsilon;)                     (&ge; 1)
 *   s     = logistic(logit(s0) + &eta; ln ratio)      so  d logit(s) / d ln ratio = &eta;</pre>
 * s is the share of research effort on compute-saving work, s0 the share of an unconstrained lab.
 * &eta; = 0 is the off switch (s = s0 whatever the ratio). Order of magnitude of &eta;: Popp 2002 finds a
 * long-run elasticity of energy-saving patenting to energy prices of about 0.35; for small shares
 * logit(s) &asymp; ln s, so &eta; is then close to the elasticity of compute-saving effort to the
 * shadow price. How the split feeds know-how (efficiency) versus scale is left to the caller.
 *
 * @param baselineEfficiencyShare s0 in (0,1), compute-saving share of an unconstrained lab
 * @param priceElasticity         &eta; &ge; 0, elasticity of the odds of compute-saving work to the shadow price
 */
public record DirectedResearch(double baselineEfficiencyShare, double priceElasticity) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DirectedResearch {
        if (!(baselineEfficiencyShare > 0 && baselineEfficiencyShare < 1)) {
            throw new IllegalArgumentException("baselineEfficiencyShare must be in (0,1): " + baselineEfficiencyShare);
        }
        if (!(priceElasticity >= 0) || !Double.isFinite(priceElasticity)) {
            throw new IllegalArgumentException("priceElasticity must be finite and >= 0: " + priceElasticity);
        }
    }

    /**
     * Shadow price of compute relative to the market price, (desired/obtained)^(1/&epsilon;) &ge; 1. With
     * iso-elastic demand q = (b/p_ref)(p/p_ref)^(&minus;&epsilon;) the lab demands {@code desired} at the
     * market price p_m; the shadow price p_s at which it would demand only what it obtained has
     * obtained/desired = (p_s/p_m)^(&minus;&epsilon;), so p_s/p_m = (desired/obtained)^(1/&epsilon;)
     * (the virtual price of a rationed good). 1 when unconstrained (obtained &ge; desired) or when
     * nothing is wanted; +&infin; when something is wanted and nothing obtained.
     *
     * @param desiredChips     chips the lab would buy at the market price (&ge; 0)
     * @param obtainedChips    chips it could buy (&ge; 0)
     * @param demandElasticity &epsilon; &gt; 0, price elasticity of the lab's chip demand
     */
    public static double shadowPriceRatio(double desiredChips, double obtainedChips, double demandElasticity) {
        if (!(desiredChips >= 0) || !(obtainedChips >= 0)) {
            throw new IllegalArgumentException("chips must be >= 0: " + desiredChips + ", " + obtainedChips);
        }
        if (!(demandElasticity > 0)) throw new IllegalArgumentException("demandElasticity must be > 0: " + demandElasticity);
        if (desiredChips == 0 || obtainedChips >= desiredChips) return 1;
        if (obtainedChips == 0) return Double.POSITIVE_INFINITY;
        // virtual price of a rationed good under iso-elastic demand
        return Math.pow(desiredChips / obtainedChips, 1 / demandElasticity);
    }

    /**
     * Share of research effort on compute-saving work at a shadow price ratio: logistic(logit(s0) +
     * &eta; ln ratio), so d logit(s)/d ln ratio = &eta; exactly (Hicks 1932; Acemoglu 2002; &eta; of
     * the order of Popp 2002's 0.35). Exactly s0 at ratio 1 or &eta; = 0; 1 at an infinite ratio when
     * &eta; &gt; 0. Allocates nothing.
     *
     * @param shadowPriceRatio ratio &gt; 0, usually from {@link #shadowPriceRatio}
     */
    public double efficiencyShare(double shadowPriceRatio) {
        if (!(shadowPriceRatio > 0)) throw new IllegalArgumentException("ratio must be > 0: " + shadowPriceRatio);
        double s0 = baselineEfficiencyShare;
        if (priceElasticity == 0 || shadowPriceRatio == 1) return s0;
        if (shadowPriceRatio == Double.POSITIVE_INFINITY) return 1;
        // induced innovation: the odds of compute-saving work rise with elasticity eta in the shadow price
        double z = Math.log(s0 / (1 - s0)) + priceElasticity * Math.log(shadowPriceRatio);
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
