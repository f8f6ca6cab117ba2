package org.aiecosim.app;

import org.aiecosim.app.StudyExecution;
import org.aiecosim.experiment.study.PointSummary;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.SweepPointSummary;
import org.aiecosim.scenario.StudySpec;
import org.aiecosim.stats.MeanEstimate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts of a sweep's or sensitivity study's report.html that both share. */
public final class StudyReport {
    /** Largest number of design points listed in the report's table (points.csv has them all). */
    static final int MAX_TABLE_POINTS = 200;

    private StudyReport() {}

    /** The report's header: what was run, when, how. */
    public static HtmlReport header(String kind, StudySpec spec, long points, StudyExecution.Summary summary) {
        HtmlReport r = new HtmlReport("aiecosim " + kind + ": " + spec.name());
        String lead = spec.description().split("\n\n")[0].replace('\n', ' ').strip();
        if (!lead.isEmpty()) r.lead(lead);
        StudySpec.Design d = spec.design();
        r.info("Program", "aiecosim " + Version.get())
                .info("Finished", Instant.now().toString())
                .info("Study file", String.valueOf(spec.source()))
                .info("Base scenario", spec.base().name() + " (" + spec.base().config().start() + ", " + spec.base().config().months() + " months)")
                .info("Design", d.type().key + ", " + points + " points x " + spec.replications() + " replications = " + summary.runs() + " runs")
                .info("Study seed", Long.toString(spec.seed()))
                .info("Threads", Integer.toString(summary.threads()))
                .info("Time", String.format(Locale.ROOT, "%.1f s%s", summary.seconds(),
                        summary.resumedFrom() > 0 ? " (resumed after " + summary.resumedFrom() + " runs)" : ""))
                .info("Failed runs", Long.toString(summary.failed()) + (summary.firstError() != null ? " — first: " + summary.firstError() : ""));
        List<String[]> factors = new ArrayList<>();
        for (StudySpec.Factor f : spec.factors()) {
            String range = f.values() != null ? java.util.Arrays.toString(f.values()) : "[" + f.min() + ", " + f.max() + "]";
            factors.add(new String[] {f.key(), range, f.spec().unit(), f.spec().description()});
        }
        r.table("Parameters varied", List.of("parameter", "values or range", "unit", "meaning"), factors);
        List<String[]> outcomes = new ArrayList<>();
        for (StudySpec.Outcome o : spec.outcomes()) {
            var start = spec.base().config().start();
            String when = o.from() == o.to() ? start.plusMonths(o.from()).toString()
                    : "mean of " + start.plusMonths(o.from()) + " to " + start.plusMonths(o.to());
            outcomes.add(new String[] {o.name(), o.indicator(), when});
        }
        r.table("Outcomes recorded", List.of("outcome", "indicator", "when"), outcomes);
        return r;
    }

    /** Per-point summaries in the form the sweep charts take. */
    public static List<SweepPointSummary> chartPoints(StudySpec spec, List<PointSummary> points) {
        List<SweepPointSummary> out = new ArrayList<>();
        for (PointSummary p : points) {
            Map<String, MeanEstimate> m = new LinkedHashMap<>();
            for (int o = 0; o < spec.outcomes().size(); o++) m.put(spec.outcomes().get(o).name(), p.outcomes().get(o));
            out.add(new SweepPointSummary(p.parameters(), m));
        }
        return out;
    }

    /** A table of per-point means with CIs (first {@link #MAX_TABLE_POINTS} points). */
    public static void pointTable(HtmlReport r, StudySpec spec, List<PointSummary> points) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(spec.factorKeys());
        for (var o : spec.outcomes()) header.add(o.name() + " (95% CI)");
        List<String[]> rows = new ArrayList<>();
        for (PointSummary p : points.subList(0, Math.min(points.size(), MAX_TABLE_POINTS))) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.point())));
            for (double v : p.parameters()) row.add(String.format(Locale.ROOT, "%.4g", v));
            for (MeanEstimate e : p.outcomes()) {
                row.add(Double.isNaN(e.mean()) ? "n/a" : Double.isNaN(e.halfWidth())
                        ? String.format(Locale.ROOT, "%.4g", e.mean())
                        : String.format(Locale.ROOT, "%.4g ± %.3g", e.mean(), e.halfWidth()));
            }
            rows.add(row.toArray(String[]::new));
        }
        String caption = "Mean over replications per design point" + (points.size() > MAX_TABLE_POINTS
                ? " (first " + MAX_TABLE_POINTS + " of " + points.size() + " points; points.csv has all)" : "");
        r.table(caption, header, rows);
    }

    /** Links to the study's data files that exist. */
    public static void links(HtmlReport r, Path dir, String... extra) {
        List<HtmlReport.Link> links = new ArrayList<>();
        links.add(new HtmlReport.Link("runs.csv", "one row per run: parameters, seed, outcomes, status and error"));
        links.add(new HtmlReport.Link("points.csv", "per design point and outcome: n, mean, sd, 95% CI"));
        for (int i = 0; i + 1 < extra.length; i += 2) links.add(new HtmlReport.Link(extra[i], extra[i + 1]));
        links.add(new HtmlReport.Link("design.csv", "the design points"));
        links.add(new HtmlReport.Link("study.yaml", "the study file as given"));
        links.add(new HtmlReport.Link("scenario.yaml", "the resolved base scenario (with the study's fixed overrides)"));
        r.links(links.stream().filter(l -> Files.exists(dir.resolve(l.file())) || l.file().equals("points.csv")).toList());
    }

    public static void write(Path dir, HtmlReport r) throws IOException {
        String html = r.render(dir);
        AtomicFiles.writeText(dir.resolve(HtmlReport.FILE), w -> w.write(html));
    }
}
