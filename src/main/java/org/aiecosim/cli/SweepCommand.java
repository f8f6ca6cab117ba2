package org.aiecosim.cli;

import org.aiecosim.app.AblationOutputs;
import org.aiecosim.app.StudyExecution;
import org.aiecosim.app.SweepOutputs;
import org.aiecosim.experiment.study.StudyDesign;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code aiecosim sweep FILE}: runs a parameter sweep, streaming each run to disk; resumable. */
@Command(name = "sweep", description = "Run a parameter sweep (grid, random, Latin hypercube or Sobol points) with replications; "
        + "streams runs to runs.csv, writes per-point means with 95%% CIs, charts and report.html.")
final class SweepCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "FILE", description = "sweep file, e.g. scenarios/sweeps/export-controls.yaml")
    Path file;

    @Mixin
    EngineOptions engine;

    @Mixin
    StudyOverrideOptions study;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/<sweep>/<run-id>); must not exist unless --resume")
    Path out;

    @Option(names = "--resume", description = "continue the interrupted sweep in --out DIR: finished runs are kept, the rest are run")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        StudySpec spec;
        try {
            FileKind.require(file, FileKind.SWEEP);
            spec = study.apply(StudyLoader.load(file, false));
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        List<double[]> points = StudyDesign.points(spec);
        final StudySpec s = spec;
        return StudyExecution.execute(spec, points, engine.choice(), out, resume, "sweep",
                (dir, summaries, summary) -> {
                    if (s.design().type() == StudySpec.DesignType.ABLATION) AblationOutputs.write(dir, s, summaries, summary);
                    else SweepOutputs.write(dir, s, summaries, summary);
                }, study.words());
    }
}
