package org.aiecosim.app;

import org.aiecosim.app.StudyExecution;
import org.aiecosim.experiment.study.PointSummary;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.PngFiles;
import org.aiecosim.report.SweepCharts;
import org.aiecosim.scenario.StudySpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Charts and report of a sweep: per outcome, the outcome against each parameter with a 95% band;
 * with two parameters also a heat map; with more, small multiples in one picture.
 */
public final class SweepOutputs {
    private SweepOutputs() {}

    public static void write(Path dir, StudySpec spec, List<PointSummary> points, StudyExecution.Summary summary) throws IOException {
        SweepCharts charts = new SweepCharts(spec.factorKeys(), StudyReport.chartPoints(spec, points));
        HtmlReport r = StudyReport.header("sweep", spec, points.size(), summary);
        StudyReport.findings(r, spec, points);
        r.heading("Charts");
        List<String> keys = spec.factorKeys();
        for (StudySpec.Outcome o : spec.outcomes()) {
            if (keys.size() == 2) {
                String file = "heatmap-" + o.name() + ".png";
                PngFiles.writePng(dir.resolve(file), charts.heatMap(keys.get(0), keys.get(1), o.name()), SweepCharts.WIDTH, SweepCharts.HEIGHT);
                r.figure(file, o.name() + " over " + keys.get(0) + " and " + keys.get(1),
                        "Mean of " + o.name() + " (" + o.indicator() + ") over replications at each combination of "
                                + keys.get(0) + " and " + keys.get(1) + "; the colour scale is on the right.");
            }
            if (keys.size() > 2) {
                String file = "multiples-" + o.name() + ".png";
                PngFiles.writePng(dir.resolve(file), charts.smallMultiples(keys, o.name()));
                r.figure(file, o.name() + " against each parameter", "Mean of " + o.name()
                        + " against each varied parameter (averaged over the others), one panel per parameter.");
            } else {
                for (String k : keys) {
                    String file = o.name() + "-vs-" + k + ".png";
                    PngFiles.writePng(dir.resolve(file), charts.outcomeVsParameter(k, o.name()), SweepCharts.WIDTH, SweepCharts.HEIGHT);
                    r.figure(file, o.name() + " against " + k, "Mean of " + o.name() + " (" + o.indicator() + ") against " + k
                            + (keys.size() > 1 ? ", averaged over the other parameter; shaded: the 95% t interval over the other parameter's levels "
                            + "(how much the other parameter moves the outcome, not replication noise)"
                            : "; shaded: 95% confidence interval over replications") + ".");
                }
            }
        }
        StudyReport.pointTable(r, spec, points);
        StudyReport.links(r, dir);
        StudyReport.write(dir, r);
    }
}
