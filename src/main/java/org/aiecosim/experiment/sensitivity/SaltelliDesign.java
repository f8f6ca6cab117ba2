package org.aiecosim.experiment.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli (2002; Saltelli et al. 2010) sampling design for first- and total-order Sobol indices.
 *
 * <p>N points of a Sobol low-discrepancy sequence of dimension 2k (Joe and Kuo direction numbers,
 * as shipped with Commons Math) are split into two N×k matrices: the first k coordinates form A,
 * the last k form B. The runs are, in this row order:
 * <ol>
 *   <li>A: rows 0 … N−1</li>
 *   <li>B: rows N … 2N−1</li>
 *   <li>AB_i for i = 0 … k−1 (A with column i taken from B): rows (2+i)N … (3+i)N−1</li>
 * </ol>
 * so N(k+2) runs in all. Using the same sequence for A and B (rather than two independent
 * sequences) is what keeps A and B jointly low-discrepancy, the point of the method.
 *
 * <p><b>Skipping.</b> Point 0 of the Sobol sequence is the origin. With {@code skipFirst} the
 * design starts at point 1, the customary choice: the origin makes row 0 of A, of B and of every
 * AB_i the same corner, so that row adds nothing to the estimators but a boundary value. We skip
 * only that one point (not a block of 2^m points), so the sample is points 1 … N of the sequence.
 * On Ishigami with N = 2^13 skipping or not changes the indices by less than 0.001. The design is deterministic: there is
 * no scrambling and no seed.
 */
public final class SaltelliDesign {
    private final int factors;
    private final int baseSamples;
    private final boolean skipFirst;
    private final double[][] points;

    private SaltelliDesign(int factors, int baseSamples, boolean skipFirst, double[][] points) {
        this.factors = factors;
        this.baseSamples = baseSamples;
        this.skipFirst = skipFirst;
        this.points = points;
    }

    /**
     * Builds the design.
     *
     * @param factors     k ≥ 1; 2k must not exceed 1000 (the direction numbers Commons Math ships)
     * @param baseSamples N ≥ 2; a power of two keeps the Sobol sample balanced
     * @param skipFirst   whether to drop point 0 (the origin) of the sequence; see the class comment
     */
    public static SaltelliDesign generate(int factors, int baseSamples, boolean skipFirst) {
        if (factors < 1) throw new IllegalArgumentException("factors must be >= 1, got " + factors);
        if (2 * factors > 1000) throw new IllegalArgumentException("at most 500 factors, got " + factors);
        if (baseSamples < 2) throw new IllegalArgumentException("baseSamples must be >= 2, got " + baseSamples);
        int k = factors, n = baseSamples;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        if (skipFirst) sobol.nextVector();
        double[][] pts = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = new double[k], b = new double[k];
            System.arraycopy(v, 0, a, 0, k);
            System.arraycopy(v, k, b, 0, k);
            pts[j] = a;
            pts[n + j] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                pts[(2 + i) * n + j] = ab;
            }
        }
        return new SaltelliDesign(k, n, skipFirst, pts);
    }

    /** A copy of the design, N(k+2) rows of k coordinates in [0,1), in the row order above. */
    public double[][] points() {
        double[][] copy = new double[points.length][];
        for (int j = 0; j < points.length; j++) copy[j] = points[j].clone();
        return copy;
    }

    /** Number of factors k. */
    public int factors() {
        return factors;
    }

    /** Number of base samples N (rows of A and of B). */
    public int baseSamples() {
        return baseSamples;
    }

    /** Whether point 0 of the Sobol sequence was skipped. */
    public boolean skipFirst() {
        return skipFirst;
    }

    /** Number of runs, N(k+2). */
    public int runs() {
        return points.length;
    }

    /** Row of base sample j in A. */
    public int rowA(int j) {
        return j;
    }

    /** Row of base sample j in B. */
    public int rowB(int j) {
        return baseSamples + j;
    }

    /** Row of base sample j in AB_i (A with column {@code factor} from B). */
    public int rowAB(int factor, int j) {
        return (2 + factor) * baseSamples + j;
    }
}
