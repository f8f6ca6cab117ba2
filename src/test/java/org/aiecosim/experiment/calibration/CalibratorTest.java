package org.aiecosim.experiment.calibration;

import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.TestConfigs;
import org.aiecosim.scenario.CalibrationTarget;
import org.aiecosim.scenario.CalibrationTarget.Role;
import org.aiecosim.scenario.CalibrationTarget.Statistic;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A known answer for the whole fitting pipeline: make "observed" figures from the model itself at
 * known parameter values, start the optimiser elsewhere, and check it recovers those values.
 */
class CalibratorTest {

    @Test
    void recoversTheParametersThatProducedTheTargets() {
        ModelConfig config = TestConfigs.small(1500, 24);
        List<String> keys = List.of("region.China.capital", "market.supplyGrowth");
        double[] truth = {900, 0.07};
        YearMonth start = config.start();
        List<CalibrationTarget> probe = List.of(
                new CalibrationTarget("china", "compute.share.China", Statistic.MEAN, start.plusMonths(12), start.plusMonths(23), null, 0, 1, Role.CALIBRATION, "model"),
                new CalibrationTarget("stock", "compute.stock.US", Statistic.MEAN, start.plusMonths(23), start.plusMonths(23), null, 0, 1, Role.CALIBRATION, "model"));
        FitEvaluator truthRun = new FitEvaluator(config, keys, probe, 5L, 2, 2);
        FitEvaluator.Fit observed = truthRun.evaluate(truth);
        double china = observed.simulated().get(0).mean(), stock = observed.simulated().get(1).mean();
        List<CalibrationTarget> targets = List.of(
                new CalibrationTarget("china", "compute.share.China", Statistic.MEAN, start.plusMonths(12), start.plusMonths(23), null, china, 0.01 * china, Role.CALIBRATION, "model"),
                new CalibrationTarget("stock", "compute.stock.US", Statistic.MEAN, start.plusMonths(23), start.plusMonths(23), null, stock, 0.01 * stock, Role.CALIBRATION, "model"));
        FitEvaluator evaluator = new FitEvaluator(config, keys, targets, 5L, 2, 2);
        double[] fitted = new Calibrator(evaluator, new double[] {100, 0.02}, new double[] {3000, 0.12})
                .fit(new double[] {2500, 0.03}, 120, 3L, step -> { }).parameters();
        assertEquals(truth[0], fitted[0], 0.05 * truth[0], "China capital");
        assertEquals(truth[1], fitted[1], 0.05 * truth[1], "supply growth");
        assertTrue(evaluator.evaluate(fitted).distance() < 1, "both targets within tolerance");
    }

    @Test
    void aFixedSeedGivesTheSameFit() {
        ModelConfig config = TestConfigs.small(800, 12);
        YearMonth s = config.start();
        List<CalibrationTarget> targets = List.of(new CalibrationTarget("c", "compute.share.China", Statistic.MEAN, s.plusMonths(6), s.plusMonths(11),
                null, 0.2, 0.01, Role.CALIBRATION, "x"));
        FitEvaluator e = new FitEvaluator(config, List.of("region.China.capital"), targets, 1L, 1, 1);
        double[] a = new Calibrator(e, new double[] {100}, new double[] {3000}).fit(new double[] {500}, 30, 9L, x -> { }).parameters();
        double[] b = new Calibrator(e, new double[] {100}, new double[] {3000}).fit(new double[] {500}, 30, 9L, x -> { }).parameters();
        assertEquals(a[0], b[0], 0);
    }
}
