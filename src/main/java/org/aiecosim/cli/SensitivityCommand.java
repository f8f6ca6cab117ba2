package org.aiecosim.cli;

import org.aiecosim.app.SensitivityOutputs;
import org.aiecosim.app.StudyExecution;
import org.aiecosim.experiment.study.IndicesCsv;
import org.aiecosim.experiment.study.NoiseCsv;
import org.aiecosim.experiment.study.NoiseReference;
import org.aiecosim.experiment.study.NoiseRuns;
import org.aiecosim.experiment.study.RunsFile;
import org.aiecosim.experiment.study.StudyRun;
import org.aiecosim.experiment.study.StudyRunner;
import org.aiecosim.experiment.study.SensitivityDesign;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.report.HumanUnits;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code aiecosim sensitivity FILE}: Morris screening or Sobol indices of outcomes to parameters. */
@Command(name = "sensitivity", description = "Global sensitivity analysis: Morris elementary effects (mu*, sigma) or Sobol "
        + "first- and total-order indices (Saltelli sampling) with bootstrap 95%% CIs; resumable like sweep.")
final class SensitivityCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "FILE", description = "sensitivity file, e.g. scenarios/sweeps/behaviour-sensitivity.yaml")
    Path file;

    @Mixin
    EngineOptions engine;

    @Mixin
    StudyOverrideOptions study;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/<study>/<run-id>); must not exist unless --resume")
    Path out;

    @Option(names = "--resume", description = "continue the interrupted study in --out DIR")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        StudySpec spec;
        try {
            FileKind.require(file, FileKind.SENSITIVITY);
            spec = study.apply(StudyLoader.load(file, true));
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        SensitivityDesign design = new SensitivityDesign(spec);
        final StudySpec s = spec;
        return StudyExecution.execute(spec, design.points(), engine.choice(), out, resume, "sensitivity", (dir, summaries, summary) -> {
            List<String> skipped = new ArrayList<>();
            List<SensitivityDesign.Index> indices = design.analyse(summaries, skipped);
            AtomicFiles.writeText(dir.resolve(IndicesCsv.FILE), w -> IndicesCsv.write(w, indices));
            List<NoiseReference> noise = design.noise(summaries, noiseRuns(dir, s, design, summary));
            AtomicFiles.writeText(dir.resolve(NoiseCsv.FILE), w -> NoiseCsv.write(w, noise));
            SensitivityOutputs.write(dir, s, summaries, summary, indices, skipped, noise);
            print(s, indices, skipped, noise);
        }, study.words());
    }

    /**
     * With one replication per point, the extra replications of the base scenario that measure the
     * noise, run here on this JVM (ten runs, whatever the engine) and kept in {@link NoiseRuns#FILE}.
     */
    private static List<StudyRun> noiseRuns(Path dir, StudySpec spec, SensitivityDesign design, StudyExecution.Summary summary)
            throws java.io.IOException {
        if (!design.needsNoiseRuns()) return List.of();
        int threads = Math.max(1, Math.min(summary.threads(), Runtime.getRuntime().availableProcessors()));
        List<StudyRun> runs;
        try {
            runs = NoiseRuns.run(spec, design.points().size(), summary.runs(), threads, StudyRunner::simulate);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while measuring the replication noise");
        }
        try (RunsFile file = RunsFile.create(dir.resolve(NoiseRuns.FILE), spec)) {
            for (StudyRun r : runs) file.append(r);
        }
        return runs;
    }

    /**
     * Per outcome a table of the factors ranked by mu* (Morris) or ST (Sobol), largest first, the
     * first column as wide as the longest factor name, each factor whose index is not above the
     * noise reference marked "~", and the noise reference under it; tables separated by a blank line.
     */
    private static void print(StudySpec spec, List<SensitivityDesign.Index> indices, List<String> skipped, List<NoiseReference> noise) {
        boolean morris = spec.design().type() == StudySpec.DesignType.MORRIS;
        String[] measures = morris ? new String[] {"muStar", "sigma"} : new String[] {"S1", "ST"};
        String rankBy = morris ? "muStar" : "ST";
        int width = Math.max("parameter".length(), spec.factors().stream().mapToInt(f -> f.key().length()).max().orElse(0));
        boolean first = true;
        for (var o : spec.outcomes()) {
            if (skipped.contains(o.name())) continue;
            NoiseReference n = noise.get(spec.outcomes().indexOf(o));
            java.util.function.BiFunction<String, String, SensitivityDesign.Index> index = (factor, m) -> indices.stream()
                    .filter(x -> x.outcome().equals(o.name()) && x.factor().equals(factor) && x.measure().equals(m))
                    .findFirst().orElseThrow();
            List<String> factors = new ArrayList<>(spec.factorKeys());
            factors.sort(java.util.Comparator.comparingDouble((String f) -> {
                double v = index.apply(f, rankBy).value();
                return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
            }).reversed());
            if (!first) System.out.println();
            first = false;
            // Morris measures are changes of the outcome: in its unit (shares in percentage points). Sobol indices are fractions.
            String indicator = o.indicator();
            java.util.function.DoubleFunction<String> num = morris
                    ? v -> HumanUnits.significant(HumanUnits.shown(indicator, v), 3)
                    : v -> String.format(Locale.ROOT, "%.3g", v);
            String unit = morris ? HumanUnits.changeUnit(indicator) : "";
            System.out.printf(Locale.ROOT, "%s (%s), ranked by %s%s%n%-" + width + "s   %28s %28s%n", o.name(), indicator, rankBy,
                    unit.isEmpty() ? "" : "; muStar and sigma in " + unit,
                    "parameter", measures[0] + " [95% CI]", measures[1] + (morris ? "" : " [95% CI]"));
            for (String f : factors) {
                boolean withinNoise = index.apply(f, rankBy).value() <= n.floor();
                StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s %s", f, withinNoise ? " ~" : "  "));
                for (String m : measures) {
                    var i = index.apply(f, m);
                    b.append(Double.isNaN(i.low()) ? String.format(Locale.ROOT, " %28s", num.apply(i.value()))
                            : String.format(Locale.ROOT, " %10s [%7s, %7s]", num.apply(i.value()), num.apply(i.low()), num.apply(i.high())));
                }
                System.out.println(b);
            }
            System.out.printf(Locale.ROOT, "%sreplication noise sd %s (%s); %s of a parameter without effect: %s%n",
                    Double.isNaN(n.floor()) ? "" : "~ not above the noise reference: ",
                    HumanUnits.change(indicator, n.sd()),
                    n.source(), n.measure(), num.apply(n.floor()));
        }
        for (String name : skipped) System.out.println(name + ": undefined at some design points; no indices computed");
    }
}
