package org.aiecosim.bench;

import org.aiecosim.model.LabGenerator;
import org.aiecosim.model.LabSpec;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Benchmark configurations: the baseline scenario with another number of developers and of labs. */
public final class BenchConfigs {
    private BenchConfigs() {}

    /** Baseline with {@code developers} agents (real population kept at 50,000 x 600) and its own labs. */
    public static ModelConfig baseline(int developers) throws Exception {
        double represented = 50_000.0 * 600 / developers;
        var s = ScenarioLoader.applyOverrides(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")),
                List.of("developers.count=" + developers, "developers.represented=" + represented));
        return s.config();
    }

    /**
     * Baseline with {@code developers} agents and {@code labs} labs (0 = the baseline's 48). Up to 30
     * labs: the listed labs taken region by region in turn; more: all 30 listed labs plus the
     * baseline's generators with their counts scaled to make up the rest (largest remainders).
     */
    public static ModelConfig withLabs(int developers, int labs) throws Exception {
        ModelConfig c = baseline(developers);
        if (labs <= 0) return c;
        List<LabSpec> listed = c.labs();
        List<LabSpec> keep = new ArrayList<>();
        List<LabGenerator> gens = new ArrayList<>();
        if (labs <= listed.size()) {
            Map<String, List<LabSpec>> byRegion = new LinkedHashMap<>();
            for (LabSpec l : listed) byRegion.computeIfAbsent(l.region(), k -> new ArrayList<>()).add(l);
            for (int round = 0; keep.size() < labs; round++) {
                for (List<LabSpec> ls : byRegion.values()) if (round < ls.size() && keep.size() < labs) keep.add(ls.get(round));
            }
        } else {
            keep.addAll(listed);
            int extra = labs - listed.size();
            List<LabGenerator> base = c.generators();
            int total = base.stream().mapToInt(LabGenerator::count).sum();
            int[] count = new int[base.size()];
            double[] rest = new double[base.size()];
            int given = 0;
            for (int i = 0; i < count.length; i++) {
                double exact = (double) extra * base.get(i).count() / total;
                count[i] = (int) exact;
                rest[i] = exact - count[i];
                given += count[i];
            }
            while (given < extra) {
                int best = 0;
                for (int i = 1; i < rest.length; i++) if (rest[i] > rest[best]) best = i;
                count[best]++;
                rest[best] = -1;
                given++;
            }
            for (int i = 0; i < count.length; i++) {
                LabGenerator g = base.get(i);
                if (count[i] > 0) gens.add(new LabGenerator(g.region(), g.kind(), count[i], g.computeMedian(), g.budgetMedian(),
                        g.logSpread(), g.knowhowMean(), g.capabilityMean(), g.capabilitySd(), g.openShare(), g.entryMonth()));
            }
        }
        return new ModelConfig(c.start(), c.months(), c.parameters(), keep, gens, c.events());
    }

    /** Number of labs in a configuration. */
    public static int labCount(ModelConfig c) { return c.labNames().size(); }
}
