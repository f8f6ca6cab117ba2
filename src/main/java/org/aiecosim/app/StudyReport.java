package org.aiecosim.app;

import org.aiecosim.app.StudyExecution;
import org.aiecosim.experiment.study.PointSummary;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.HumanUnits;
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
                .info("Random numbers", !spec.design().sharesSeeds() ? "independent: every run has its own seed"
                        : spec.design().type() == StudySpec.DesignType.ABLATION
                        ? "common: replication r of every arm has the same seed, and the differences' intervals are paired"
                        : "common (commonRandomNumbers: true): replication r of every point has the same seed, so differences between "
                        + "points are less noisy than the intervals and tests here, which treat points as independent, allow for")
                .info("Command-line options", summary.options().isEmpty() ? "none (the study file as given)" : String.join(" ", summary.options()))
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
     * The findings of a sweep: the study's question, and for each outcome one verdict from the
     * comparisons of every point with the first (Welch 95% CI of the difference excluding zero),
     * with the largest difference and the range of the means (see {@link #findingLines}).
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
        r.paragraph("Each outcome is a mean over " + spec.replications() + " replications per design point; a point differs "
                + "detectably from another when the Welch 95% confidence interval of the difference excludes zero.");
        r.bullets(findingLines(spec, points, extra));
        r.endSection();
        report.insertFirst(r);
    }

    /**
     * One line per outcome with a single verdict: "detectable" when at least one point differs
     * detectably from the first point, then how many do and the largest difference from it with its
     * CI; "not detectable" when none does; "no test" with one replication. The range of the means
     * follows as a description, and {@code extra}'s sentence (null: none).
     */
    public static List<String> findingLines(StudySpec spec, List<PointSummary> points,
                                            java.util.function.Function<StudySpec.Outcome, String> extra) {
        List<String> items = new ArrayList<>();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            StudySpec.Outcome out = spec.outcomes().get(o);
            String ind = out.indicator();
            int lo = -1, hi = -1;
            for (int i = 0; i < points.size(); i++) {
                double m = points.get(i).outcomes().get(o).mean();
                if (Double.isNaN(m)) continue;
                if (lo < 0 || m < points.get(lo).outcomes().get(o).mean()) lo = i;
                if (hi < 0 || m > points.get(hi).outcomes().get(o).mean()) hi = i;
            }
            String name = out.name() + " (" + ind + "): ";
            String tail = extra == null ? "" : " " + extra.apply(out);
            if (lo < 0) {
                items.add(name + "undefined at every point." + tail);
                continue;
            }
            String range = "Means range from " + HumanUnits.withUnit(ind, points.get(lo).outcomes().get(o).mean()) + " at "
                    + setting(spec, points.get(lo)) + " to " + HumanUnits.withUnit(ind, points.get(hi).outcomes().get(o).mean())
                    + " at " + setting(spec, points.get(hi)) + ".";
            PointSummary first = points.get(0);
            MeanEstimate ref = first.outcomes().get(o);
            String base = "point " + first.point() + " (" + setting(spec, first) + ")";
            int others = 0, differ = 0;
            org.aiecosim.stats.WelchComparison largest = null;
            PointSummary at = null;
            for (PointSummary p : points.subList(1, points.size())) {
                MeanEstimate e = p.outcomes().get(o);
                if (Double.isNaN(e.mean()) || Double.isNaN(ref.mean())) continue;
                others++;
                var c = org.aiecosim.stats.WelchComparison.ofSummaries(ref.n(), ref.mean(), ref.sd(), e.n(), e.mean(), e.sd());
                if (c.low() > 0 || c.high() < 0) differ++;
                if (largest == null || Math.abs(c.diff()) > Math.abs(largest.diff())) {
                    largest = c;
                    at = p;
                }
            }
            if (lo == hi || (largest != null && largest.diff() == 0 && largest.low() == largest.high())) {
                items.add(name + "the same at every point (" + HumanUnits.withUnit(ind, ref.mean()) + ")." + tail);
                continue;
            }
            if (largest == null) {
                items.add(name + "no other point to compare with. " + range + tail);
                continue;
            }
            String diff = HumanUnits.signedChange(ind, largest.diff());
            String ci = Double.isNaN(largest.low()) ? "" : largest.low() == largest.high() ? " (no noise: the same in every replication)"
                    : " (95% CI " + HumanUnits.signedInterval(ind, largest.low(), largest.high()) + ")";
            String verdict;
            if (Double.isNaN(largest.low())) {
                verdict = "no test: with " + spec.replications() + " replication" + (spec.replications() == 1 ? "" : "s")
                        + " per point the noise is unknown; the largest difference from " + base + " is " + diff + " at "
                        + setting(spec, at) + ".";
            } else if (differ > 0) {
                verdict = "detectable: " + differ + " of " + others + " other points differ from " + base
                        + " (Welch 95% CI of the difference excludes 0); the largest difference is " + diff + ci + " at "
                        + setting(spec, at) + ".";
            } else {
                verdict = "not detectable: none of the " + others + " other points differs from " + base
                        + " by more than the noise of " + spec.replications() + " replications; the largest difference is "
                        + diff + ci + " at " + setting(spec, at) + ".";
            }
            items.add(name + verdict + " " + range + tail);
        }
        return items;
    }

    private static String setting(StudySpec spec, PointSummary p) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < spec.factorKeys().size(); i++) {
            double v = p.parameters()[i];
            String n = v >= 1e6 && v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : HumanUnits.significant(v, 4);
            // 0.5, not 0.5000: trailing zeros of a parameter value claim a precision nobody chose
            if (n.contains(".") && !n.contains("e")) n = n.replaceAll("0+$", "").replaceAll("\\.$", "");
            parts.add(spec.factorKeys().get(i) + " = " + n);
        }
        return String.join(", ", parts);
    }

    /** Per-point summaries in the form the sweep charts take. */
    public static List<SweepPointSummary> chartPoints(StudySpec spec, List<PointSummary> points) {
        return chartPoints(spec, points, null);
    }

    /**
     * As {@link #chartPoints(StudySpec, List)}, with every run's outcomes ({@code [point][replication][outcome]}
     * as {@code RunsReader.values} reads them; null: not known), so charts can pool runs across points.
     */
    public static List<SweepPointSummary> chartPoints(StudySpec spec, List<PointSummary> points, double[][][] runs) {
        List<SweepPointSummary> out = new ArrayList<>();
        for (PointSummary p : points) {
            Map<String, MeanEstimate> m = new LinkedHashMap<>();
            Map<String, double[]> values = new LinkedHashMap<>();
            for (int o = 0; o < spec.outcomes().size(); o++) {
                m.put(spec.outcomes().get(o).name(), p.outcomes().get(o));
                if (runs != null) {
                    double[][] reps = runs[p.point()];
                    double[] v = new double[reps.length];
                    for (int r = 0; r < v.length; r++) v[r] = reps[r][o];
                    values.put(spec.outcomes().get(o).name(), v);
                }
            }
            out.add(new SweepPointSummary(p.parameters(), m, values));
        }
        return out;
    }

    /** The indicator of each outcome by outcome name. */
    public static Map<String, String> indicators(StudySpec spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (StudySpec.Outcome o : spec.outcomes()) m.put(o.name(), o.indicator());
        return m;
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
