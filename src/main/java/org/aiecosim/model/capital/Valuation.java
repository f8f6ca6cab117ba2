package org.aiecosim.model.capital;

/**
 * Investors' valuation of a lab, as a fitness in the sense of Bianconi &amp; Barabási (2001):
 * <pre>
 *   eta_i = kindWeight_i * (1 + revenue_i / R_ref)^a * exp(-gap_i / w),   gap_i = max(0, frontier - capability_i)
 * </pre>
 * Concave in revenue for {@code a < 1} (a lab earning ten times more is not valued ten times more;
 * at {@code a = 0} revenue does not matter), and falling e-fold over a capability gap of {@code w}
 * points. With {@code a = 0} and {@code w = +infinity} the fitness is the kind weight alone: the
 * neutral setting, {@link #neutral()}.
 *
 * <p>The bandwidth is meant to be much wider than the 80 points of the model's original rule, and
 * is only one of two brakes: {@link InvestorAllocation} makes returns fall with capital already
 * raised, so a lab's lead is not turned into an ever larger share of the money (the original rule
 * took the leader's share of US capital from 26% to 81%). Callers who keep the old
 * {@code (1 + reputation)} factor multiply it into the kind weight.
 *
 * @param revenueReference    R_ref, revenue at which the revenue factor is {@code 2^a}, $M/month (&gt; 0)
 * @param revenueExponent     a, in [0, 1]
 * @param capabilityBandwidth w, capability points over which fitness falls e-fold (&gt; 0, may be +infinity)
 */
public record Valuation(double revenueReference, double revenueExponent, double capabilityBandwidth)
        implements java.io.Serializable {

    public Valuation {
        if (!(revenueReference > 0) || Double.isInfinite(revenueReference))
            throw new IllegalArgumentException("revenueReference must be positive and finite: " + revenueReference);
        if (!(revenueExponent >= 0 && revenueExponent <= 1))
            throw new IllegalArgumentException("revenueExponent must lie in [0, 1]: " + revenueExponent);
        if (!(capabilityBandwidth > 0))
            throw new IllegalArgumentException("capabilityBandwidth must be positive: " + capabilityBandwidth);
    }

    /** Fitness equal to the kind weight: revenue and distance to the frontier do not matter. */
    public static Valuation neutral() {
        return new Valuation(1, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * Fitness of one lab. Negative revenue counts as zero, a lab above the frontier has gap zero.
     *
     * @param kindWeight weight of the lab's kind (&ge; 0)
     * @param revenue    $M/month
     * @param capability the lab's capability, points
     * @param frontier   the frontier capability, points
     */
    public double fitness(double kindWeight, double revenue, double capability, double frontier) {
        if (!(kindWeight >= 0)) throw new IllegalArgumentException("kindWeight must be non-negative: " + kindWeight);
        double revenueFactor = revenueExponent == 0 ? 1 : Math.pow(1 + Math.max(0, revenue) / revenueReference, revenueExponent);
        double gap = Math.max(0, frontier - capability);
        return kindWeight * revenueFactor * Math.exp(-gap / capabilityBandwidth);
    }

    /**
     * Fitness of every lab into {@code out}, without allocating.
     *
     * @param kind       each lab's kind code, an index into {@code kindWeight}
     * @param kindWeight weight of each kind code
     * @param revenue    each lab's revenue, $M/month
     * @param capability each lab's capability, points
     * @param frontier   the frontier capability, points
     * @param out        receives each lab's fitness
     */
    public void fitness(int[] kind, double[] kindWeight, double[] revenue, double[] capability, double frontier, double[] out) {
        int n = out.length;
        if (kind.length != n || revenue.length != n || capability.length != n)
            throw new IllegalArgumentException("per-lab arrays must have the same length");
        for (int i = 0; i < n; i++) out[i] = fitness(kindWeight[kind[i]], revenue[i], capability[i], frontier);
    }
}
