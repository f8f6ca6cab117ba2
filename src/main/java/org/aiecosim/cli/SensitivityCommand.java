package org.aiecosim.cli;

import org.aiecosim.app.SensitivityOutputs;
import org.aiecosim.app.StudyExecution;
import org.aiecosim.experiment.study.IndicesCsv;
import org.aiecosim.experiment.study.SensitivityDesign;
import org.aiecosim.io.AtomicFiles;
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

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/<study>/<run-id>); must not exist unless --resume")
    Path out;

    @Option(names = "--resume", description = "continue the interrupted study in --out DIR")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        StudySpec spec;
        try {
            FileKind.require(file, FileKind.SENSITIVITY);
            spec = StudyLoader.load(file, true);
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
            SensitivityOutputs.write(dir, s, summaries, summary, indices, skipped);
            print(s, indices, skipped);
        });
    }

    private static void print(StudySpec spec, List<SensitivityDesign.Index> indices, List<String> skipped) {
        boolean morris = spec.design().type() == StudySpec.DesignType.MORRIS;
        String[] measures = morris ? new String[] {"muStar", "sigma"} : new String[] {"S1", "ST"};
        for (var o : spec.outcomes()) {
            if (skipped.contains(o.name())) continue;
            System.out.printf(Locale.ROOT, "%n%s (%s)%n%-40s %28s %28s%n", o.name(), o.indicator(), "parameter",
                    measures[0] + " [95% CI]", measures[1] + (morris ? "" : " [95% CI]"));
            for (var f : spec.factors()) {
                StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-40s", f.key()));
                for (String m : measures) {
                    var i = indices.stream().filter(x -> x.outcome().equals(o.name()) && x.factor().equals(f.key()) && x.measure().equals(m))
                            .findFirst().orElseThrow();
                    b.append(Double.isNaN(i.low()) ? String.format(Locale.ROOT, " %28.4g", i.value())
                            : String.format(Locale.ROOT, " %10.4g [%7.3g, %7.3g]", i.value(), i.low(), i.high()));
                }
                System.out.println(b);
            }
        }
        for (String name : skipped) System.out.println(name + ": undefined at some design points; no indices computed");
    }
}
