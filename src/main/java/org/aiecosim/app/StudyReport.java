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
        // The findings quote the question; a first paragraph that is nothing but the question is not repeated above them.
        String rest = org.aiecosim.report.Findings.withoutQuestion(lead);
        if (!rest.isEmpty() && !rest.equals(org.aiecosim.report.Findings.question(spec.description()))) r.lead(rest);
        r.heading("What was run").infoHere();
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
        if (d.type() != StudySpec.DesignType.ABLATION) {
            r.table("Parameters varied", List.of("parameter", "values or range", "unit", "meaning"), factors);
        }
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

    /**
     * The findings of a sweep: the study's question, and for each outcome the design points with the
     * lowest and the highest mean, whether the difference between them is detectable (Welch 95% CI
     * excluding zero) and how many points differ detectably from the first point.
     */
    public static void findings(HtmlReport report, StudySpec spec, List<PointSummary> points) {
        findings(report, spec, points, null);
    }

    /** As {@link #findings(HtmlReport, StudySpec, List)}, each outcome's item followed by {@code extra}'s sentence (null: none). */
    public static void findings(HtmlReport report, StudySpec spec, List<PointSummary> points,
                                java.util.function.Function<StudySpec.Outcome, String> extra) {
        HtmlReport r = new HtmlReport("");
        r.section("findings").heading("Findings");
        String question = org.aiecosim.report.Findings.question(spec.description());
        if (!question.isEmpty()) r.paragraph("Question: " + question);
        r.paragraph("Each outcome is a mean over " + spec.replications() + " replications per design point; a difference "
                + "between two points is detectable when the Welch 95% confidence interval of the difference excludes zero.");
        List<String> items = new ArrayList<>();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            StudySpec.Outcome out = spec.outcomes().get(o);
            int lo = -1, hi = -1;
            for (int i = 0; i < points.size(); i++) {
                double m = points.get(i).outcomes().get(o).mean();
                if (Double.isNaN(m)) continue;
                if (lo < 0 || m < points.get(lo).outcomes().get(o).mean()) lo = i;
                if (hi < 0 || m > points.get(hi).outcomes().get(o).mean()) hi = i;
            }
            if (lo < 0) {
                items.add(out.name() + ": undefined at every point.");
                continue;
            }
            MeanEstimate a = points.get(lo).outcomes().get(o), b = points.get(hi).outcomes().get(o);
            org.aiecosim.stats.WelchComparison c = org.aiecosim.stats.WelchComparison.ofSummaries(a.n(), a.mean(), a.sd(), b.n(), b.mean(), b.sd());
            String ind = out.indicator();
            boolean detectable = !Double.isNaN(c.p()) && c.p() < 0.05;
            int differ = 0;
            MeanEstimate ref = points.get(0).outcomes().get(o);
            for (PointSummary p : points.subList(1, points.size())) {
                MeanEstimate e = p.outcomes().get(o);
                double pv = org.aiecosim.stats.WelchComparison.ofSummaries(ref.n(), ref.mean(), ref.sd(), e.n(), e.mean(), e.sd()).p();
                if (!Double.isNaN(pv) && pv < 0.05) differ++;
            }
            items.add(out.name() + " (" + ind + "): from " + org.aiecosim.report.HumanUnits.withUnit(ind, a.mean()) + " at "
                    + setting(spec, points.get(lo)) + " to " + org.aiecosim.report.HumanUnits.withUnit(ind, b.mean()) + " at "
                    + setting(spec, points.get(hi)) + "; " + (lo == hi ? "the same at every point."
                    : detectable ? "a detectable difference (95% CI " + org.aiecosim.report.HumanUnits.number(ind, c.low()) + " to "
                            + org.aiecosim.report.HumanUnits.number(ind, c.high()) + ")."
                            : "not detectable: the parameters make no difference larger than the noise of "
                            + spec.replications() + " replications.")
                    + " " + differ + " of " + (points.size() - 1) + " other points differ detectably from point "
                    + points.get(0).point() + " (" + setting(spec, points.get(0)) + ")."
                    + (extra == null ? "" : " " + extra.apply(out)));
        }
        r.bullets(items);
        r.endSection();
        report.insertFirst(r);
    }

    private static String setting(StudySpec spec, PointSummary p) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < spec.factorKeys().size(); i++) {
            double v = p.parameters()[i];
            parts.add(spec.factorKeys().get(i) + " = " + (v >= 1e6 && v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v)
                    : org.aiecosim.report.HumanUnits.significant(v, 4)));
        }
        return String.join(", ", parts);
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
