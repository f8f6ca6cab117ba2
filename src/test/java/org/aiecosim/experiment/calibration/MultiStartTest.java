package org.aiecosim.experiment.calibration;

import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.TestConfigs;
import org.aiecosim.result.ReplicationResult;
import org.aiecosim.scenario.CalibrationTarget;
import org.aiecosim.scenario.CalibrationTarget.Role;
import org.aiecosim.scenario.CalibrationTarget.Statistic;
import org.aiecosim.stats.ReplicationInterval;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Multi-start fits and what they say about identifiability: known answers. */
class MultiStartTest {

    @Test
    void theFirstStartIsTheScenarioWithTheCalibrationSeedAndTheRestALatinHypercube() {
        double[] own = {0.5, 10};
        double[] lo = {0, -5}, hi = {1, 20};
        int n = 9;
        List<MultiStart.Start> s = MultiStart.starts(own, lo, hi, n, 42L);
        assertEquals(n, s.size());
        assertArrayEquals(own, s.get(0).point());
        assertEquals(42L, s.get(0).seed());
        for (int j = 0; j < own.length; j++) {
            boolean[] stratum = new boolean[n - 1];
            for (int i = 1; i < n; i++) {
                double u = (s.get(i).point()[j] - lo[j]) / (hi[j] - lo[j]);
                assertTrue(u >= 0 && u < 1, "inside the bounds");
                int k = (int) (u * (n - 1));
                assertFalse(stratum[k], "one start per stratum of parameter " + j);
                stratum[k] = true;
            }
        }
        List<Long> seeds = s.stream().map(MultiStart.Start::seed).distinct().toList();
        assertEquals(n, seeds.size(), "each start has its own optimiser seed");
        assertArrayEquals(s.get(5).point(), MultiStart.starts(own, lo, hi, n, 42L).get(5).point(), "a seed gives the same starts");
        assertArrayEquals(own, MultiStart.starts(own, lo, hi, 1, 42L).get(0).point(), "one start is the plain calibration");
    }

    @Test
    void aParameterWhoseEquallyGoodFitsLieFarApartIsFlaggedAndWorseStartsAreIgnored() {
        // Three starts: two equally good (distance 1.0 and 1.8) that agree on a but not on b; one worse
        // (distance 5) far away on a, which must not count.
        List<MultiStart.Result> results = List.of(result(0, 1.0, 0.50, 0.10), result(1, 1.8, 0.52, 0.90), result(2, 5.0, 0.95, 0.50));
        List<Identifiability.Spread> s = Identifiability.of(List.of("a", "b"), new double[] {0, 0}, new double[] {1, 1}, results);
        assertEquals(0.02, s.get(0).spread(), 1e-12);
        assertTrue(s.get(0).pinned());
        assertEquals(0.80, s.get(1).spread(), 1e-12);
        assertFalse(s.get(1).pinned());
        assertEquals(0.10, s.get(1).best(), 0, "the best start's value");
        assertEquals(2, Identifiability.equallyGoodStarts(results));
        assertTrue(Identifiability.equallyGood(1.0 + Identifiability.EQUAL_MARGIN, 1.0));
        assertFalse(Identifiability.equallyGood(1.0 + Identifiability.EQUAL_MARGIN + 1e-9, 1.0));
    }

    @Test
    void throughTheModelAParameterTheTargetIgnoresIsNotPinnedDownAndOneItDependsOnIs() {
        // The target (China's compute share) depends on China's capital; history.capabilityGrowth only
        // dates lags that reach back before the start, so the objective is exactly flat along it.
        ModelConfig config = TestConfigs.small(800, 18);
        YearMonth s = config.start();
        List<String> keys = List.of("region.China.capital", "history.capabilityGrowth");
        List<CalibrationTarget> probe = List.of(new CalibrationTarget("china", "compute.share.China", Statistic.MEAN,
                s.plusMonths(6), s.plusMonths(17), null, 0, 1, Role.CALIBRATION, "model"));
        double china = new FitEvaluator(config, keys, probe, 3L, 2, 2).evaluate(new double[] {900, 8}).simulated().get(0).mean();
        List<CalibrationTarget> targets = List.of(new CalibrationTarget("china", "compute.share.China", Statistic.MEAN,
                s.plusMonths(6), s.plusMonths(17), null, china, 0.01 * china, Role.CALIBRATION, "model"));
        FitEvaluator evaluator = new FitEvaluator(config, keys, targets, 3L, 2, 2);
        double[] lo = {100, 0}, hi = {3000, 40};
        Calibrator calibrator = new Calibrator(evaluator, lo, hi);
        List<MultiStart.Result> results = new ArrayList<>();
        for (MultiStart.Start st : MultiStart.starts(new double[] {2000, 20}, lo, hi, 4, 11L)) {
            FitEvaluator.Fit best = calibrator.fit(st.point(), 80, st.seed(), x -> { });
            results.add(new MultiStart.Result(st, evaluator.evaluate(st.point()), best, 80));
        }
        List<Identifiability.Spread> spread = Identifiability.of(keys, lo, hi, results);
        assertTrue(Identifiability.equallyGoodStarts(results) >= 3, "most starts reach the one minimum along capital");
        assertTrue(spread.get(0).pinned(), "capital is pinned down: " + spread.get(0));
        assertFalse(spread.get(1).pinned(), "a parameter the target ignores is flagged: " + spread.get(1));
    }

    private static MultiStart.Result result(int index, double distance, double a, double b) {
        MultiStart.Start start = new MultiStart.Start(index, index, new double[] {0.5, 0.5});
        FitEvaluator.Fit fit = new FitEvaluator.Fit(new double[] {a, b}, List.<ReplicationInterval>of(), distance, List.<ReplicationResult>of());
        return new MultiStart.Result(start, fit, fit, 1);
    }
}
