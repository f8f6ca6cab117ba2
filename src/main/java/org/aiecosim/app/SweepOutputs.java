package org.aiecosim.app;

import org.aiecosim.experiment.study.PointSummary;
import org.aiecosim.experiment.study.RunsFile;
import org.aiecosim.experiment.study.RunsReader;
import org.aiecosim.report.EnsembleStatistics;
import org.aiecosim.report.ChartBatch;
import org.aiecosim.report.HeatMapNoise;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.SweepCharts;
import org.aiecosim.scenario.StudySpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Charts and report of a sweep: per outcome, the outcome against each parameter with the 95% CI of its mean;
 * with two parameters also a heat map (cells within noise of their neighbours marked) and a map of
 * the cells' CI half-widths; with more, small multiples in one picture. Charts are drawn in parallel.
 */
public final class SweepOutputs {
    private SweepOutputs() {}

    public static void write(Path dir, StudySpec spec, List<PointSummary> points, StudyExecution.Summary summary) throws IOException {
        // every run's outcomes, so the charts' intervals pool runs (a bootstrap one for shares); grids are small
        double[][][] runs = RunsReader.values(dir.resolve(RunsFile.FILE), spec, points.size());
        SweepCharts charts = new SweepCharts(spec.factorKeys(), StudyReport.chartPoints(spec, points, runs), StudyReport.indicators(spec));
        HtmlReport r = StudyReport.header("sweep", spec, points.size(), summary);
        List<String> keys = spec.factorKeys();
        java.util.function.Function<StudySpec.Outcome, String> heat = keys.size() == 2 ? (o -> heatMapFinding(charts, keys, o)) : null;
        StudyReport.findings(r, spec, points, heat);
        r.heading("Charts");
        ChartBatch batch = new ChartBatch(dir);
        for (StudySpec.Outcome o : spec.outcomes()) {
            if (keys.size() == 2) {
                String file = "heatmap-" + o.name() + ".png";
                batch.add(file, charts.heatMap(keys.get(0), keys.get(1), o.name()), SweepCharts.WIDTH, SweepCharts.HEIGHT);
                boolean replicated = spec.replications() > 1;
                r.figure(file, o.name() + " over " + keys.get(0) + " and " + keys.get(1),
                        "Mean of " + o.name() + " (" + o.indicator() + ") over replications at each combination of "
                                + keys.get(0) + " and " + keys.get(1) + "; the colour scale is on the right. "
                                + (replicated ? "\u2248 marks a cell that no neighbouring cell differs from detectably (the Welch 95% "
                                + "confidence interval of each difference includes zero): colour steps around it may be replication noise."
                                : "With one replication per cell the noise is unknown: colour steps may be noise."));
                if (replicated) {
                    String ci = "heatmap-ci-" + o.name() + ".png";
                    batch.add(ci, charts.heatMapHalfWidths(keys.get(0), keys.get(1), o.name()), SweepCharts.WIDTH, SweepCharts.HEIGHT);
                    r.figure(ci, "uncertainty of " + o.name(), "Half-width of the 95% confidence interval of each cell's mean of "
                            + o.name() + ": two cells whose means differ by less than about their half-widths combined cannot be told apart.");
                }
            }
            if (keys.size() > 2) {
                String file = "multiples-" + o.name() + ".png";
                batch.add(file, () -> charts.smallMultiples(keys, o.name()));
                r.figure(file, o.name() + " against each parameter", "Mean of " + o.name()
                        + " against each varied parameter (averaged over the others), one panel per parameter.");
            } else {
                for (String k : keys) {
                    String file = o.name() + "-vs-" + k + ".png";
                    batch.add(file, charts.outcomeVsParameter(k, o.name()), SweepCharts.WIDTH, SweepCharts.HEIGHT);
                    r.figure(file, o.name() + " against " + k, "Mean of " + o.name() + " (" + o.indicator() + ") against " + k
                            + (keys.size() > 1 ? ": the thick line is the mean over all runs at each value of " + k
                            + " (replications \u00d7 values of the other parameter), shaded with the 95% confidence interval of that mean"
                            + (EnsembleStatistics.bounded(o.indicator()) ? " (bootstrap percentile, so it stays within 0\u2013100%)" : "")
                            + "; the thin lines are the values of the other parameter one by one, so its effect shows as their spread"
                            : "; shaded: 95% confidence interval of the mean over replications") + ".");
                }
            }
        }
        batch.writeAll();
        StudyReport.pointTable(r, spec, points);
        StudyReport.links(r, dir);
        StudyReport.write(dir, r);
        // the verdicts on stdout too, as run prints its summary table
        for (String line : StudyReport.findingLines(spec, points, heat)) System.out.println(line);
    }

    /** The heat map's part of an outcome's finding: how many cells stand out from their neighbours. */
    static String heatMapFinding(SweepCharts charts, List<String> keys, StudySpec.Outcome o) {
        HeatMapNoise.Cell[][] cells = charts.cellNoise(keys.get(0), keys.get(1), o.name());
        int within = HeatMapNoise.count(cells, HeatMapNoise.Cell.WITHIN_NOISE);
        int distinct = HeatMapNoise.count(cells, HeatMapNoise.Cell.DISTINCT);
        if (within + distinct == 0) return "On the heat map, the noise of single replications is unknown.";
        return "On the heat map, " + within + " of " + (within + distinct) + " cells are within noise of all their neighbours (marked \u2248)"
                + (within * 2 > within + distinct ? ": most colour steps between neighbours may be replication noise." : ".");
    }
}
