package org.aiecosim.model.knowledge;

import java.io.Serializable;

/**
 * Absorption of the public frontier, which needs absorptive capacity: a lab learns from others only in
 * proportion to its own research intensity (Cohen &amp; Levinthal 1990, "Absorptive capacity: a new
 * perspective on learning and innovation", ASQ 35(1): R&amp;D has two faces, it creates knowledge and
 * builds the capacity to assimilate others').
 * <pre>  capacity(S) = S / (S + h)                       (1 when h = 0)
 *   gain        = a &middot; capacity(S) &middot; max(0, P_lagged &minus; K)  decades per month</pre>
 * where S is the lab's research effort ({@link ResearchProduction#effort}) and P_lagged the public
 * frontier as it reaches the lab ({@link SpilloverLag}). h = 0 is the off switch: every lab absorbs
 * fully, the v1 rule a&middot;max(0, P &minus; K).
 *
 * @param halfEffort h &ge; 0, the effort at which capacity is one half
 * @param rate       a in [0,1], share of the (capacity-weighted) gap closed per month
 */
public record AbsorptiveCapacity(double halfEffort, double rate) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AbsorptiveCapacity {
        if (!(halfEffort >= 0) || !Double.isFinite(halfEffort)) {
            throw new IllegalArgumentException("halfEffort must be finite and >= 0: " + halfEffort);
        }
        if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("rate must be in [0,1]: " + rate);
    }

    /**
     * Absorptive capacity in [0,1]: S/(S + h), increasing in effort; 1 for every effort when h = 0
     * (Cohen &amp; Levinthal 1990).
     */
    public double capacity(double effort) {
        if (!(effort >= 0)) throw new IllegalArgumentException("effort must be >= 0: " + effort);
        if (halfEffort == 0) return 1;
        if (effort == Double.POSITIVE_INFINITY) return 1;
        return effort / (effort + halfEffort);
    }

    /**
     * Know-how absorbed this month, decades: a &middot; capacity(S) &middot; max(0, P_lagged &minus; K)
     * (Cohen &amp; Levinthal 1990); nothing when the lab is at or above the public frontier.
     */
    public double gain(double knowhow, double publicLagged, double effort) {
        return rate * capacity(effort) * Math.max(0, publicLagged - knowhow);
    }
}
