package org.aiecosim.app;

import org.aiecosim.experiment.study.IndicesCsv;
import org.aiecosim.experiment.study.NoiseCsv;
import org.aiecosim.experiment.study.NoiseReference;
import org.aiecosim.experiment.study.NoiseRuns;
import org.aiecosim.experiment.study.PointSummary;
import org.aiecosim.experiment.study.SensitivityDesign;
import org.aiecosim.report.ChartBatch;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.HumanUnits;
import org.aiecosim.report.MorrisChart;
import org.aiecosim.report.SweepCharts;
import org.aiecosim.scenario.StudySpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of a sensitivity study: findings, the replication noise, and per outcome a tornado chart
 * of the indices (with the noise level as a line), for Morris the mu*–sigma plot, and the indices
 * ranked by mu* (Sobol: ST). Charts are drawn in parallel ({@link ChartBatch}).
 */
public final class SensitivityOutputs {
    private SensitivityOutputs() {}

    public static void write(Path dir, StudySpec spec, List<PointSummary> points, StudyExecution.Summary summary,
                      List<SensitivityDesign.Index> indices, List<String> skipped, List<NoiseReference> noise) throws IOException {
        boolean morris = spec.design().type() == StudySpec.DesignType.MORRIS;
        HtmlReport r = StudyReport.header("sensitivity", spec, points.size(), summary);
        r.info("Noise reference", spec.replications() > 1
                ? "spread between the replications of each design point"
                : NoiseRuns.COUNT + " extra replications of the base scenario (" + NoiseRuns.FILE + ")");
        SensitivityFindings.write(r, spec, indices, noise, skipped);
        r.heading("Replication noise");
        r.paragraph("Each design point is the mean of " + spec.replications() + " replication" + (spec.replications() == 1 ? "" : "s")
                + ", so every index carries replication noise. The level below is the " + (morris ? "mu*" : "ST")
                + " a parameter without any effect would show from that noise alone: "
                + (morris ? "2·s/(Δ·√π), with s the standard deviation of a point's mean and Δ the Morris step"
                : "s²/V, with s the standard deviation of a point's mean and V the variance of the outcome over the design")
                + ". Indices below this are within replication noise.");
        List<String[]> noiseRows = new ArrayList<>();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            NoiseReference n = noise.get(o);
            String ind = spec.outcomes().get(o).indicator();
            noiseRows.add(new String[] {n.outcome(), n.source(), Integer.toString(n.runs()), HumanUnits.change(ind, n.sd()),
                "±" + HumanUnits.change(ind, n.halfWidth()), level(n, ind)});
        }
        r.table("Spread of each outcome between replications", List.of("outcome", "measured on", "runs", "sd of one replication",
                "95% CI of a point's mean", "noise level of " + (morris ? "mu*" : "ST")), noiseRows);

