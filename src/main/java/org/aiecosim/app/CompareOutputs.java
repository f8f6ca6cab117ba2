package org.aiecosim.app;

import org.aiecosim.io.AtomicFiles;
import org.aiecosim.report.CompareCharts;
import org.aiecosim.report.EnsembleStatistics;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.PngFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/** Overlay charts (one per key indicator, all inputs with bands) and the comparison's report. */
public final class CompareOutputs {
    private CompareOutputs() {}

    public static void write(Path dir, List<CompareInput> inputs, LinkedHashMap<String, EnsembleStatistics> stats,
                      List<String> keys, List<String[]> differences) throws IOException {
        CompareCharts charts = new CompareCharts(stats);
        HtmlReport r = new HtmlReport("aiecosim compare: " + String.join(" vs ", stats.keySet()));
        r.lead("Differences of end-of-run values from the first input, with Welch 95% confidence intervals and t-tests, "
                + "and the key indicators of every input over time.");
        r.info("Program", "aiecosim " + Version.get()).info("Finished", Instant.now().toString());
        for (CompareInput in : inputs) r.info(in.label(), in.folder() + " (" + in.results().size() + " replications)");
        List<String[]> rows = new ArrayList<>();
        for (String[] d : differences) {
            if (!keys.contains(d[2])) continue;
            rows.add(new String[] {d[1] + " − " + d[0], d[2], fmt(d[6]), fmt(d[7]), fmt(d[8]), fmt(d[9]) + " to " + fmt(d[10]), fmt(d[13])});
        }
        r.table("End-of-run differences (differences.csv has every indicator)",
                List.of("comparison", "indicator", "reference mean", "mean", "difference", "95% CI", "Welch p"), rows);
        r.heading("Indicators over time");
        for (String k : keys) {
            if (stats.values().stream().anyMatch(s -> !s.has(k))) continue;
            String file = "compare-" + k + ".png";
            PngFiles.writePng(dir.resolve(file), charts.overlay(k, unit(k)), 1000, 600);
            r.figure(file, k, k + " for every input: mean over replications with a shaded 95% confidence interval.");
        }
        r.links(List.of(new HtmlReport.Link("differences.csv", "end-of-run differences of every indicator, Welch CI and t-test"),
                new HtmlReport.Link("inputs.txt", "the compared result folders")));
        String html = r.render(dir);
        AtomicFiles.writeText(dir.resolve(HtmlReport.FILE), w -> w.write(html));
    }

    public static String unit(String indicator) {
        if (indicator.startsWith("capability")) return "Capability (points)";
        if (indicator.startsWith("lag")) return "Lag (months)";
        if (indicator.startsWith("chips.price")) return "Price ($M per H100e)";
        return "Share";
    }

    private static String fmt(String s) {
        return s.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.4g", Double.parseDouble(s));
    }
}
