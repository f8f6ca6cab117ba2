package org.aiecosim.report;

import org.aiecosim.stats.ReplicationInterval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code report.html} of an {@code aiecosim run}: what was run, the end-of-run summary with 95%
 * confidence intervals, every chart of {@link ChartRenderer} present in the folder with a caption
 * on how to read it, the resolved parameters, the dated events and links to the data files.
 * Write it last: it shows only the charts and links only the files that exist when it is written.
 */
public final class RunHtmlReport {

    // Chart files in reading order with how to read them; a chart the run did not produce is skipped.
    private static final Map<String, String[]> CHARTS = new LinkedHashMap<>();

    static {
        chart(ChartRenderer.CAPABILITY_BY_REGION, "Best model capability by region",
                "Capability of the best model (open or closed) from each region. Lines are means over the replications; "
                        + "the shaded band is the 95% confidence interval of that mean, not the spread of single runs.");
        chart(ChartRenderer.CAPABILITY_OPEN_VS_CLOSED, "Capability of open vs closed models",
                "Best open-weight model against the best closed model. The thin dashed black line is the frontier "
                        + "(best of all); where it lies on the closed line, the frontier is closed.");
        chart(ChartRenderer.ADOPTION_OPEN_VS_CLOSED, "Adoption of open vs closed models",
                "Top: of the developers that use a model, the share on open and on closed models (stacked to 100%). "
                        + "Bottom: the share of all developers that use any model.");
        chart(ChartRenderer.ADOPTION_BY_ORIGIN, "Adoption by origin of the model",
                "Of the developers that use a model, the share using models from each region (stacked to 100%).");
        chart(VendorAdoption.FILE, "Adoption by vendor",
                "Of the developers that use a model, the share on each vendor's models: a vendor is the lab at the root of "
                        + "a model family, so a lab's model built on another's open base counts for the base's owner. The "
                        + VendorAdoption.TOP + " vendors with the most adopters in the last month (mean over replications), "
                        + "the rest as Others (stacked to 100%). Shares are averaged over the replications, so a mix of "
                        + "vendors here can hide that a single replication is dominated by one vendor: see the adopters "
                        + "on the largest vendor and the vendor concentration (HHI) in the end-of-run table, which are "
                        + "means over replications of each replication's value.");
        chart(ChartRenderer.OPEN_RELEASE_SHARE, "Share of releases that are open",
                "Share of new releases over the trailing 12 months that published open weights, overall (dashed) "
                        + "and per region. Gaps are months in which a region released nothing.");
        chart(ChartRenderer.COMPUTE_SHARE, "Share of compute stock by region",
                "Each region's share of the world's AI compute, in H100-equivalents (stacked to 100%).");
        chart(ChartRenderer.LAGS, "Capability lags",
                "How many months ago the leader first reached the follower's capability today: open models behind "
                        + "closed ones (dashed) and each region behind the first region. Lower is closer.");
        chart(ChartRenderer.CHIP_PRICE, "Chip price",
                "Clearing price of frontier chips in $M per H100-equivalent.");
        chart(ChartRenderer.DERIVATIVES_BY_BASE_ORIGIN, "Derivative models by origin of their base",
                "Derivative models published so far (cumulative, by labs building on an open base and by developers), "
                        + "stacked by the region of the lab whose model is the root of their family: whose foundations "
                        + "the ecosystem builds on. Means over the replications, without bands.");
        chart(ChartRenderer.CAPABILITY_PER_FLOP, "Capability per training FLOP by region",
                "For each region's best model: how many decades its effective training compute lies above the physical "
                        + "FLOP behind it (its base's included), i.e. what know-how and building on a base add per FLOP. "
                        + "Higher means more capability from the same chips. Shaded: 95% confidence interval of the mean.");
    }

