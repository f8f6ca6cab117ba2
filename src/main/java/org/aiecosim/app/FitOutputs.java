package org.aiecosim.app;

import org.aiecosim.experiment.calibration.FitEvaluator;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.io.CsvDialect;
import org.aiecosim.report.EnsembleStatistics;
import org.aiecosim.report.FitCharts;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.PngFiles;
import org.aiecosim.scenario.CalibrationSpec;
import org.aiecosim.scenario.CalibrationTarget;
import org.aiecosim.stats.MeanEstimate;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fit report of a calibration: fit.csv, one simulated-vs-observed chart per target, report.html. */
public final class FitOutputs {
    private FitOutputs() {}

    public static void write(Path dir, CalibrationSpec spec, FitEvaluator.Fit before, FitEvaluator.Fit after, double seconds, int budget)
            throws IOException {
        List<CalibrationTarget> targets = spec.targets();
        AtomicFiles.writeText(dir.resolve("fit.csv"), w -> {
            CSVPrinter csv = CsvDialect.printer(w);
            csv.printRecord("id", "role", "indicator", "statistic", "from", "to", "observed", "tolerance", "simulated_start", "simulated",
                    "ci95_low", "ci95_high", "n", "met", "source");
            for (int i = 0; i < targets.size(); i++) {
                CalibrationTarget t = targets.get(i);
                MeanEstimate b = before.simulated().get(i), a = after.simulated().get(i);
                for (String field : List.of(t.id(), t.role().name().toLowerCase(), t.indicator(), t.statistic().key, t.from().toString(),
                        t.to().toString(), num(t.value()), num(t.tolerance()), num(b.mean()), num(a.mean()), num(a.low()), num(a.high()),
                        Integer.toString(a.n()), Boolean.toString(t.met(a.mean())))) {
                    csv.print(field);
                }
                CsvDialect.printQuoted(csv, t.source()); // the source was always quoted
                csv.println();
            }
        });
        EnsembleStatistics stats = EnsembleStatistics.of(after.runs());
        HtmlReport r = new HtmlReport("aiecosim calibrate: " + spec.name());
        r.lead("Free parameters fitted to the calibration targets by CMA-ES over replicated runs (common random numbers); "
                + "validation patterns were not used in the fit and are shown as out-of-sample checks.");
        r.info("Program", "aiecosim " + Version.get()).info("Finished", Instant.now().toString())
                .info("Scenario", spec.scenarioFile().toString())
                .info("Budget", budget + " evaluations x " + spec.replications() + " replications, seed " + spec.seed())
                .info("Distance", String.format(Locale.ROOT, "%.4g at the start, %.4g fitted (sum of squared errors in tolerances over calibration targets)",
                        before.distance(), after.distance()))
                .info("Optimisation time", String.format(Locale.ROOT, "%.1f s", seconds));
        List<String[]> params = new ArrayList<>();
        for (int i = 0; i < spec.keys().size(); i++) {
            params.add(new String[] {spec.keys().get(i), num(before.parameters()[i]), num(after.parameters()[i]),
                    "[" + num(spec.lower()[i]) + ", " + num(spec.upper()[i]) + "]"});
        }
        r.table("Free parameters", List.of("parameter", "start", "fitted", "bounds"), params);
        r.table("Targets", List.of("target", "role", "observed", "start", "fitted [95% CI]", "met"), rows(targets, before, after));
        r.heading("Simulated against observed");
        for (int i = 0; i < targets.size(); i++) {
            CalibrationTarget t = targets.get(i);
            FitCharts.Shape shape = switch (t.statistic()) {
                case MEAN -> FitCharts.Shape.LEVEL;
                case GROWTH_PER_YEAR -> FitCharts.Shape.LOG10_GROWTH;
                case SLOPE_PER_YEAR -> FitCharts.Shape.SLOPE;
                case RATIO -> FitCharts.Shape.NONE;
            };
            boolean met = t.met(after.simulated().get(i).mean());
            var mark = new FitCharts.Mark(t.id(), t.indicator(), shape, t.from(), t.to(), t.value(), t.tolerance(),
                    t.role() == CalibrationTarget.Role.CALIBRATION, met, t.source());
            String file = "fit-" + t.id() + ".png";
            PngFiles.writePng(dir.resolve(file), FitCharts.chart(stats, mark), 1000, 600);
            r.figure(file, t.id(), t.source());
        }
        r.links(List.of(new HtmlReport.Link("fit.csv", "every target: observed, simulated at the start and fitted, 95% CI, met"),
                new HtmlReport.Link("calibrated.yaml", "the calibrated scenario, every parameter explicit"),
                new HtmlReport.Link("calibrated-parameters.yaml", "the fitted values, to paste into a scenario's parameters:"),
                new HtmlReport.Link("trace.csv", "every evaluation of the optimiser")));
        String html = r.render(dir);
        AtomicFiles.writeText(dir.resolve(HtmlReport.FILE), w -> w.write(html));
    }

    public static List<String[]> rows(List<CalibrationTarget> targets, FitEvaluator.Fit before, FitEvaluator.Fit after) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            CalibrationTarget t = targets.get(i);
            MeanEstimate a = after.simulated().get(i);
            rows.add(new String[] {t.id(), t.role().name().toLowerCase(), num(t.value()) + " ± " + num(t.tolerance()),
                    num(before.simulated().get(i).mean()), num(a.mean()) + " [" + num(a.low()) + ", " + num(a.high()) + "]",
                    t.met(a.mean()) ? "yes" : "NO"});
        }
        return rows;
    }

    public static void print(CalibrationSpec spec, FitEvaluator.Fit before, FitEvaluator.Fit after) {
        System.out.printf(Locale.ROOT, "%-28s %-11s %-16s %10s %30s %s%n", "target", "role", "observed", "start", "fitted [95% CI]", "met");
        for (String[] r : rows(spec.targets(), before, after)) {
            System.out.printf(Locale.ROOT, "%-28s %-11s %-16s %10s %30s %s%n", (Object[]) r);
        }
        for (int i = 0; i < spec.keys().size(); i++) {
            System.out.printf(Locale.ROOT, "%-40s %12s -> %s%n", spec.keys().get(i), num(before.parameters()[i]), num(after.parameters()[i]));
        }
    }

    public static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
    }
}
