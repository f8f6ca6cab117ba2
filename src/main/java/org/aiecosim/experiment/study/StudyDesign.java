package org.aiecosim.experiment.study;

import org.aiecosim.scenario.StudySpec;
import org.aiecosim.scenario.StudySpec.Factor;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * The design points of a study in parameter units, generated deterministically from the study seed:
 * a full grid, uniform random points, a Latin hypercube (one point in each of n equal strata of every
 * factor), or a Sobol quasi-random sequence (Commons Math; the all-zero first point is skipped).
 */
public final class StudyDesign {
    private StudyDesign() {}

    /** Points (rows) × factors (columns), in the order runs are numbered. */
    public static List<double[]> points(StudySpec spec) {
        List<Factor> f = spec.factors();
        RandomGenerator rng = new MersenneTwister(spec.seed());
        return switch (spec.design().type()) {
            case GRID -> grid(f);
            case RANDOM -> scale(f, random(f.size(), spec.design().points(), rng));
            case LATIN -> scale(f, latin(f.size(), spec.design().points(), rng));
            case SOBOL -> scale(f, sobol(f.size(), spec.design().points()));
            case ABLATION -> AblationDesign.points(spec);
            case MORRIS, SALTELLI -> throw new IllegalArgumentException("use SensitivityDesign for " + spec.design().type().key);
        };
    }

    /** Cartesian product; the last factor varies fastest. */
    static List<double[]> grid(List<Factor> factors) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[0]);
        for (Factor f : factors) {
            List<double[]> next = new ArrayList<>();
            for (double[] p : points) {
                for (double v : f.gridValues()) {
                    double[] q = java.util.Arrays.copyOf(p, p.length + 1);
                    q[p.length] = v;
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    static List<double[]> random(int k, int n, RandomGenerator rng) {
        List<double[]> u = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] p = new double[k];
            for (int j = 0; j < k; j++) p[j] = rng.nextDouble();
            u.add(p);
        }
        return u;
    }

    /**
     * Latin hypercube of {@code n} points in the unit {@code k}-cube: each factor's range cut into n strata,
     * each stratum used once, in random pairing (also calibrate's multi-start points, {@code MultiStart}).
     */
    public static List<double[]> latin(int k, int n, RandomGenerator rng) {
        double[][] u = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int r = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[r];
                perm[r] = t;
            }
            for (int i = 0; i < n; i++) u[i][j] = (perm[i] + rng.nextDouble()) / n;
        }
        return new ArrayList<>(List.of(u));
    }

    static List<double[]> sobol(int k, int n) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(k);
        g.skipTo(1);
        List<double[]> u = new ArrayList<>();
        for (int i = 0; i < n; i++) u.add(g.nextVector());
        return u;
    }

    /** Maps unit-cube points to the factors' ranges. */
    public static List<double[]> scale(List<Factor> factors, List<double[]> unit) {
        List<double[]> out = new ArrayList<>(unit.size());
        for (double[] u : unit) {
            double[] p = new double[u.length];
            for (int j = 0; j < u.length; j++) p[j] = factors.get(j).fromUnit(u[j]);
            out.add(p);
        }
        return out;
    }
}