    // Data files of a run folder with what they hold; only those present are linked.
    private static final List<HtmlReport.Link> FILES = List.of(
            new HtmlReport.Link("scenario.yaml", "the resolved scenario; run it again to repeat this run exactly"),
            new HtmlReport.Link("run-info.txt", "what was run, when, on how many threads, how long it took"),
            new HtmlReport.Link(IndicatorsCsv.FILE, "monthly indicators per replication (tidy: one value a row)"),
            new HtmlReport.Link(LabsCsv.FILE, "per lab and month: capability, open, adopters, revenue, compute"),
            new HtmlReport.Link(EnsembleCsv.FILE, "per indicator and month across replications: n, mean, sd, 95% CI"),
            new HtmlReport.Link(SummaryCsv.FILE, "the same for the last month"));

    private RunHtmlReport() {
    }

    /** Months at which the region &times; origin matrix is shown, when the run covers them (and always its last month). */
    static final List<java.time.YearMonth> MATRIX_MONTHS = List.of(java.time.YearMonth.of(2023, 1), java.time.YearMonth.of(2025, 1));

    /**
     * The share of each developer region's adopters on each origin's open and closed models
     * ({@code adoption.users.R1.origin.R2.open|closed}, mean over replications) at the months of
     * {@link #MATRIX_MONTHS} and the last month.
     */
    private static void matrices(HtmlReport report, EnsembleStatistics stats) {
        List<String> regions = IndicatorNames.regions(stats.names());
        if (regions.isEmpty() || stats.months() == 0
                || !stats.has("adoption.users." + regions.get(0) + ".origin." + regions.get(0) + ".open")) return;
        List<Integer> months = new ArrayList<>();
        for (java.time.YearMonth ym : MATRIX_MONTHS) {
            int m = (int) stats.start().until(ym, java.time.temporal.ChronoUnit.MONTHS);
            if (m >= 0 && m < stats.months()) months.add(m);
        }
        if (!months.contains(stats.months() - 1)) months.add(stats.months() - 1);
        report.heading("Who builds on whose models");
        report.paragraph("Each row is a region's developers that use a model: the share (% of that row, mean over the "
                + "replications) on open and on closed models from each origin. Rows add up to 100%; n/a: no adopters.");
        List<String> header = new ArrayList<>();
        header.add("Developers in");
        for (String o : regions) {
            header.add(o + " open");
            header.add(o + " closed");
        }
        for (int m : months) {
            List<String[]> rows = new ArrayList<>();
            for (String r : regions) {
                String[] row = new String[1 + 2 * regions.size()];
                row[0] = r;
                for (int o = 0; o < regions.size(); o++) {
                    String name = "adoption.users." + r + ".origin." + regions.get(o);
                    row[1 + 2 * o] = percent(stats.at(name + ".open", m).mean());
                    row[2 + 2 * o] = percent(stats.at(name + ".closed", m).mean());
                }
                rows.add(row);
            }
            report.table("Shares of each region's adopters in " + stats.monthAt(m), header, rows);
        }
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static void chart(String file, String alt, String caption) {
        CHARTS.put(file, new String[] {alt, caption});
    }

    /** Writes {@link HtmlReport#FILE} into {@code folder}. */
    public static Path write(ResultFolder folder, RunReportContext ctx, EnsembleStatistics stats) throws IOException {
        return build(folder, ctx, stats).write(folder);
    }

    /** The report of {@code folder}'s run, not yet written. */
    static HtmlReport build(ResultFolder folder, RunReportContext ctx, EnsembleStatistics stats) {
        HtmlReport report = new HtmlReport("aiecosim run: " + ctx.scenarioName());
        String description = Findings.withoutQuestion(ctx.firstParagraph());
        if (!description.isEmpty()) report.lead(description);
        report.section("findings");
        Findings.run(report, stats, ctx.description(), EnsembleStatistics.DEFAULT_WINDOW);
        report.endSection();
        report.heading("What was run");
        report.infoHere();
        report.info("Program", "aiecosim " + ctx.version())
                .info("Started", ctx.started())
                .info("Months", stats.months() == 0 ? "none" : stats.start() + " to " + SummaryTable.endMonth(stats)
                        + " (" + stats.months() + " months)")
                .info("Replications", Integer.toString(ctx.replications()))
                .info("Threads", Integer.toString(ctx.threads()))
                .info("Base seed", Long.toString(ctx.seed()))
                .info("Simulation time", String.format(Locale.ROOT, "%.2f s", ctx.seconds()))
                .info("Repeat with", ctx.commandLine());

        report.heading("End of run (" + SummaryTable.endMonth(stats) + ")");
        int n = stats.replications();
        report.paragraph("Mean over " + n + " replication" + (n == 1 ? "" : "s") + " of the last month's values, "
                + "with the 95% confidence interval of the mean: a bootstrap percentile interval for shares (it stays "
                + "within 0\u2013100%), Student t otherwise; n/a with fewer than two defined values. One month is noisy: "
                + "the findings above average over a window.");
        List<String[]> summary = new ArrayList<>();
        for (SummaryTable.Row row : SummaryTable.rows(stats)) {
            ReplicationInterval e = stats.endInterval(row.indicator());
            summary.add(new String[] {row.label(), row.format(e.mean()), row.format(e.low()), row.format(e.high()),
                row.unit(), Integer.toString(e.n())});
        }
        report.table(null, List.of("Indicator", "Mean", "95% CI low", "95% CI high", "Unit", "n"), summary);

        List<String> present = CHARTS.keySet().stream().filter(f -> Files.isRegularFile(folder.resolve(f))).toList();
        if (!present.isEmpty()) {
            report.heading("Charts");
            for (String f : present) report.figure(f, CHARTS.get(f)[0], CHARTS.get(f)[1]);
        }

        matrices(report, stats);

        report.heading("Parameters");
        parameters(report, ctx.parameterRows());
        report.heading("Events");
        if (ctx.eventRows().isEmpty()) {
            report.paragraph("No dated events: parameters stay as listed above for the whole run.");
        } else {
            report.table(null, List.of("Date", "Note", "Changes"), ctx.eventRows());
        }

        List<HtmlReport.Link> files = FILES.stream().filter(l -> Files.isRegularFile(folder.resolve(l.file()))).toList();
        if (!files.isEmpty()) {
            report.heading("Data files");
            report.links(files);
        }
        return report;
    }

    /**
     * The parameter table, collapsed; values at four significant digits (scenario.yaml has them exact);
     * with defaults given, parameters changed from their default are listed first in a table of their
     * own and marked in the full one.
     */
    static void parameters(HtmlReport report, List<String[]> rows) {
        boolean defaults = !rows.isEmpty() && rows.get(0).length > 3;
        List<String[]> shown = new ArrayList<>();
        List<String[]> changed = new ArrayList<>();
        java.util.Set<Integer> marked = new java.util.HashSet<>();
        for (String[] r : rows) {
            boolean differs = defaults && !r[1].equals(r[3]);
            String[] row = defaults
                    ? new String[] {r[0], rounded(r[1]), rounded(r[3]), r[2], differs ? "changed" : ""}
                    : new String[] {r[0], rounded(r[1]), r[2]};
            if (differs) {
                marked.add(shown.size());
                changed.add(row);
            }
            shown.add(row);
        }
        List<String> header = defaults ? List.of("Parameter", "Value", "Default", "Unit", "")
                : List.of("Parameter", "Value", "Unit");
        if (defaults) {
            report.paragraph(changed.size() + " of " + rows.size() + " parameters differ from their defaults"
                    + (changed.isEmpty() ? "." : ":"));
            if (!changed.isEmpty()) report.table(null, header, changed);
        }
        report.collapsedTable("All " + rows.size() + " parameters (values to 4 significant digits; scenario.yaml has them exact)",
                null, header, shown, marked);
    }

    /** A numeric value at four significant digits; anything else as it is. */
    static String rounded(String value) {
        try {
            double v = Double.parseDouble(value);
            if (v == Math.rint(v) && Math.abs(v) < 1e15) return value;
            String s = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
            return Math.abs(v) < 1e-4 || Math.abs(v) >= 1e9 ? String.format(Locale.ROOT, "%.3e", v) : s;
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
