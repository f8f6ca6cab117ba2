package org.aiecosim.experiment.study;

import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The study plumbing (design scaled to parameter ranges, runs, per-point means, analysis) recovers
 * known indices when the "model" is a linear function of the parameters: y = 2 a + 1 b on ranges
 * [0, 1] and [0, 2], so each factor moves y by 2 across its range and S1 = ST = 0.5 each.
 */
class SensitivityPipelineTest {
    @TempDir
    Path tmp;

    StudySpec spec(String design) throws Exception {
        String text = "scenario: " + StudyFiles.BASELINE + "\nseed: 3\nreplications: 2\ndesign: " + design + "\n"
                + "parameters:\n  market.supplyGrowth: {min: 0, max: 1}\n  market.depreciation: {min: 0, max: 0.5}\n"
                + "outcomes:\n  - {name: y, indicator: chips.price, month: 2030-12}\n";
        return StudyLoader.load(Files.writeString(tmp.resolve("s.yaml"), text), true);
    }

    List<SensitivityDesign.Index> analyse(StudySpec spec) throws IOException, InterruptedException {
        SensitivityDesign d = new SensitivityDesign(spec);
        Path runs = tmp.resolve("runs-" + spec.design().type() + ".csv");
        try (RunsFile f = RunsFile.create(runs, spec)) {
            new StudyRunner(2, (s, x, seed) -> new double[] {2 * x[0] + 4 * x[1]}).run(spec, d.points(), 0, f::append);
        }
        List<String> skipped = new ArrayList<>();
        List<SensitivityDesign.Index> idx = d.analyse(RunsReader.summarise(runs, spec), skipped);
        assertTrue(skipped.isEmpty());
        return idx;
    }

    static double value(List<SensitivityDesign.Index> idx, String factor, String measure) {
        return idx.stream().filter(i -> i.factor().equals(factor) && i.measure().equals(measure)).findFirst().orElseThrow().value();
    }

    @Test
    void sobolIndicesOfALinearModelAreRecovered() throws Exception {
        var idx = analyse(spec("{type: saltelli, baseSamples: 4096, bootstrap: 100}"));
        for (String f : List.of("market.supplyGrowth", "market.depreciation")) {
            assertEquals(0.5, value(idx, f, "S1"), 0.02, f);
            assertEquals(0.5, value(idx, f, "ST"), 0.02, f);
        }
    }

    @Test
    void morrisEffectsOfALinearModelAreExact() throws Exception {
        var idx = analyse(spec("{type: morris, trajectories: 10, bootstrap: 50}"));
        // across the whole range each factor moves y by 2: mu* = 2 per unit of the [0,1]-scaled factor
        assertEquals(2.0, value(idx, "market.supplyGrowth", "muStar"), 1e-9);
        assertEquals(2.0, value(idx, "market.depreciation", "muStar"), 1e-9);
        assertEquals(0.0, value(idx, "market.depreciation", "sigma"), 1e-9);
        assertEquals(4.0, value(idx, "market.depreciation", "muStarPerUnit"), 1e-9);
    }
}
