package org.aiecosim.experiment.calibration;

import org.aiecosim.experiment.ReplicationRunner;
import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.result.ReplicationResult;
import org.aiecosim.scenario.CalibrationTarget;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioLoader;
import org.aiecosim.scenario.TargetsLoader;
import org.aiecosim.stats.MeanEstimate;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped baseline, run as a user runs it (its seed, its 10 replications), meets every calibration target. */
class BaselineCalibrationTest {

    @Test
    void theShippedBaselineMeetsEveryCalibrationTarget() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        List<CalibrationTarget> targets = TargetsLoader.load(Path.of("calibration/targets.yaml"),
                new HashSet<>(IndicatorRecorder.names(s.config().regions(), s.config().labNames())));
        List<ReplicationResult> runs = new ReplicationRunner(2).run(s.config(), s.seed(), s.replications(), n -> { });
        List<String> missed = new ArrayList<>();
        for (CalibrationTarget t : targets) {
            if (t.role() != CalibrationTarget.Role.CALIBRATION) continue;
            double[] v = runs.stream().mapToDouble(r -> TargetStatistics.compute(r.table(), t)).toArray();
            MeanEstimate e = MeanEstimate.of(v);
            if (!t.met(e.mean())) missed.add(t.id() + ": simulated " + e.mean() + " vs observed " + t.value() + " ± " + t.tolerance());
        }
        assertEquals(List.of(), missed);
    }
}
