package org.aiecosim.experiment.sensitivity;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Morris (1991) elementary-effects design on the unit hypercube.
 *
 * <p>The design has r trajectories of k+1 points each on the p-level grid {0, 1/(p−1), …, 1}.
 * Within a trajectory each step changes exactly one factor by ±Δ with Δ = p/(2(p−1)); the factors
 * are changed in a random order, each in a random direction, starting from a random base point
 * chosen so that every point stays in [0,1]. With p even, Δ is p/2 grid steps, so each coordinate
 * moves between level j and level j + p/2 for some j in [0, p/2): the p levels are sampled equally
 * often, as Morris recommends.
 *
 * <p>Rows of {@link #points()} are in trajectory order: row {@code t(k+1) + s} is point s of
 * trajectory t, and step s (from point s to point s+1) changed factor {@link #changedFactor(int, int)}
 * by {@link #step(int, int)}.
 */
public final class MorrisDesign {
    /** Default number of grid levels, p = 4, the usual choice (Saltelli et al. 2008). */
    public static final int DEFAULT_LEVELS = 4;

    private final int factors;
    private final int trajectories;
    private final int levels;
    private final double[][] points;
    private final int[][] changedFactor;

    private MorrisDesign(int factors, int trajectories, int levels, double[][] points, int[][] changedFactor) {
        this.factors = factors;
        this.trajectories = trajectories;
        this.levels = levels;
        this.points = points;
        this.changedFactor = changedFactor;
    }

    /** As {@link #generate(int, int, int, RandomGenerator)} with {@link #DEFAULT_LEVELS} levels. */
    public static MorrisDesign generate(int factors, int trajectories, RandomGenerator rng) {
        return generate(factors, trajectories, DEFAULT_LEVELS, rng);
    }

    /**
     * Draws a design.
     *
     * @param factors      k ≥ 1
     * @param trajectories r ≥ 1 (r ≥ 2 to get a standard deviation of the effects)
     * @param levels       p, even and ≥ 2
     * @param rng          source of all randomness; the same seed gives the same design
     */
    public static MorrisDesign generate(int factors, int trajectories, int levels, RandomGenerator rng) {
        if (factors < 1) throw new IllegalArgumentException("factors must be >= 1, got " + factors);
        if (trajectories < 1) throw new IllegalArgumentException("trajectories must be >= 1, got " + trajectories);
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("levels must be even and >= 2, got " + levels);
        int half = levels / 2; // Δ in grid steps
        double[][] pts = new double[trajectories * (factors + 1)][];
        int[][] changed = new int[trajectories][];
        for (int t = 0; t < trajectories; t++) {
            // Work in integer grid levels so coordinates are exactly level/(p−1), with no drift.
            int[] level = new int[factors];
            int[] direction = new int[factors];
            for (int i = 0; i < factors; i++) {
                int low = rng.nextInt(half);          // lower end of this coordinate's ±Δ pair
                boolean up = rng.nextBoolean();
                direction[i] = up ? 1 : -1;
                level[i] = up ? low : low + half;     // start at the end we move away from
            }
            int[] order = MathArrays.natural(factors);
            MathArrays.shuffle(order, rng);
            int row = t * (factors + 1);
            pts[row] = toUnit(level, levels);
            for (int s = 0; s < factors; s++) {
                int i = order[s];
                level[i] += direction[i] * half;
                pts[row + s + 1] = toUnit(level, levels);
            }
            changed[t] = order;
        }
        return new MorrisDesign(factors, trajectories, levels, pts, changed);
    }

    private static double[] toUnit(int[] level, int levels) {
        double[] x = new double[level.length];
        for (int i = 0; i < level.length; i++) x[i] = (double) level[i] / (levels - 1);
        return x;
    }

    /** A copy of the design, r(k+1) rows of k coordinates in [0,1], in trajectory order. */
    public double[][] points() {
        double[][] copy = new double[points.length][];
        for (int j = 0; j < points.length; j++) copy[j] = points[j].clone();
        return copy;
    }

    /** Number of factors k. */
    public int factors() {
        return factors;
    }

    /** Number of trajectories r. */
    public int trajectories() {
        return trajectories;
    }

    /** Number of grid levels p. */
    public int levels() {
        return levels;
    }

    /** Nominal step Δ = p/(2(p−1)). */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** Number of runs (rows), r(k+1). */
    public int runs() {
        return points.length;
    }

    /** Row index of point {@code point} (0..k) of trajectory {@code trajectory}. */
    public int row(int trajectory, int point) {
        return trajectory * (factors + 1) + point;
    }

    /** The factor changed by step {@code step} (0..k−1) of trajectory {@code trajectory}. */
    public int changedFactor(int trajectory, int step) {
        return changedFactor[trajectory][step];
    }

    /**
     * Signed change of the changed factor at that step: x[i] of point step+1 minus x[i] of point
     * step. It is ±Δ up to rounding of the grid values (taken from the stored points so an
     * elementary effect divides by the change actually run).
     */
    public double step(int trajectory, int step) {
        int i = changedFactor[trajectory][step];
        int row = row(trajectory, step);
        return points[row + 1][i] - points[row][i];
    }
}
