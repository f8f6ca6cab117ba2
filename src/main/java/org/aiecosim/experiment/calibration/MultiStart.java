package org.aiecosim.experiment.calibration;

import org.aiecosim.experiment.study.StudyDesign;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.ArrayList;
import java.util.List;

/**
 * Independent starts of the optimiser, to see whether the targets pin the parameters down: start 0
 * is the scenario's own values with the calibration's seed (so one start is exactly a plain
 * calibration); starts 1..n-1 are a Latin hypercube over the bounds (McKay, Beckman &amp; Conover
 * 1979), each with its own CMA-ES seed. Every start minimises the same objective (the same common
 * random numbers), so different landing points at equal distance mean flat directions of the
 * objective, not seed noise.
 */
public final class MultiStart {

    /** One starting point and the seed of its optimiser. */
    public record Start(int index, long seed, double[] point) {}

    /** What one start found: its starting evaluation, its best evaluation and how many it made. */
    public record Result(Start start, FitEvaluator.Fit initial, FitEvaluator.Fit best, int evaluations) {}

    private MultiStart() {}

    /**
     * {@code n} starts: the scenario's values {@code own} first, then a Latin hypercube of {@code n-1}
     * points in [lower, upper] drawn from a generator seeded by {@code seed} (one stratum per start and
     * parameter, a random point within it, strata shuffled independently per parameter).
     */
    public static List<Start> starts(double[] own, double[] lower, double[] upper, int n, long seed) {
        if (n < 1) throw new IllegalArgumentException("at least one start");
        List<Start> starts = new ArrayList<>();
        starts.add(new Start(0, seed, own.clone()));
        int m = n - 1, k = own.length;
        if (m == 0) return starts;
        // A generator of its own (not the optimiser's, not the replications'), so adding starts
        // changes neither the first start nor the objective.
        List<double[]> unit = StudyDesign.latin(k, m, new MersenneTwister(seed ^ 0x5DEECE66DL));
        for (int i = 0; i < m; i++) {
            double[] x = new double[k];
            for (int j = 0; j < k; j++) x[j] = lower[j] + unit.get(i)[j] * (upper[j] - lower[j]);
            starts.add(new Start(i + 1, seed + i + 1, x));
        }
        return starts;
    }

    /** The best result over all starts (the first of equal distances). */
    public static Result best(List<Result> results) {
        Result best = results.get(0);
        for (Result r : results) if (r.best().distance() < best.best().distance()) best = r;
        return best;
    }
}
