package org.aiecosim.app;

import org.aiecosim.experiment.study.AblationAnalysis;
import org.aiecosim.experiment.study.AblationAnalysis.Effect;
import org.aiecosim.experiment.study.AblationDesign;
import org.aiecosim.experiment.study.PointSummary;
import org.aiecosim.experiment.study.RunsFile;
import org.aiecosim.experiment.study.RunsReader;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.observation.IndicatorCatalog;
import org.aiecosim.observation.Unit;
import org.aiecosim.report.AblationChart;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.HumanUnits;
import org.aiecosim.report.PngFiles;
import org.aiecosim.scenario.StudySpec;
import org.aiecosim.scenario.StudySpec.Outcome;
import org.aiecosim.stats.WelchComparison;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Outputs of an ablation study: {@code ablation.csv} (per mechanism and outcome, the difference from
 * the full model with its Welch 95% CI, and the paired CI that common random numbers allow), a
 * dot-and-whisker chart per outcome, and a report whose findings say which mechanisms move which
 * outcome detectably and which do not.
 */
public final class AblationOutputs {
    private AblationOutputs() {}

    public static void write(Path dir, StudySpec spec, List<PointSummary> points, StudyExecution.Summary summary) throws IOException {
        double[][][] values = RunsReader.values(dir.resolve(RunsFile.FILE), spec, points.size());
        List<Effect> effects = AblationAnalysis.effects(spec, values);
        AtomicFiles.writeText(dir.resolve(AblationAnalysis.FILE), w -> AblationAnalysis.write(w, effects));

        HtmlReport r = StudyReport.header("ablation", spec, points.size(), summary);
        List<String[]> mech = new ArrayList<>();
        for (StudySpec.Mechanism m : spec.mechanisms()) {
            List<String> parts = new ArrayList<>();
            m.settings().forEach((k, v) -> parts.add(k + " = " + HumanUnits.significant(v, 4)
                    + " (full model " + HumanUnits.significant(spec.base().config().parameters().get(k), 4) + ")"));
            mech.add(new String[] {m.name(), String.join("; ", parts)});
        }
        r.table("Mechanisms and the settings that switch each off (\"" + AblationDesign.ALL_OFF + "\": all of them at once)",
                List.of("mechanism", "settings"), mech);

        int m = points.size() - 1;
        HtmlReport f = new HtmlReport("");
        f.section("findings").heading("Findings");
        String question = org.aiecosim.report.Findings.question(spec.description());
        if (!question.isEmpty()) f.paragraph("Question: " + question);
        f.paragraph("Each difference is the mean over " + spec.replications() + " replications with the mechanism off less the mean "
                + "of the full model. It is detectable when its Welch 95% confidence interval excludes zero. Replication r of every "
                + "point uses the same seed (common random numbers), so the differences are paired; the Welch interval ignores the "
                + "pairing and is the conservative one. ablation.csv also gives the paired t interval, "
                + pairedNote(effects) + ".");
        List<String> items = new ArrayList<>();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            Outcome out = spec.outcomes().get(o);
            List<Effect> mine = forOutcome(effects, out.name());
            List<Effect> moved = mine.stream().filter(Effect::detectable)
                    .sorted(Comparator.comparingDouble((Effect e) -> -Math.abs(e.welch().diff()))).toList();
            List<String> still = mine.stream().filter(e -> !e.detectable() && !e.mechanism().equals(AblationDesign.ALL_OFF))
                    .map(Effect::mechanism).toList();
            WelchComparison full = mine.get(0).welch();
            StringBuilder b = new StringBuilder(out.name()).append(" (full model ").append(value(out, full.meanA())).append("): ");
            if (moved.isEmpty()) {
                b.append("no mechanism, nor all of them together, moves it detectably.");
            } else {
                b.append("moved detectably by ");
                List<String> parts = new ArrayList<>();
                for (Effect e : moved) parts.add(e.mechanism() + " off " + difference(out, e.welch()));
                b.append(String.join(", ", parts)).append('.');
                if (!still.isEmpty()) b.append(" Not detectably by ").append(String.join(", ", still)).append('.');
            }
            items.add(b.toString());
        }
        f.bullets(items);
        f.endSection();
        r.insertFirst(f);

        r.heading("Differences from the full model");
        List<String> header = new ArrayList<>(List.of("mechanism off"));
        for (Outcome o : spec.outcomes()) header.add(o.name() + " (" + unit(o, true) + ")");
        List<String[]> rows = new ArrayList<>();
        List<String> labels = AblationDesign.labels(spec);
        List<String> fullRow = new ArrayList<>(List.of("(" + AblationDesign.FULL + ": mean)"));
        for (Outcome o : spec.outcomes()) fullRow.add(value(o, forOutcome(effects, o.name()).get(0).welch().meanA()));
        rows.add(fullRow.toArray(String[]::new));
        for (int p = 1; p <= m; p++) {
            List<String> row = new ArrayList<>(List.of(labels.get(p)));
            for (Outcome o : spec.outcomes()) {
                Effect e = forOutcome(effects, o.name()).get(p - 1);
                row.add(difference(o, e.welch()) + (e.detectable() ? " *" : ""));
            }
            rows.add(row.toArray(String[]::new));
        }
        r.table("Mechanism off less full model, mean over replications [Welch 95% CI]; * the interval excludes zero. "
                + "Shares are in percentage points.", header, rows);

