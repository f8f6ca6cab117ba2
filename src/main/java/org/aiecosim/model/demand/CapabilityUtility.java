package org.aiecosim.model.demand;

import java.io.Serializable;

/**
 * Utility of capability c for a task requiring R points: a shortfall costs steeply and linearly, a surplus
 * adds little and saturates:
 * <pre>
 * u(c, R) = - shortfallWeight * max(0, R - c)/100 + surplusWeight * (1 - exp(-max(0, c - R)/surplusScale))
 * </pre>
 * u is continuous, non-decreasing in c, equal to 0 at c = R, and bounded above by surplusWeight.
 *
 * @param shortfallWeight utils lost per 100 points short of the requirement (&gt;= 0)
 * @param surplusWeight   utils gained at full saturation (&gt;= 0)
 * @param surplusScale    points of surplus over which the gain saturates (e-folding scale, &gt; 0)
 */
public record CapabilityUtility(double shortfallWeight, double surplusWeight, double surplusScale)
        implements Serializable {

    public CapabilityUtility {
        if (!(shortfallWeight >= 0)) throw new IllegalArgumentException("shortfallWeight must be >= 0");
        if (!(surplusWeight >= 0)) throw new IllegalArgumentException("surplusWeight must be >= 0");
        if (!(surplusScale > 0)) throw new IllegalArgumentException("surplusScale must be > 0");
    }

    /** u(c, R) in utils; see the class comment. */
    public double value(double capability, double requirement) {
        double gap = capability - requirement;
        // shortfall: linear and steep; surplus: saturating exponential
        return gap < 0 ? shortfallWeight * gap / 100.0
                       : surplusWeight * -Math.expm1(-gap / surplusScale);
    }
}
