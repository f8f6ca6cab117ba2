package org.aiecosim.experiment.study;

import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AblationStudyTest {
    @TempDir
    Path tmp;

    static final String HEAD = "# which mechanism matters?\nscenario: " + StudyFiles.BASELINE + "\nseed: 9\nreplications: 4\n"
            + "design: {type: ablation}\n";
    static final String OUTCOMES = "outcomes:\n  - {name: lag, indicator: lag.region.China, from: 2029-01, to: 2030-12}\n"
            + "  - {name: newOnChina, indicator: derivatives.baseOrigin.China, from: 2025-01, to: 2030-12,\n"
            + "     newShareOf: [derivatives.baseOrigin.US, derivatives.baseOrigin.China, derivatives.baseOrigin.EU, derivatives.baseOrigin.RestOfWorld]}\n";

    private StudySpec load(String mechanisms) throws IOException, ScenarioException {
        return StudyLoader.load(Files.writeString(tmp.resolve("a.yaml"), HEAD + mechanisms + OUTCOMES), false);
    }

    private String problem(String mechanisms) throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(mechanisms));
        return e.getMessage();
    }

    @Test
    void anAblationFileLoadsWithTheFullModelEachMechanismOffAndAllOff() throws Exception {
        StudySpec s = load("mechanisms:\n  distillation: {knowledge.distillationRate: 0}\n"
                + "  research: {knowledge.difficulty: 0, knowledge.labourShare: 1}\n");
        assertEquals(List.of("distillation", "research"), s.mechanismNames());
        assertEquals(List.of("knowledge.distillationRate", "knowledge.difficulty", "knowledge.labourShare"), s.factorKeys());
        double rate = s.base().config().parameters().get("knowledge.distillationRate");
        double phi = s.base().config().parameters().get("knowledge.difficulty");
        double alpha = s.base().config().parameters().get("knowledge.labourShare");
        List<double[]> p = StudyDesign.points(s);
        assertEquals(4, p.size());
        assertArrayEquals(new double[] {rate, phi, alpha}, p.get(0));
        assertArrayEquals(new double[] {0, phi, alpha}, p.get(1));
        assertArrayEquals(new double[] {rate, 0, 1}, p.get(2));
        assertArrayEquals(new double[] {0, 0, 1}, p.get(3));
        assertEquals(List.of("full model", "distillation", "research", "all off"), AblationDesign.labels(s));
        assertEquals(List.of("derivatives.baseOrigin.US", "derivatives.baseOrigin.China", "derivatives.baseOrigin.EU",
                "derivatives.baseOrigin.RestOfWorld"), s.outcomes().get(1).newShareOf());
    }

    @Test
    void badMechanismsAreRejectedWithFileLineAndKey() throws Exception {
        String m = problem("mechanisms:\n  distillation: {knowledge.distilationRate: 0}\n");
        assertTrue(m.contains("a.yaml:7: mechanisms.distillation.knowledge.distilationRate: unknown parameter; did you mean 'knowledge.distillationRate'?"), m);
        m = problem("mechanisms:\n  lag: {knowledge.spilloverLag: 500}\n");
        assertTrue(m.contains("a.yaml:7: mechanisms.lag.knowledge.spilloverLag: 500 is out of range"), m);
        m = problem("mechanisms:\n  nothing: {knowledge.spilloverLag: 3}\n");
        assertTrue(m.contains(":7: mechanisms.nothing: switches nothing off"), m);
        m = problem("mechanisms:\n  a: {knowledge.spilloverLag: 0}\n  b: {knowledge.spilloverLag: 1}\n");
        assertTrue(m.contains(":8: mechanisms.b.knowledge.spilloverLag: knowledge.spilloverLag is also set by mechanism a"), m);
        m = problem("mechanisms:\n  exportControls: {region.China.chipAccess: 1}\n");
        assertTrue(m.contains("mechanisms.exportControls.region.China.chipAccess: the base scenario's event of 2022-10 sets"), m);
        m = problem("parameters: {knowledge.spilloverLag: {min: 0, max: 3}}\nmechanisms:\n  lag: {knowledge.spilloverLag: 0}\n");
        assertTrue(m.contains(":6: parameters: an ablation study varies mechanisms, not parameters"), m);
        m = problem("");
        assertTrue(m.contains("mechanisms: expected a map of mechanisms"), m);
        m = problem("mechanisms:\n  bad-name: {knowledge.spilloverLag: 0}\n");
        assertTrue(m.contains(":7: mechanisms.bad-name: mechanism names are letters"), m);
        ScenarioException grid = assertThrows(ScenarioException.class, () -> StudyLoader.load(Files.writeString(tmp.resolve("g.yaml"),
                HEAD.replace("type: ablation", "type: grid") + "parameters: {knowledge.spilloverLag: {values: [0, 3]}}\n"
                        + "mechanisms:\n  lag: {knowledge.spilloverLag: 0}\n" + OUTCOMES), false));
        assertTrue(grid.getMessage().contains("mechanisms: mechanisms: is only for design type ablation"), grid.getMessage());
        ScenarioException sens = assertThrows(ScenarioException.class, () -> StudyLoader.load(Files.writeString(tmp.resolve("s.yaml"),
                HEAD + "mechanisms:\n  lag: {knowledge.spilloverLag: 0}\n" + OUTCOMES), true));
        assertTrue(sens.getMessage().contains("'ablation' is for aiecosim sweep"), sens.getMessage());
    }

    @Test
    void replicationRHasTheSameSeedAtEveryPoint() throws Exception {
        StudySpec s = load("mechanisms:\n  distillation: {knowledge.distillationRate: 0}\n  lag: {knowledge.spilloverLag: 0}\n");
        List<double[]> points = StudyDesign.points(s);
        List<StudyRun> runs = new ArrayList<>();
        new StudyRunner(2, (spec, x, seed) -> new double[] {seed, 0}).run(s, points, 0, runs::add);
        assertEquals(16, runs.size());
        for (StudyRun r : runs) {
            assertEquals(SeedSequence.derive(9, r.replication()), r.seed(), "run " + r.index());
        }
        assertFalse(runs.get(0).seed() == runs.get(1).seed(), "replications differ");
        // other designs keep one seed per run
        StudySpec grid = StudyLoader.load(StudyFiles.grid(tmp, "g", 2, 2, 500), false);
        assertEquals(SeedSequence.derive(grid.seed(), 3), StudyRunner.seed(grid, 3));
    }

    /**
     * A synthetic evaluator with known effects: outcome = effect of the point + a shared seed term
     * (cancels in paired differences) + a point-specific wobble. The table gives the exact difference
     * of means, the Welch CI computed by hand, and the paired CI of the per-seed differences.
     */
    @Test
    void aSyntheticEvaluatorGivesKnownDifferencesWithCorrectIntervals() throws Exception {
        StudySpec s = load("mechanisms:\n  distillation: {knowledge.distillationRate: 0}\n  lag: {knowledge.spilloverLag: 0}\n");
        List<double[]> points = StudyDesign.points(s);
        double[] effect = {0, 5, 0, 7};
        double[][] wobble = {{0.3, -0.1, 0.2, -0.4}, {1.0, -1.0, 0.5, -0.5}, {0.2, 0.1, -0.2, -0.1}, {0, 0, 0, 0}};
        List<StudyRun> runs = new ArrayList<>();
        StudyRunner.Evaluator synthetic = (spec, x, seed) -> {
            int p = indexOf(points, x);
            int r = (int) java.util.stream.IntStream.range(0, 4).filter(i -> SeedSequence.derive(9, i) == seed).findFirst().orElseThrow();
            double shared = 10 * r;   // the same at every point for replication r
            return new double[] {effect[p] + shared + wobble[p][r], 0.5};
        };
        new StudyRunner(2, synthetic).run(s, points, 0, runs::add);
        double[][][] values = new double[4][4][2];
        for (StudyRun r : runs) values[r.point()][r.replication()] = r.outcomes();
        List<AblationAnalysis.Effect> effects = AblationAnalysis.effects(s, values);
        assertEquals(6, effects.size());
        for (int p = 1; p < 4; p++) {
            AblationAnalysis.Effect e = effects.get((p - 1) * 2);
            assertEquals(AblationDesign.labels(s).get(p), e.mechanism());
            assertEquals("lag", e.outcome());
            double[] a = new double[4], b = new double[4], d = new double[4];
            for (int r = 0; r < 4; r++) {
                a[r] = effect[0] + 10 * r + wobble[0][r];
                b[r] = effect[p] + 10 * r + wobble[p][r];
                d[r] = b[r] - a[r];
            }
            double diff = effect[p] + StatUtils.mean(wobble[p]) - StatUtils.mean(wobble[0]);
            assertEquals(diff, e.welch().diff(), 1e-12);
            double va = StatUtils.variance(a) / 4, vb = StatUtils.variance(b) / 4;
            double df = (va + vb) * (va + vb) / (va * va / 3 + vb * vb / 3);
            double half = new TDistribution(df).inverseCumulativeProbability(0.975) * Math.sqrt(va + vb);
            assertEquals(diff - half, e.welch().low(), 1e-9);
            assertEquals(diff + half, e.welch().high(), 1e-9);
            double pairedHalf = new TDistribution(3).inverseCumulativeProbability(0.975) * Math.sqrt(StatUtils.variance(d) / 4);
            assertEquals(diff - pairedHalf, e.pairedLow(), 1e-9);
            assertEquals(diff + pairedHalf, e.pairedHigh(), 1e-9);
            assertTrue(e.pairedHigh() - e.pairedLow() < e.welch().high() - e.welch().low(), "pairing removes the shared seed term");
            // the shared term (sd ~ 13) hides even the +5 and +7 from Welch; pairing detects them
            assertFalse(e.detectable());
            assertEquals(p != 2, e.pairedP() < 0.05, "paired p of point " + p + ": " + e.pairedP());
            // an outcome identical everywhere: difference 0, interval [0, 0], p 1
            AblationAnalysis.Effect flat = effects.get((p - 1) * 2 + 1);
            assertEquals(0, flat.welch().diff(), 0);
            assertEquals(1.0, flat.welch().p(), 0);
        }
        StringWriter csv = new StringWriter();
        AblationAnalysis.write(csv, effects);
        String[] lines = csv.toString().split("\n");
        assertEquals("mechanism,outcome,n_full,full_mean,n_ablated,ablated_mean,difference,ci95_low,ci95_high,p,detectable,"
                + "pairs,paired_ci95_low,paired_ci95_high,paired_p", lines[0]);
        assertEquals(7, lines.length);
        assertTrue(lines[5].startsWith("all off,lag,4,"), lines[5]);
        assertEquals(Double.toString(effects.get(4).welch().diff()), lines[5].split(",")[6]);
    }

    private static int indexOf(List<double[]> points, double[] x) {
        for (int i = 0; i < points.size(); i++) if (java.util.Arrays.equals(points.get(i), x)) return i;
        throw new IllegalArgumentException("not a design point");
    }
}
