package org.aiecosim.app;

import org.aiecosim.experiment.calibration.FitEvaluator;
import org.aiecosim.experiment.calibration.Identifiability;
import org.aiecosim.experiment.calibration.MultiStart;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.io.CsvDialect;
import org.aiecosim.report.EnsembleStatistics;
import org.aiecosim.report.FitCharts;
import org.aiecosim.report.Findings;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.HumanUnits;
import org.aiecosim.scenario.CalibrationSpec;
import org.aiecosim.scenario.CalibrationTarget;
import org.aiecosim.stats.ReplicationInterval;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/** The fit report of a calibration: fit.csv, one simulated-vs-observed chart per target, report.html. */
public final class FitOutputs {
    private FitOutputs() {}

    public static void write(Path dir, CalibrationSpec spec, CalibrationExecution.Outcome outcome, int budget) throws IOException {
        FitEvaluator.Fit before = outcome.scenario(), after = outcome.best();
        List<CalibrationTarget> targets = spec.targets();
        AtomicFiles.writeText(dir.resolve("fit.csv"), w -> {
            CSVPrinter csv = CsvDialect.printer(w);
            csv.printRecord("id", "role", "indicator", "statistic", "from", "to", "observed", "tolerance", "simulated_start", "simulated",
                    "ci95_low", "ci95_high", "n", "met", "source");
            for (int i = 0; i < targets.size(); i++) {
                CalibrationTarget t = targets.get(i);
                ReplicationInterval b = before.simulated().get(i), a = after.simulated().get(i);
                for (String field : List.of(t.id(), t.role().name().toLowerCase(), t.indicator(), t.statistic().key, t.from().toString(),
                        t.to().toString(), num(t.value()), num(t.tolerance()), num(b.mean()), num(a.mean()), num(a.low()), num(a.high()),
                        Integer.toString(a.n()), Boolean.toString(t.met(a.mean())))) {
                    csv.print(field);
                }
                CsvDialect.printQuoted(csv, t.source()); // the source was always quoted
                csv.println();
            }
        });
        List<MultiStart.Result> starts = outcome.starts();
        List<Identifiability.Spread> spreads = starts.size() > 1
                ? Identifiability.of(spec.keys(), spec.lower(), spec.upper(), starts) : List.of();
        if (!spreads.isEmpty()) IdentifiabilityOutputs.writeCsv(dir, spec, starts, spreads);

        EnsembleStatistics stats = EnsembleStatistics.of(after.runs());
        HtmlReport r = new HtmlReport("aiecosim calibrate: " + spec.name());
        String lead = spec.description() == null ? "" : spec.description().split("\n\n")[0].replace('\n', ' ').strip();
        r.lead(lead.isEmpty() ? "Free parameters fitted to the calibration targets by CMA-ES over replicated runs (common random numbers); "
                + "validation patterns were not used in the fit and are shown as out-of-sample checks." : Findings.withoutQuestion(lead));
        findings(r, spec, outcome, spreads);
        r.heading("What was run").infoHere();
        r.info("Program", "aiecosim " + Version.get()).info("Finished", Instant.now().toString())
                .info("Calibration file", String.valueOf(spec.source()))
                .info("Scenario", spec.scenarioFile().toString())
                .info("Budget", budget + " evaluations" + (starts.size() > 1 ? " from each of " + starts.size() + " starts" : "")
                        + " x " + spec.replications() + " replications, seed " + spec.seed())
                .info("Distance", String.format(Locale.ROOT, "%.4g at the start, %.4g fitted (sum of squared errors in tolerances over calibration targets)",
                        before.distance(), after.distance()))
                .info("Optimisation time", String.format(Locale.ROOT, "%.1f s for %d evaluation%s (%.2f s each), wall clock from the first evaluation to the last",
                        outcome.seconds(), outcome.evaluations(), outcome.evaluations() == 1 ? "" : "s",
                        outcome.seconds() / Math.max(1, outcome.evaluations())));
        List<String[]> params = new ArrayList<>();
        for (int i = 0; i < spec.keys().size(); i++) {
            params.add(new String[] {spec.keys().get(i), num(before.parameters()[i]), num(after.parameters()[i]),
                    "[" + num(spec.lower()[i]) + ", " + num(spec.upper()[i]) + "]"});
        }
        r.table("Free parameters", List.of("parameter", "start", "fitted", "bounds"), params);
        r.table("Targets", List.of("target", "role", "observed", "start", "fitted [95% CI]", "met"), rows(targets, before, after));
        if (!spreads.isEmpty()) IdentifiabilityOutputs.report(r, dir, spec, starts, spreads);
        r.heading("Simulated against observed");
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
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
            charts.put(file, FitCharts.chart(stats, mark));
            r.figure(file, t.id(), t.source());
        }
        FitCharts.writeAll(dir, charts, 1000, 600);
        List<HtmlReport.Link> links = new ArrayList<>(List.of(
                new HtmlReport.Link("fit.csv", "every target: observed, simulated at the start and fitted, 95% CI, met"),
                new HtmlReport.Link("calibrated.yaml", "the calibrated scenario, every parameter explicit"),
                new HtmlReport.Link("calibrated-parameters.yaml", "the fitted values, to paste into a scenario's parameters:"),
                new HtmlReport.Link("trace.csv", "every evaluation of the optimiser (evaluation 0: each start's starting point)")));
        if (!spreads.isEmpty()) {
            links.add(new HtmlReport.Link(IdentifiabilityOutputs.STARTS, "each start: starting point, distance reached and fitted values"));
            links.add(new HtmlReport.Link(IdentifiabilityOutputs.SPREADS, "each parameter's spread over the equally good starts, and whether it is pinned down"));
        }
        r.links(links);
        String html = r.render(dir);
        AtomicFiles.writeText(dir.resolve(HtmlReport.FILE), w -> w.write(html));
    }

    /** The findings the report opens with: the question, which targets are met, and what the starts say. */
    static void findings(HtmlReport r, CalibrationSpec spec, CalibrationExecution.Outcome outcome, List<Identifiability.Spread> spreads) {
        FitEvaluator.Fit before = outcome.scenario(), after = outcome.best();
        r.section("findings").heading("Findings");
        String question = Findings.question(spec.description());
        if (!question.isEmpty()) r.paragraph("Question: " + question);
        List<String> items = new ArrayList<>();
        for (CalibrationTarget.Role role : CalibrationTarget.Role.values()) {
            int n = 0;
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < spec.targets().size(); i++) {
                CalibrationTarget t = spec.targets().get(i);
                if (t.role() != role) continue;
                n++;
                double v = after.simulated().get(i).mean();
                if (!t.met(v)) missed.add(t.id() + " (" + num(v) + " against " + num(t.value()) + " ± " + num(t.tolerance()) + ")");
            }
            if (n == 0) continue;
            String what = role == CalibrationTarget.Role.CALIBRATION ? "calibration targets" : "validation patterns (not fitted)";
            items.add(String.format(Locale.ROOT, "%d of %d %s met%s", n - missed.size(), n, what,
                    missed.isEmpty() ? "." : "; missed: " + String.join("; ", missed) + "."));
        }
        items.add(String.format(Locale.ROOT, "Distance %.4g with the scenario's values, %.4g fitted (0 is a perfect fit; "
                + "each calibration target within its tolerance adds less than 1).", before.distance(), after.distance()));
        if (!spreads.isEmpty()) {
            List<String> loose = spreads.stream().filter(x -> !x.pinned()).map(x -> String.format(Locale.ROOT, "%s (%s to %s)",
                    x.key(), num(x.min()), num(x.max()))).toList();
            int good = Identifiability.equallyGoodStarts(outcome.starts());
            items.add(String.format(Locale.ROOT, "%d of %d independent starts reached an equally good distance. %s", good, outcome.starts().size(),
                    good < 2 ? "With one equally good start the spread of the parameters cannot be judged: run more starts or evaluations."
                            : loose.isEmpty() ? "Every fitted parameter landed within " + Math.round(100 * Identifiability.WIDE_SPREAD)
                            + "% of its bounds in all of them: no parameter was shown to be loose."
                            : "Not pinned down by the targets (equally good fits more than " + Math.round(100 * Identifiability.WIDE_SPREAD)
                            + "% of the bounds apart): " + String.join(", ", loose) + "."));
        } else {
            items.add("One start only: run with --starts 3 (or starts: 3 in the file) to see which parameters the targets pin down.");
        }
        r.bullets(items);
        r.endSection();
    }

    public static List<String[]> rows(List<CalibrationTarget> targets, FitEvaluator.Fit before, FitEvaluator.Fit after) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            CalibrationTarget t = targets.get(i);
            ReplicationInterval a = after.simulated().get(i);
            rows.add(new String[] {t.id(), t.role().name().toLowerCase(), shown(t, t.value()) + " \u00b1 " + bare(t, t.tolerance()),
                    bare(t, before.simulated().get(i).mean()), bare(t, a.mean()) + " [" + bare(t, a.low()) + ", " + bare(t, a.high()) + "]",
                    t.met(a.mean()) ? "yes" : "NO"});
        }
        return rows;
    }

    /**
     * {@code v}, a value of {@code t}'s statistic, as a reader quotes it: a mean in the indicator's unit
     * (shares in percent), a slope in that unit a year, growth and ratios as factors.
     */
    static String shown(CalibrationTarget t, double v) {
        String n = bare(t, v);
        if (n.equals("n/a")) return n;
        return switch (t.statistic()) {
            case MEAN -> HumanUnits.withUnit(t.indicator(), v);
            case SLOPE_PER_YEAR -> {
                String unit = HumanUnits.changeUnit(t.indicator());
                yield n + (unit.isEmpty() ? "" : " " + unit) + " a year";
            }
            case GROWTH_PER_YEAR -> "\u00d7" + n + " a year";
            case RATIO -> "\u00d7" + n;
        };
    }

    /** {@code v} as in {@link #shown}, without its unit (for the columns after the observed value). */
    static String bare(CalibrationTarget t, double v) {
        if (Double.isNaN(v)) return "n/a";
        return switch (t.statistic()) {
            case MEAN, SLOPE_PER_YEAR -> HumanUnits.number(t.indicator(), v);
            case GROWTH_PER_YEAR, RATIO -> HumanUnits.significant(v, 3);
        };
    }

    public static void print(CalibrationSpec spec, FitEvaluator.Fit before, FitEvaluator.Fit after) {
        System.out.printf(Locale.ROOT, "%-28s %-11s %-30s %10s %26s %s%n", "target", "role", "observed", "start", "fitted [95% CI]", "met");
        for (String[] r : rows(spec.targets(), before, after)) {
            System.out.printf(Locale.ROOT, "%-28s %-11s %-30s %10s %26s %s%n", (Object[]) r);
        }
        for (int i = 0; i < spec.keys().size(); i++) {
            System.out.printf(Locale.ROOT, "%-40s %12s -> %s%n", spec.keys().get(i), num(before.parameters()[i]), num(after.parameters()[i]));
        }
    }

    public static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
    }
}
