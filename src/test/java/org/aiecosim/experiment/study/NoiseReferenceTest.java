package org.aiecosim.experiment.study;

import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The replication-noise reference of sensitivity studies, on a "model" y = 2a + noise whose second
 * parameter b has no effect at all: b's index is then exactly what the noise gives, and the noise level
 * must predict it.
 */
class NoiseReferenceTest {
    static final double NOISE_SD = 0.5;
    /** y = 2a + N(0, 0.5²) drawn from the run's seed; b does nothing. */
    static final StudyRunner.Evaluator NOISY = (s, x, seed) -> new double[] {2 * x[0] + NOISE_SD * new Random(seed).nextGaussian()};

    @TempDir
    Path tmp;

    StudySpec spec(String design, int replications) throws Exception {
        String text = "scenario: " + StudyFiles.BASELINE + "\nseed: 17\nreplications: " + replications + "\ndesign: " + design + "\n"
                + "parameters:\n  market.supplyGrowth: {min: 0, max: 1}\n  market.depreciation: {min: 0, max: 0.5}\n"
                + "outcomes:\n  - {name: y, indicator: chips.price, month: 2030-12}\n";
        return StudyLoader.load(Files.writeString(tmp.resolve("s.yaml"), text), true);
    }

    Path run(StudySpec spec, SensitivityDesign d) throws Exception {
        Path runs = tmp.resolve("runs-" + spec.design().type() + spec.replications() + ".csv");
        try (RunsFile f = RunsFile.create(runs, spec)) {
            new StudyRunner(2, NOISY).run(spec, d.points(), 0, f::append);
        }
        return runs;
    }

    static double index(List<SensitivityDesign.Index> idx, String factor, String measure) {
        return idx.stream().filter(i -> i.factor().equals(factor) && i.measure().equals(measure)).findFirst().orElseThrow().value();
    }

    @Test
    void pooledNoiseIsTheWithinPointSpreadComputedFromRunsCsv() throws Exception {
        StudySpec spec = spec("{type: morris, trajectories: 6, bootstrap: 20}", 3);
        SensitivityDesign d = new SensitivityDesign(spec);
        Path runs = run(spec, d);
        NoiseReference n = d.noise(RunsReader.summarise(runs, spec), List.of()).get(0);

        // independently: group runs.csv's outcome column by point, pool the sample variances
        Map<String, List<Double>> byPoint = new HashMap<>();
        for (String line : Files.readAllLines(runs).subList(1, Files.readAllLines(runs).size())) {
            String[] f = line.split(",", -1);
            byPoint.computeIfAbsent(f[1], k -> new ArrayList<>()).add(Double.parseDouble(f[6]));
        }
        double squares = 0;
        int df = 0;
        for (List<Double> v : byPoint.values()) {
            double mean = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            for (double x : v) squares += (x - mean) * (x - mean);
            df += v.size() - 1;
        }
        assertEquals(Math.sqrt(squares / df), n.sd(), 1e-12);
        assertEquals(df, n.df());
        assertEquals(3 * d.points().size(), n.runs());
        assertEquals(3, n.replications());
        assertEquals(n.sd() / Math.sqrt(3) * new org.apache.commons.math3.distribution.TDistribution(df).inverseCumulativeProbability(0.975),
                n.halfWidth(), 1e-12);
        assertEquals("muStar", n.measure());
        assertTrue(n.source().startsWith("pooled within " + d.points().size()), n.source());
    }

