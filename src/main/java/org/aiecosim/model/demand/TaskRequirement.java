package org.aiecosim.model.demand;

import java.io.Serializable;

/**
 * Distribution of task capability requirements. Each developer draws once a task quantile q ~ U(0,1); its
 * requirement at month t is
 * <pre>
 * R(q, t) = C_0 + q^gamma * max(0, frontier_t - C_0)      [points]
 * </pre>
 * so the hardest tasks (q near 1) need the current frontier and move with it, while low-quantile tasks
 * need little more than the floor C_0. A larger concentration gamma puts more tasks near the floor.
 *
 * @param floor         C_0, capability every task needs [points]
 * @param concentration gamma &gt;= 1
 */
public record TaskRequirement(double floor, double concentration) implements Serializable {

    public TaskRequirement {
        if (!(concentration >= 1) || Double.isInfinite(concentration))
            throw new IllegalArgumentException("concentration must be a finite number >= 1, got " + concentration);
        if (!Double.isFinite(floor)) throw new IllegalArgumentException("floor must be finite, got " + floor);
    }

    /** Requirement [points] of a task at quantile q in [0,1] when the frontier is {@code frontier}. */
    public double requirement(double q, double frontier) {
        return requirementAt(power(q), frontier);
    }

    /** q^gamma, the part of a task's requirement that does not change with the frontier. */
    public double power(double q) { return Math.pow(q, concentration); }

    /** {@link #requirement} of the task whose {@link #power} is {@code power} (kept by a caller that reuses it). */
    public double requirementAt(double power, double frontier) {
        // R = C_0 + q^gamma (frontier - C_0); a frontier below the floor leaves every task at C_0
        double span = frontier - floor;
        return span > 0 ? floor + power * span : floor;
    }

    /**
     * Share of tasks (over q ~ U(0,1)) whose requirement a model {@code delta} points behind the frontier
     * meets: c = frontier - delta meets R(q) iff q^gamma &lt;= 1 - delta/(frontier - C_0), so
     * <pre>
     * shareMet = (1 - delta/(frontier - C_0))^(1/gamma), clipped to [0,1].
     * </pre>
     * If the frontier is at or below the floor every task needs C_0: the share is 1 if c &gt;= C_0, else 0.
     */
    public double shareMet(double delta, double frontier) {
        double span = frontier - floor;
        if (span <= 0) return frontier - delta >= floor ? 1 : 0;
        double x = 1 - delta / span;
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        return Math.pow(x, 1.0 / concentration);
    }
}