        r.heading("Sensitivity indices");
        r.paragraph(morris
                ? "Morris elementary effects: mu* is the mean absolute change of the outcome when a parameter moves one grid step, "
                + "expressed per full range of the parameter; sigma is their spread (large sigma: non-linear or interacting). "
                + "Bars: mu* with a bootstrap 95% CI over trajectories. Tables are ranked by mu*."
                : "Sobol indices: S1 is the share of the outcome's variance due to a parameter alone, ST the share it has a hand in "
                + "including interactions (Saltelli sampling; Saltelli 2010 and Jansen estimators). Bars: bootstrap 95% CIs. "
                + "Tables are ranked by ST.");
        ChartBatch charts = new ChartBatch(dir);
        List<String> keys = spec.factorKeys();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            StudySpec.Outcome out = spec.outcomes().get(o);
            if (skipped.contains(out.name())) {
                r.paragraph(out.name() + ": undefined at some design points, so no indices were computed.");
                continue;
            }
            NoiseReference n = noise.get(o);
            String file = "tornado-" + out.name() + ".png";
            var chart = morris
                    ? SweepCharts.tornado(out.name(), keys, List.of(bars("mu*", "muStar", out.name(), keys, indices)),
                            "mu* (outcome units per range)", n.floor())
                    : SweepCharts.tornado(out.name(), keys, List.of(bars("S1", "S1", out.name(), keys, indices),
                            bars("ST", "ST", out.name(), keys, indices)), "Sobol index", n.floor());
            charts.add(file, chart, SweepCharts.WIDTH, SweepCharts.HEIGHT);
            r.figure(file, "sensitivity of " + out.name(), "Sensitivity of " + out.name() + " (" + out.indicator() + ") to each parameter, "
                    + "largest at the top" + (Double.isNaN(n.floor()) ? "." : "; the line marks the replication-noise level "
                    + String.format(Locale.ROOT, "%.3g", n.floor()) + ": indices below it are within replication noise."));
            if (morris) {
                String scatter = "morris-" + out.name() + ".png";
                charts.add(scatter, MorrisChart.chart(out.name(), keys, values(indices, out.name(), keys, "muStar", 0),
                        values(indices, out.name(), keys, "muStar", 1), values(indices, out.name(), keys, "muStar", 2),
                        values(indices, out.name(), keys, "sigma", 0), n.floor(), "outcome units per range"), SweepCharts.WIDTH, SweepCharts.HEIGHT);
                r.figure(scatter, "mu* against sigma for " + out.name(), "mu* against sigma of " + out.name() + ": right = influential, "
                        + "up = non-linear or interacting; below the ray sigma/mu* = 0.1 an effect is nearly linear, above 1 strongly "
                        + "non-linear or interacting (Morris 1991, Campolongo et al. 2007). Names that would overlap are replaced by the "
                        + "parameter's rank in the table below; the grey band is within replication noise.");
            }
            r.paragraph(noiseSentence(out, n, morris));
            r.table(out.name() + ", ranked by " + (morris ? "mu*" : "ST"), morris
                    ? List.of("rank", "parameter", "mu* [95% CI]", "sigma", "mu", "sigma/mu*", "vs noise")
                    : List.of("rank", "parameter", "ST [95% CI]", "S1 [95% CI]", "vs noise"), rows(indices, out.name(), n, morris));
        }
        charts.writeAll();
        StudyReport.links(r, dir, IndicesCsv.FILE, "every index with its bootstrap 95% CI", NoiseCsv.FILE,
                "the replication noise of each outcome and the index level it gives", NoiseRuns.FILE,
                "the extra replications of the base scenario the noise is measured on (format of runs.csv)");
        StudyReport.write(dir, r);
    }

    /** The ranked rows of one outcome's table. */
    static List<String[]> rows(List<SensitivityDesign.Index> indices, String outcome, NoiseReference n, boolean morris) {
        List<String[]> rows = new ArrayList<>();
        int rank = 0;
        for (SensitivityDesign.Index main : SensitivityFindings.ranked(indices, outcome, morris ? "muStar" : "ST")) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(++rank), main.factor(), withCi(main)));
            if (morris) {
                double sigma = find(indices, outcome, main.factor(), "sigma").value();
                row.add(String.format(Locale.ROOT, "%.4g", sigma));
                row.add(String.format(Locale.ROOT, "%.4g", find(indices, outcome, main.factor(), "mu").value()));
                row.add(main.value() > 0 ? String.format(Locale.ROOT, "%.2f", sigma / main.value()) : "n/a");
            } else {
                row.add(withCi(find(indices, outcome, main.factor(), "S1")));
            }
            row.add(SensitivityFindings.verdict(main, n.floor()).text);
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }

    private static String noiseSentence(StudySpec.Outcome out, NoiseReference n, boolean morris) {
        if (!n.defined()) {
            return "Replication noise of " + out.name() + ": could not be measured (fewer than two defined replications), "
                    + "so small indices cannot be told from noise.";
        }
        return "Replication noise of " + out.name() + ": sd " + HumanUnits.change(out.indicator(), n.sd()) + " between replications ("
                + n.source() + ", " + n.runs() + " runs); a design point's mean of " + n.replications() + " is known to ±"
                + HumanUnits.change(out.indicator(), n.halfWidth()) + " (95% CI). A parameter without any effect would show "
                + (morris ? "mu* ≈ " : "ST ≈ ") + level(n, out.indicator()) + "; indices below this are within replication noise.";
    }

    private static String level(NoiseReference n, String indicator) {
        if (Double.isNaN(n.floor())) return "n/a";
        return n.measure().equals("muStar") ? HumanUnits.change(indicator, n.floor()) : HumanUnits.significant(n.floor(), 2);
    }

    private static String withCi(SensitivityDesign.Index i) {
        return Double.isNaN(i.low()) ? String.format(Locale.ROOT, "%.4g", i.value())
                : String.format(Locale.ROOT, "%.4g [%.3g, %.3g]", i.value(), i.low(), i.high());
    }

    // value (0), low (1) or high (2) of measure per factor
    private static double[] values(List<SensitivityDesign.Index> indices, String outcome, List<String> keys, String measure, int part) {
        double[] v = new double[keys.size()];
        for (int i = 0; i < v.length; i++) {
            var x = find(indices, outcome, keys.get(i), measure);
            v[i] = part == 0 ? x.value() : part == 1 ? x.low() : x.high();
        }
        return v;
    }

    private static SweepCharts.Bars bars(String label, String measure, String outcome, List<String> keys, List<SensitivityDesign.Index> indices) {
        return new SweepCharts.Bars(label, values(indices, outcome, keys, measure, 0), values(indices, outcome, keys, measure, 1),
                values(indices, outcome, keys, measure, 2));
    }

    private static SensitivityDesign.Index find(List<SensitivityDesign.Index> indices, String outcome, String factor, String measure) {
        return indices.stream().filter(x -> x.outcome().equals(outcome) && x.factor().equals(factor) && x.measure().equals(measure))
                .findFirst().orElseThrow();
    }
}