    @Test
    void morrisNoiseLevelIsTheMuStarOfAParameterWithoutEffect() throws Exception {
        StudySpec spec = spec("{type: morris, trajectories: 600, bootstrap: 0}", 2);
        SensitivityDesign d = new SensitivityDesign(spec);
        List<PointSummary> summaries = RunsReader.summarise(run(spec, d), spec);
        NoiseReference n = d.noise(summaries, List.of()).get(0);
        assertEquals(NOISE_SD, n.sd(), 0.03);
        var idx = d.analyse(summaries, new ArrayList<>());
        double nullMuStar = index(idx, "market.depreciation", "muStar");
        // 600 trajectories: mu* of the null factor is known to about ±3%
        assertEquals(n.floor(), nullMuStar, 0.08 * n.floor(), "noise level " + n.floor() + " vs mu* of b " + nullMuStar);
        assertTrue(index(idx, "market.supplyGrowth", "muStar") > 2 * n.floor(), "the real effect stands above the noise");
    }

    @Test
    void sobolNoiseLevelIsTheTotalIndexOfAParameterWithoutEffect() throws Exception {
        StudySpec spec = spec("{type: saltelli, baseSamples: 4096, bootstrap: 0}", 1);
        SensitivityDesign d = new SensitivityDesign(spec);
        List<PointSummary> summaries = RunsReader.summarise(run(spec, d), spec);
        var idx = d.analyse(summaries, new ArrayList<>());
        // with the true noise: V = var(2a) + 0.25 = 1/3 + 1/4, so ST(b) = 0.25 / (7/12) = 0.43
        double floor = d.noiseFloor(0, NOISE_SD, summaries);
        assertEquals(0.25 / (1.0 / 3 + 0.25), floor, 0.03);
        assertEquals(floor, index(idx, "market.depreciation", "ST"), 0.05);
    }

    @Test
    void oneReplicationPerPointMeasuresTheNoiseOnExtraRunsOfTheBaseScenarioWithTheStudysNextSeeds() throws Exception {
        StudySpec spec = spec("{type: saltelli, baseSamples: 8, bootstrap: 0}", 1);
        SensitivityDesign d = new SensitivityDesign(spec);
        assertTrue(d.needsNoiseRuns());
        List<PointSummary> summaries = RunsReader.summarise(run(spec, d), spec);
        long designRuns = d.points().size();
        List<StudyRun> extra = NoiseRuns.run(spec, d.points().size(), designRuns, 3, NOISY);
        assertEquals(NoiseRuns.COUNT, extra.size());
        double[] base = NoiseRuns.basePoint(spec);
        assertEquals(spec.base().config().parameters().get("market.supplyGrowth"), base[0]);
        for (int k = 0; k < extra.size(); k++) {
            StudyRun r = extra.get(k);
            assertEquals(designRuns + k, r.index());
            assertEquals(SeedSequence.derive(spec.seed(), designRuns + k), r.seed());
            assertEquals(k, r.replication());
        }
        // one thread gives the same runs
        List<StudyRun> serial = NoiseRuns.run(spec, d.points().size(), designRuns, 1, NOISY);
        for (int k = 0; k < extra.size(); k++) assertEquals(extra.get(k).outcomes()[0], serial.get(k).outcomes()[0]);

        NoiseReference n = d.noise(summaries, extra).get(0);
        double[] v = extra.stream().mapToDouble(r -> r.outcomes()[0]).toArray();
        assertEquals(new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation(true).evaluate(v), n.sd(), 1e-12);
        assertEquals(NoiseRuns.COUNT, n.runs());
        assertEquals(NoiseRuns.COUNT - 1, n.df());
        assertEquals("ST", n.measure());
        assertEquals(d.noiseFloor(0, n.sd(), summaries), n.floor(), 0);
        assertNotEquals(0, n.floor());
    }

    @Test
    void noiseIsUndefinedWithoutTwoDefinedRuns() throws Exception {
        StudySpec spec = spec("{type: morris, trajectories: 3, bootstrap: 0}", 1);
        SensitivityDesign d = new SensitivityDesign(spec);
        List<PointSummary> summaries = RunsReader.summarise(run(spec, d), spec);
        NoiseReference n = d.noise(summaries, List.of()).get(0);
        assertTrue(!n.defined() && Double.isNaN(n.floor()), n.toString());
    }
}
