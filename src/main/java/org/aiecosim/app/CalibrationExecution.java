package org.aiecosim.app;

import org.aiecosim.experiment.calibration.Calibrator;
import org.aiecosim.experiment.calibration.FitEvaluator;
import org.aiecosim.experiment.calibration.MultiStart;
import org.aiecosim.io.CsvDialect;
import org.aiecosim.io.WriteFailedException;
import org.aiecosim.scenario.CalibrationSpec;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a calibration: the optimiser from each start of {@link MultiStart#starts} in turn (each
 * evaluation runs its replications in parallel), writing every evaluation to {@code trace.csv} as it
 * happens, the starting point of each start as evaluation 0 (so the file exists, and shows the start's
 * fit, even with no budget).
 */
public final class CalibrationExecution {

    /** Every start's result, the starting fit of the scenario's own values, and the wall time of the whole calibration. */
    public record Outcome(List<MultiStart.Result> starts, FitEvaluator.Fit scenario, double seconds, int evaluations) {
        /** The best fit, never worse than the scenario as it is. */
        public FitEvaluator.Fit best() {
            FitEvaluator.Fit b = MultiStart.best(starts).best();
            return b.distance() > scenario.distance() ? scenario : b;
        }
    }

    private CalibrationExecution() {}

    /** Runs {@code spec} with {@code budget} evaluations per start on {@code threads} threads, tracing into {@code traceFile}. */
    public static Outcome run(CalibrationSpec spec, int budget, int starts, int threads, Path traceFile) throws IOException {
        long t0 = System.nanoTime();
        FitEvaluator evaluator = new FitEvaluator(spec.base().config(), spec.keys(), spec.targets(), spec.seed(), spec.replications(), threads);
        double[] own = spec.keys().stream().mapToDouble(k -> spec.base().config().parameters().get(k)).toArray();
        Calibrator calibrator = new Calibrator(evaluator, spec.lower(), spec.upper());
        List<MultiStart.Result> results = new ArrayList<>();
        int[] total = {0};
        try (BufferedWriter trace = Files.newBufferedWriter(traceFile, StandardCharsets.UTF_8);
             ProgressBar bar = Status.progress(budget == 0 ? "evaluations of the scenario as it is" : "evaluations",
                     (long) starts * (budget + 1), 0)) {
            CSVPrinter csv = CsvDialect.printer(trace);
            List<String> header = new ArrayList<>(List.of("start", "evaluation"));
            header.addAll(spec.keys());
            header.add("distance");
            csv.printRecord(header);
            for (MultiStart.Start s : MultiStart.starts(own, spec.lower(), spec.upper(), starts, spec.seed())) {
                FitEvaluator.Fit initial = evaluator.evaluate(s.point());
                traceLine(csv, trace, traceFile, s.index(), 0, initial.parameters(), initial.distance());
                bar.update(++total[0]);
                int[] made = {0};
                FitEvaluator.Fit best = initial;
                if (budget > 0 && !spec.keys().isEmpty()) {
                    FitEvaluator.Fit found = calibrator.fit(s.point(), initial, budget, s.seed(), step -> {
                        made[0] = step.evaluation();
                        traceLine(csv, trace, traceFile, s.index(), step.evaluation(), step.parameters(), step.distance());
                        bar.update(++total[0]);
                    });
                    if (found.distance() < best.distance()) best = found;
                }
                total[0] = (s.index() + 1) * (budget + 1);
                bar.update(total[0]);
                results.add(new MultiStart.Result(s, initial, best, made[0]));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int evaluations = results.stream().mapToInt(r -> r.evaluations() + 1).sum();
        return new Outcome(results, results.get(0).initial(), (System.nanoTime() - t0) / 1e9, evaluations);
    }

    private static void traceLine(CSVPrinter csv, BufferedWriter trace, Path file, int start, int evaluation, double[] x, double distance) {
        try {
            List<String> row = new ArrayList<>(List.of(Integer.toString(start), Integer.toString(evaluation)));
            for (double v : x) row.add(Double.toString(v));
            row.add(Double.toString(distance));
            csv.printRecord(row);
            trace.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(new WriteFailedException(file, e));
        }
    }
}
