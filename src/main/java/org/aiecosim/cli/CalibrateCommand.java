package org.aiecosim.cli;

import org.aiecosim.app.CalibrationExecution;
import org.aiecosim.app.FitOutputs;
import org.aiecosim.app.OutputLocation;
import org.aiecosim.app.Status;
import org.aiecosim.app.Version;
import org.aiecosim.experiment.calibration.FitEvaluator;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.scenario.CalibrationLoader;
import org.aiecosim.scenario.CalibrationSpec;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.ScenarioLoader;
import org.aiecosim.scenario.ScenarioWriter;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code aiecosim calibrate FILE}: fits free parameters to observed targets with CMA-ES and reports the fit. */
@Command(name = "calibrate", description = "Fit a scenario's free parameters to observed calibration targets (CMA-ES over "
        + "replicated runs); write the calibrated scenario and a fit report with validation patterns as out-of-sample checks.")
final class CalibrateCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "FILE", description = "calibration file, e.g. calibration/baseline.yaml")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/calibration-<name>/<run-id>); must not exist")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--max-evaluations", paramLabel = "N", description = "override the file's evaluation budget (0: only report the fit of the scenario as it is)")
    Integer maxEvaluations;

    @Option(names = "--starts", paramLabel = "N", description = "independent starts of the optimiser (default: the file's, else 1): "
            + "the scenario's values, then a Latin hypercube over the bounds; more than one reports which parameters the targets pin down")
    Integer starts;

    @Override
    public Integer call() throws Exception {
        CalibrationSpec spec;
        try {
            FileKind.require(file, FileKind.CALIBRATION);
            spec = CalibrationLoader.load(file);
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        int budget = maxEvaluations != null ? maxEvaluations : spec.maxEvaluations();
        int nStarts = starts != null ? starts : spec.starts();
        if (budget < 0 || t < 1 || nStarts < 1) {
            System.err.println("--max-evaluations must be >= 0, --threads >= 1 and --starts >= 1");
            return Main.EXIT_BAD_INPUT;
        }
        Path target = out != null ? out : OutputLocation.defaultFolder(Path.of("results"), "calibration-" + spec.name(), spec.seed());
        // Claimed (created atomically and locked for the whole calibration) before any simulation;
        // removed again if the calibration fails.
        OutputLocation.Claim claim = OutFolder.claimOrExplain(target);
        if (claim == null) return Main.EXIT_BAD_INPUT;
        try (claim) {
            return calibrate(spec, claim, t, budget, nStarts);
        }
    }

    private int calibrate(CalibrationSpec spec, OutputLocation.Claim claim, int t, int budget, int nStarts) throws Exception {
        Path work = claim.work();
        Path target = claim.target();
        Status.info("aiecosim calibrate: %d free parameters, %d calibration targets, %d replications per evaluation, %s on %d threads",
                spec.keys().size(),
                spec.targets().stream().filter(x -> x.role() == org.aiecosim.scenario.CalibrationTarget.Role.CALIBRATION).count(),
                spec.replications(), budget == 0 ? "no fitting (the fit of the scenario as it is)"
                        : "up to " + budget + " evaluations" + (nStarts > 1 ? " from each of " + nStarts + " starts" : ""), t);
        CalibrationExecution.Outcome outcome = CalibrationExecution.run(spec, budget, nStarts, t, work.resolve("trace.csv"));
        final FitEvaluator.Fit before = outcome.scenario();
        final FitEvaluator.Fit after = outcome.best();
        final double[] fitted = after.parameters();

        Scenario full = ScenarioLoader.load(spec.scenarioFile());
        org.aiecosim.model.Parameters p = full.config().parameters().copy();
        for (int i = 0; i < fitted.length; i++) p.set(spec.keys().get(i), fitted[i]);
        Scenario calibrated = new Scenario(full.name(), full.description(), full.source(), full.seed(), full.replications(),
                full.config().withParameters(p));
        AtomicFiles.writeText(work.resolve("calibrated.yaml"), w -> ScenarioWriter.writeResolved(calibrated, Version.get(), w));
        AtomicFiles.writeText(work.resolve("calibrated-parameters.yaml"), w -> {
            w.write("# fitted by aiecosim calibrate " + file + " (seed " + spec.seed() + ", distance " + format(after.distance()) + ")\nparameters:\n");
            for (int i = 0; i < fitted.length; i++) w.write("  " + spec.keys().get(i) + ": " + fitted[i] + "\n");
        });
        FitOutputs.write(work, spec, outcome, budget);
        claim.publish();
        FitOutputs.print(spec, before, after);
        System.out.printf(Locale.ROOT, "distance %s -> %s; results in %s%n", format(before.distance()), format(after.distance()), target);
        return 0;
    }

    static String format(double v) { return String.format(Locale.ROOT, "%.4g", v); }
}
