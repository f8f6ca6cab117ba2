package org.aiecosim.app;

import org.aiecosim.app.StudyExecution;
import org.aiecosim.experiment.study.PointSummary;
import org.aiecosim.experiment.study.SensitivityDesign;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.PngFiles;
import org.aiecosim.report.SweepCharts;
import org.aiecosim.scenario.StudySpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tornado charts of the indices, one per outcome, and the study's report. */
public final class SensitivityOutputs {
    private SensitivityOutputs() {}

    public static void write(Path dir, StudySpec spec, List<PointSummary> points, StudyExecution.Summary summary,
                      List<SensitivityDesign.Index> indices, List<String> skipped) throws IOException {
        boolean morris = spec.design().type() == StudySpec.DesignType.MORRIS;
        HtmlReport r = StudyReport.header("sensitivity", spec, points.size(), summary);
        r.heading("Sensitivity indices");
        r.paragraph(morris
                ? "Morris elementary effects: mu* is the mean absolute change of the outcome when a parameter moves one grid step, "
                + "expressed per full range of the parameter; sigma is their spread (large sigma: non-linear or interacting). "
                + "Bars: mu* with a bootstrap 95% CI over trajectories."
                : "Sobol indices: S1 is the share of the outcome's variance due to a parameter alone, ST the share it has a hand in "
                + "including interactions (Saltelli sampling; Saltelli 2010 and Jansen estimators). Bars: bootstrap 95% CIs.");
        List<String> keys = spec.factorKeys();
        for (StudySpec.Outcome o : spec.outcomes()) {
            if (skipped.contains(o.name())) {
                r.paragraph(o.name() + ": undefined at some design points, so no indices were computed.");
                continue;
            }
            String file = "tornado-" + o.name() + ".png";
            var chart = morris
                    ? SweepCharts.tornado(o.name(), keys, List.of(bars("mu*", "muStar", o.name(), keys, indices)), "mu* (outcome units per range)")
                    : SweepCharts.tornado(o.name(), keys, List.of(bars("S1", "S1", o.name(), keys, indices),
                            bars("ST", "ST", o.name(), keys, indices)), "Sobol index");
            PngFiles.writePng(dir.resolve(file), chart, SweepCharts.WIDTH, SweepCharts.HEIGHT);
            r.figure(file, "sensitivity of " + o.name(), "Sensitivity of " + o.name() + " (" + o.indicator() + ") to each parameter, "
                    + "largest at the top.");
            List<String[]> rows = new ArrayList<>();
            for (String k : keys) {
                List<String> row = new ArrayList<>(List.of(k));
                for (String m : morris ? List.of("muStar", "sigma", "mu") : List.of("S1", "ST")) {
                    var i = find(indices, o.name(), k, m);
                    row.add(Double.isNaN(i.low()) ? String.format(Locale.ROOT, "%.4g", i.value())
                            : String.format(Locale.ROOT, "%.4g [%.3g, %.3g]", i.value(), i.low(), i.high()));
                }
                rows.add(row.toArray(String[]::new));
            }
            r.table(o.name(), morris ? List.of("parameter", "mu* [95% CI]", "sigma", "mu") : List.of("parameter", "S1 [95% CI]", "ST [95% CI]"), rows);
        }
        StudyReport.links(r, dir, "indices.csv", "every index with its bootstrap 95% CI");
        StudyReport.write(dir, r);
    }

    private static SweepCharts.Bars bars(String label, String measure, String outcome, List<String> keys, List<SensitivityDesign.Index> indices) {
        double[] v = new double[keys.size()], lo = new double[keys.size()], hi = new double[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            var x = find(indices, outcome, keys.get(i), measure);
            v[i] = x.value();
            lo[i] = x.low();
            hi[i] = x.high();
        }
        return new SweepCharts.Bars(label, v, lo, hi);
    }

    private static SensitivityDesign.Index find(List<SensitivityDesign.Index> indices, String outcome, String factor, String measure) {
        return indices.stream().filter(x -> x.outcome().equals(outcome) && x.factor().equals(factor) && x.measure().equals(measure))
                .findFirst().orElseThrow();
    }
}
