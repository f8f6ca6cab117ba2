package org.aiecosim.cli;

import org.aiecosim.app.FitOutputs;
import org.aiecosim.app.OutputLocation;
import org.aiecosim.app.ProgressBar;
import org.aiecosim.app.Status;
import org.aiecosim.app.Version;
import org.aiecosim.experiment.calibration.Calibrator;
import org.aiecosim.experiment.calibration.FitEvaluator;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.io.CsvDialect;
import org.aiecosim.io.WriteFailedException;
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

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        if (budget < 0 || t < 1) {
            System.err.println("--max-evaluations must be >= 0 and --threads >= 1");
            return Main.EXIT_BAD_INPUT;
        }
        Path target = out != null ? out : OutputLocation.defaultFolder(Path.of("results"), "calibration-" + spec.name(), spec.seed());
        // Claimed (created atomically and locked for the whole calibration) before any simulation;
        // removed again if the calibration fails.
        OutputLocation.Claim claim;
        try {
            claim = OutputLocation.claim(target);
        } catch (OutputLocation.Unusable e) {
            System.err.println("--out: " + e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        try (claim) {
            return calibrate(spec, claim, t, budget);
        }
    }

    private int calibrate(CalibrationSpec spec, OutputLocation.Claim claim, int t, int budget) throws Exception {
        Path work = claim.work();
        Path target = claim.target();

        FitEvaluator evaluator = new FitEvaluator(spec.base().config(), spec.keys(), spec.targets(), spec.seed(), spec.replications(), t);
        double[] start = spec.keys().stream().mapToDouble(k -> spec.base().config().parameters().get(k)).toArray();
        Status.info("aiecosim calibrate: %d free parameters, %d calibration targets, %d replications per evaluation, "
                + "up to %d evaluations on %d threads", spec.keys().size(),
                spec.targets().stream().filter(x -> x.role() == org.aiecosim.scenario.CalibrationTarget.Role.CALIBRATION).count(),
                spec.replications(), budget, t);
        FitEvaluator.Fit before = evaluator.evaluate(start);
        FitEvaluator.Fit best = before;
        long t0 = System.nanoTime();
        if (budget > 0 && !spec.keys().isEmpty()) {
            Path traceFile = work.resolve("trace.csv");
            try (BufferedWriter trace = Files.newBufferedWriter(traceFile, StandardCharsets.UTF_8);
                 ProgressBar bar = Status.progress("evaluations", budget, 0)) {
                CSVPrinter csv = CsvDialect.printer(trace);
                List<String> header = new ArrayList<>(List.of("evaluation"));
                header.addAll(spec.keys());
                header.add("distance");
                csv.printRecord(header);
                best = new Calibrator(evaluator, spec.lower(), spec.upper()).fit(start, budget, spec.seed(), step -> {
                    try {
                        List<String> row = new ArrayList<>(List.of(Integer.toString(step.evaluation())));
                        for (double v : step.parameters()) row.add(Double.toString(v));
                        row.add(Double.toString(step.distance()));
                        csv.printRecord(row);
                        trace.flush();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(new WriteFailedException(traceFile, e));
                    }
                    bar.update(step.evaluation());
                });
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // never report a fit worse than the start
        final FitEvaluator.Fit after = best.distance() > before.distance() ? before : best;
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
        FitOutputs.write(work, spec, before, after, seconds, budget);
        claim.publish();
        FitOutputs.print(spec, before, after);
        System.out.printf(Locale.ROOT, "distance %s -> %s; results in %s%n", format(before.distance()), format(after.distance()), target);
        return 0;
    }

    static String format(double v) { return String.format(Locale.ROOT, "%.4g", v); }
}
