package org.aiecosim.scenario;

import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.observation.IndicatorRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetsLoaderTest {
    static final Set<String> INDICATORS = new HashSet<>(IndicatorRecorder.names(ParameterCatalog.DEFAULT_REGIONS, List.of()));

    @TempDir
    Path tmp;

    @Test
    void theShippedTargetsLoadAndKeepCalibrationAndValidationApart() throws Exception {
        List<CalibrationTarget> targets = TargetsLoader.load(Path.of("calibration/targets.yaml"), INDICATORS);
        long calibration = targets.stream().filter(t -> t.role() == CalibrationTarget.Role.CALIBRATION).count();
        long validation = targets.stream().filter(t -> t.role() == CalibrationTarget.Role.VALIDATION).count();
        assertTrue(calibration >= 5 && validation >= 3, calibration + " calibration, " + validation + " validation");
        assertTrue(targets.stream().allMatch(t -> t.source().matches(".*(19|20)\\d\\d.*")), "every source names its year");
    }

    @Test
    void badTargetsAreRejectedWithLineAndKey() throws Exception {
        Path f = Files.writeString(tmp.resolve("t.yaml"), "targets:\n  - id: a\n    indicator: compute.shares.China\n"
                + "    statistic: median\n    period: [2025-01, 2024-12]\n    value: 1\n    tolerance: -1\n    role: calibration\n    source: x 2024\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> TargetsLoader.load(f, INDICATORS));
        String m = e.getMessage();
        assertTrue(m.contains(":3: targets[0].indicator: unknown indicator 'compute.shares.China'; did you mean 'compute.share.China'?"), m);
        assertTrue(m.contains(":4: targets[0].statistic: unknown statistic 'median'"), m);
        assertTrue(m.contains("targets[0].period: the period ends before it starts"), m);
        assertTrue(m.contains(":7: targets[0].tolerance:"), m);
        assertEquals(4, e.problems().size(), m);
    }
}
