package org.aiecosim.experiment.calibration;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.function.Consumer;

/**
 * Fits free parameters by minimising the calibration distance with CMA-ES (Hansen 2006; Commons
 * Math's {@link CMAESOptimizer}) on the unit cube mapped to each parameter's bounds. The optimiser's
 * own generator is seeded, and evaluations use common random numbers, so a fixed seed gives the same fit.
 */
public final class Calibrator {

    /** One evaluation, for progress and the trace file. */
    public record Step(int evaluation, double[] parameters, double distance) {}

    private final FitEvaluator evaluator;
    private final double[] lower;
    private final double[] upper;

    public Calibrator(FitEvaluator evaluator, double[] lower, double[] upper) {
        this.evaluator = evaluator;
        this.lower = lower.clone();
        this.upper = upper.clone();
    }

    /** Parameter values of a unit-cube point. */
    public double[] toParameters(double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) x[i] = lower[i] + Math.min(1, Math.max(0, u[i])) * (upper[i] - lower[i]);
        return x;
    }

    /**
     * Runs CMA-ES from {@code start} (parameter units) for at most {@code maxEvaluations} evaluations
     * and returns the best evaluation seen (the best evaluated point, not only the optimiser's last),
     * so the caller need not run its replications again.
     */
    public FitEvaluator.Fit fit(double[] start, int maxEvaluations, long seed, Consumer<Step> progress) {
        return fit(start, null, maxEvaluations, seed, progress);
    }

    /**
     * As {@link #fit(double[], int, long, Consumer)}, with {@code atStart} the caller's evaluation of
     * {@code start} (or null): CMA-ES evaluates its initial guess first, and that evaluation reuses it
     * instead of running the replications again.
     */
    public FitEvaluator.Fit fit(double[] start, FitEvaluator.Fit atStart, int maxEvaluations, long seed, Consumer<Step> progress) {
        int k = start.length;
        double[] u0 = new double[k];
        for (int i = 0; i < k; i++) u0[i] = (start[i] - lower[i]) / (upper[i] - lower[i]);
        double[] sigma = new double[k];
        java.util.Arrays.fill(sigma, 0.25);
        int population = 4 + (int) (3 * Math.log(k));
        FitEvaluator.Fit[] best = {null};
        int[] count = {0};
        MultivariateFunction f = u -> {
            FitEvaluator.Fit fit = atStart != null && java.util.Arrays.equals(u, u0) ? atStart : evaluator.evaluate(toParameters(u));
            count[0]++;
            if (best[0] == null || fit.distance() < best[0].distance()) best[0] = fit;
            progress.accept(new Step(count[0], fit.parameters(), fit.distance()));
            return fit.distance();
        };
        double[] lo = new double[k], hi = new double[k];
        java.util.Arrays.fill(hi, 1.0);
        CMAESOptimizer cma = new CMAESOptimizer(100_000, 1e-3, true, 0, 0, new MersenneTwister(seed), false, null);
        try {
            cma.optimize(new MaxEval(maxEvaluations), new MaxIter(100_000), new ObjectiveFunction(f),
                    GoalType.MINIMIZE, new InitialGuess(u0), new SimpleBounds(lo, hi),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population));
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            // the budget is spent: keep the best point evaluated so far
        }
        if (best[0] != null) return best[0];
        return atStart != null ? atStart : evaluator.evaluate(toParameters(u0));
    }
}