        r.heading("Charts");
        for (Outcome o : spec.outcomes()) {
            List<AblationChart.Row> chartRows = new ArrayList<>();
            for (Effect e : forOutcome(effects, o.name())) {
                chartRows.add(new AblationChart.Row(e.mechanism(), e.welch().diff(), e.welch().low(), e.welch().high()));
            }
            String file = "ablation-" + o.name() + ".png";
            String subtitle = "Mechanism off less full model (" + value(o, forOutcome(effects, o.name()).get(0).welch().meanA())
                    + "), mean of " + spec.replications() + " replications with Welch 95% CI";
            PngFiles.writePng(dir.resolve(file), AblationChart.chart(o.name() + ": " + window(spec, o), subtitle,
                    "difference (" + unit(o, true) + ")", chartRows, scale(o)), AblationChart.WIDTH, AblationChart.height(chartRows.size()));
            r.figure(file, "difference in " + o.name() + " per mechanism switched off",
                    "Difference in " + o.name() + " (" + describe(o) + ", " + window(spec, o) + ") with each mechanism switched off, "
                            + "and with all of them, from the full model: dot at the mean difference, whiskers the Welch 95% CI; "
                            + "coloured where the interval excludes zero.");
        }
        StudyReport.pointTable(r, spec, points);
        StudyReport.links(r, dir, AblationAnalysis.FILE,
                "per mechanism and outcome: full and ablated means, difference, Welch 95% CI and p, paired 95% CI and p");
        StudyReport.write(dir, r);
    }

    private static List<Effect> forOutcome(List<Effect> effects, String outcome) {
        return effects.stream().filter(e -> e.outcome().equals(outcome)).toList();
    }

    /** How much narrower the paired intervals are than Welch's (median ratio of widths). */
    private static String pairedNote(List<Effect> effects) {
        double[] ratio = effects.stream().filter(e -> !Double.isNaN(e.pairedLow()) && e.welch().high() > e.welch().low())
                .mapToDouble(e -> (e.pairedHigh() - e.pairedLow()) / (e.welch().high() - e.welch().low())).sorted().toArray();
        if (ratio.length == 0) return "not available here";
        double median = ratio.length % 2 == 1 ? ratio[ratio.length / 2] : (ratio[ratio.length / 2 - 1] + ratio[ratio.length / 2]) / 2;
        return String.format(Locale.ROOT, "which is in the median %.0f%% as wide as the Welch interval here%s", 100 * median,
                median > 0.8 ? " (the runs' paths diverge too soon for common random numbers to narrow it much)" : "");
    }

    /** Scale from stored to shown values: 100 for shares (and new-share outcomes). */
    static double scale(Outcome o) {
        if (!o.newShareOf().isEmpty()) return 100;
        Unit u = IndicatorCatalog.unitOf(o.indicator());
        return u == null ? 1 : u.scale();
    }

    static String unit(Outcome o, boolean difference) {
        if (scale(o) == 100) return difference ? "percentage points" : "%";
        return HumanUnits.unit(o.indicator());
    }

    private static String describe(Outcome o) {
        return o.newShareOf().isEmpty() ? o.indicator()
                : "increase of " + o.indicator() + " as a share of the increase of " + String.join(" + ", o.newShareOf());
    }

    private static String value(Outcome o, double v) {
        if (Double.isNaN(v)) return "n/a";
        if (scale(o) == 100) return String.format(Locale.ROOT, "%.1f%%", 100 * v);
        return HumanUnits.withUnit(o.indicator(), v);
    }

    private static String number(Outcome o, double v) {
        if (Double.isNaN(v)) return "n/a";
        double x = v * scale(o);
        if (x != 0 && Math.abs(x) < 0.05) return (x > 0 ? "+" : "") + HumanUnits.significant(x, 2);
        return Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%+,.0f", x) : String.format(Locale.ROOT, "%+.1f", x);
    }

    /** "+3.2 [1.1, 5.3] pp". */
    private static String difference(Outcome o, WelchComparison c) {
        String u = scale(o) == 100 ? " pp" : (unit(o, true).isEmpty() ? "" : " " + unit(o, true));
        return number(o, c.diff()) + " [" + number(o, c.low()) + ", " + number(o, c.high()) + "]" + u;
    }

    private static String window(StudySpec spec, Outcome o) {
        var start = spec.base().config().start();
        return o.from() == o.to() ? start.plusMonths(o.from()).toString()
                : (o.newShareOf().isEmpty() ? "mean of " : "new in ") + start.plusMonths(o.from()) + " to " + start.plusMonths(o.to());
    }
}
