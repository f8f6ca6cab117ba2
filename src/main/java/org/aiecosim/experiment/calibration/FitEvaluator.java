package org.aiecosim.experiment.calibration;

import org.aiecosim.experiment.ReplicationRunner;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.Parameters;
import org.aiecosim.result.ReplicationResult;
import org.aiecosim.scenario.CalibrationTarget;
import org.aiecosim.observation.IndicatorCatalog;
import org.aiecosim.observation.Unit;
import org.aiecosim.stats.ReplicationInterval;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs replications of a configuration with given parameter values and compares them with targets.
 * Every evaluation uses the same replication seeds (common random numbers), so the distance is a
 * deterministic function of the parameters and differences between candidates are not seed noise.
 */
public final class FitEvaluator {

    /**
     * The simulated mean and 95% interval of each target (bootstrap for a mean of a share, which stays
     * within [0, 1]; Student t otherwise), and the distance over the calibration targets.
     */
    public record Fit(double[] parameters, List<ReplicationInterval> simulated, double distance, List<ReplicationResult> runs) {}

    private final ModelConfig base;
    private final List<String> keys;
    private final List<CalibrationTarget> targets;
    private final long seed;
    private final int replications;
    private final ReplicationRunner runner;

    public FitEvaluator(ModelConfig base, List<String> keys, List<CalibrationTarget> targets, long seed, int replications, int threads) {
        this.base = base;
        this.keys = List.copyOf(keys);
        this.targets = List.copyOf(targets);
        this.seed = seed;
        this.replications = replications;
        this.runner = new ReplicationRunner(threads);
    }

    /** The configuration with {@code x} set as starting values of the free parameters. */
    public ModelConfig configure(double[] x) {
        Parameters p = base.parameters().copy();
        for (int i = 0; i < x.length; i++) p.set(keys.get(i), x[i]);
        return base.withParameters(p);
    }

    public Fit evaluate(double[] x) {
        List<ReplicationResult> runs;
        try {
            runs = runner.run(configure(x), seed, replications, n -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("calibration interrupted", e);
        }
        List<ReplicationInterval> sim = new ArrayList<>();
        double distance = 0;
        for (CalibrationTarget t : targets) {
            double[] v = new double[runs.size()];
            for (int r = 0; r < v.length; r++) v[r] = TargetStatistics.compute(runs.get(r).table(), t);
            Unit unit = IndicatorCatalog.unitOf(t.indicator());
            ReplicationInterval e = ReplicationInterval.of(v, t.statistic() == CalibrationTarget.Statistic.MEAN && unit != null && unit.bounded());
            sim.add(e);
            if (t.role() == CalibrationTarget.Role.CALIBRATION) distance += distance(e.mean(), t);
        }
        return new Fit(x.clone(), sim, distance, runs);
    }

    /** Squared error in units of the tolerance; an undefined statistic costs as much as being 10 tolerances off. */
    static double distance(double simulated, CalibrationTarget t) {
        if (Double.isNaN(simulated)) return 100;
        double z = (simulated - t.value()) / t.tolerance();
        return z * z;
    }

    public List<CalibrationTarget> targets() { return targets; }

    public List<String> keys() { return keys; }
}
