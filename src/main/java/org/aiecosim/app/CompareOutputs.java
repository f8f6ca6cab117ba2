package org.aiecosim.app;

import org.aiecosim.io.AtomicFiles;
import org.aiecosim.report.CompareCharts;
import org.aiecosim.report.EnsembleStatistics;
import org.aiecosim.report.Findings;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.HumanUnits;
import org.aiecosim.report.PngFiles;
import org.aiecosim.report.SummaryTable;
import org.aiecosim.stats.WelchComparison;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * The comparison's report: findings (for each key indicator, the difference of window means from
 * the first input with a Welch 95% CI, said to be detectable or not), each input's description,
 * an overlay chart and a difference-over-time chart per key indicator, in human units.
 */
public final class CompareOutputs {
    private CompareOutputs() {}

    /** The report with the default window, the last {@link EnsembleStatistics#DEFAULT_WINDOW} months of each input. */
    public static void write(Path dir, List<CompareInput> inputs, LinkedHashMap<String, EnsembleStatistics> stats,
                      List<String> keys, List<String[]> differences) throws IOException {
        write(dir, inputs, stats, keys, differences, null, null);
    }

    /**
     * The report; the window is {@code from..to} (calendar months, inclusive; null for the last
     * {@link EnsembleStatistics#DEFAULT_WINDOW} months of each input, or its first or last month).
     */
    public static void write(Path dir, List<CompareInput> inputs, LinkedHashMap<String, EnsembleStatistics> stats,
                      List<String> keys, List<String[]> differences, YearMonth from, YearMonth to) throws IOException {
        CompareCharts charts = new CompareCharts(stats);
        List<String> labels = new ArrayList<>(stats.keySet());
        EnsembleStatistics refStats = stats.get(labels.get(0));
        HtmlReport r = new HtmlReport("aiecosim compare: " + String.join(" vs ", labels));
        r.lead("Does each scenario change the key outcomes relative to " + labels.get(0) + ", and by how much?");

        List<SummaryTable.Row> rows = SummaryTable.compareRows(refStats).stream().filter(row -> keys.contains(row.indicator())).toList();
        r.section("findings").heading("Findings");
        int[] refWindow = window(refStats, from, to);
        String windowText = Findings.describeWindow(refStats, refWindow[0], refWindow[1]);
        r.paragraph("Means over " + windowText + " of each replication (a window, not one noisy month), compared by "
                + "Welch's t-test: a difference is detectable when its 95% confidence interval excludes zero (p < 0.05). "
                + "Shares are in percent, their differences in percentage points.");
        for (int i = 1; i < labels.size(); i++) {
            EnsembleStatistics b = stats.get(labels.get(i));
            List<String> detectable = new ArrayList<>();
            List<String> not = new ArrayList<>();
            List<String[]> table = new ArrayList<>();
            for (WindowDifference d : windowDifferences(refStats, b, keys, from, to)) {
                SummaryTable.Row row = d.row();
                String k = row.indicator();
                WelchComparison c = d.comparison();
                String verdict = d.verdict();
                String diff = signed(k, c.diff());
                String line = row.label() + ": " + HumanUnits.withUnit(k, c.meanA()) + " \u2192 " + HumanUnits.withUnit(k, c.meanB())
                        + " (" + HumanUnits.signedChange(k, c.diff()) + (Double.isNaN(c.low()) || c.low() == c.high() ? "" : ", 95% CI "
                        + HumanUnits.signedInterval(k, c.low(), c.high())) + "; " + verdict + ")";
                if (isDetectable(c)) detectable.add(line);
                else not.add(row.label());
                table.add(new String[] {row.label(), HumanUnits.number(k, c.meanA()), HumanUnits.number(k, c.meanB()), diff,
                    Double.isNaN(c.low()) ? "n/a" : HumanUnits.signedInterval(k, c.low(), c.high()), verdict,
                    HumanUnits.unit(k)});
            }
            if (!table.isEmpty() && table.stream().allMatch(t -> t[5].equals(SAME_RUNS))) {
                r.paragraph(labels.get(i) + " and " + labels.get(0) + " give identical runs: every replication has the same value of "
                        + "every key outcome (as the same scenario with the same seeds does), so there is nothing to test.");
            } else r.paragraph(labels.get(i) + " compared with " + labels.get(0) + ": " + detectable.size() + " of " + table.size()
                    + " key outcomes differ detectably" + (table.size() >= 10 ? String.format(Locale.ROOT,
                    " (each tested at the 5%% level with no correction for multiple tests: about %d of %d would differ by chance alone)",
                    Math.round(0.05 * table.size()), table.size()) : "") + (detectable.isEmpty() ? "." : ":"));
            r.bullets(detectable);
            // A long list of names reads as noise: past a few, the count and the table below say it.
            if (!not.isEmpty()) r.paragraph(not.size() <= 8 ? "No detectable difference: " + String.join("; ", not) + "."
                    : "No detectable difference in the other " + not.size() + " key outcomes (each with its interval and test in the table below).");
            r.collapsedTable("Table: " + labels.get(i) + " \u2212 " + labels.get(0) + ", every key outcome", null,
                    List.of("Outcome", labels.get(0), labels.get(i), "Difference", "95% CI", "Test", "Unit"), table, java.util.Set.of());
        }
        r.endSection();

        r.heading("Inputs");
        r.infoHere();
        r.info("Program", "aiecosim " + Version.get()).info("Finished", Instant.now().toString());
        for (CompareInput in : inputs) {
            EnsembleStatistics s = stats.get(in.label());
            r.info(in.label(), in.folder() + " (" + in.results().size() + " replications, " + s.start() + " to "
                    + s.monthAt(s.months() - 1) + ")");
        }
        for (CompareInput in : inputs) {
            String d = description(in.folder());
            if (!d.isEmpty()) r.paragraph(in.label() + ": " + d);
        }

        r.heading("Key indicators over time");
        List<PngFiles.Png> pngs = new ArrayList<>();
        r.paragraph("For each key indicator: first every input's mean over replications with its 95% "
                + "confidence interval, then each input's difference from " + labels.get(0) + " month by month.");
        for (SummaryTable.Row row : rows) {
            String k = row.indicator();
            if (stats.values().stream().anyMatch(s -> !s.has(k))) continue;
            String yLabel = row.label() + " (" + row.unit() + ")";
            String file = "compare-" + k + ".png";
            pngs.add(new PngFiles.Png(dir.resolve(file), charts.overlay(k, row.label(), yLabel, row.scale()), 1000, 560));
            r.figure(file, row.label(), row.label() + " for every input: mean over replications, shaded 95% confidence interval.");
            if (labels.size() > 1) {
                String dfile = "difference-" + k + ".png";
                pngs.add(new PngFiles.Png(dir.resolve(dfile), charts.difference(k, row.label() + ": difference from " + labels.get(0),
                        "Difference (" + (row.scale() == 100 ? "percentage points" : row.unit()) + ")", row.scale()), 1000, 460));
                r.figure(dfile, row.label() + " difference", "Difference from " + labels.get(0)
                        + " with the Welch 95% confidence interval; where the band excludes the zero line, the difference is detectable.");
            }
        }
        PngFiles.writeAll(pngs);
        r.heading("Data files");
        r.links(List.of(new HtmlReport.Link("differences.csv", "end-of-run differences of every indicator, Welch CI and t-test"),
                new HtmlReport.Link("inputs.txt", "the compared result folders")));
        String html = r.render(dir);
        AtomicFiles.writeText(dir.resolve(HtmlReport.FILE), w -> w.write(html));
    }

    /**
     * One key outcome compared over the window: its row (label, unit), the Welch comparison of the
     * replications' window means of {@code b} against the reference, and the verdict in words.
     */
    public record WindowDifference(SummaryTable.Row row, WelchComparison comparison, String verdict) {}

    /**
     * The differences the findings report, for every key outcome both have, in the key outcomes' order:
     * what {@code compare} prints on stdout too, so the terminal and the report say the same.
     */
    public static List<WindowDifference> windowDifferences(EnsembleStatistics ref, EnsembleStatistics b, List<String> keys,
                                                           YearMonth from, YearMonth to) {
        int[] refWindow = window(ref, from, to);
        int[] bWindow = window(b, from, to);
        List<WindowDifference> out = new ArrayList<>();
        for (SummaryTable.Row row : SummaryTable.compareRows(ref)) {
            String k = row.indicator();
            if (!keys.contains(k) || !b.has(k)) continue;
            double[] va = ref.windowValues(k, refWindow[0], refWindow[1]);
            double[] vb = b.windowValues(k, bWindow[0], bWindow[1]);
            WelchComparison c = WelchComparison.of(va, vb);
            out.add(new WindowDifference(row, c, verdict(c, va, vb)));
        }
        return out;
    }

    /** The window {@code from..to} of {@code s} in words, e.g. {@code 2030-01 to 2030-12}. */
    public static String windowText(EnsembleStatistics s, YearMonth from, YearMonth to) {
        int[] w = window(s, from, to);
        return Findings.describeWindow(s, w[0], w[1]);
    }

    /** Month indices of {@code from..to} in {@code s}, clamped; the last 12 months by default. */
    static int[] window(EnsembleStatistics s, YearMonth from, YearMonth to) {
        int last = s.months() - 1;
        int b = to == null ? last : (int) ChronoUnit.MONTHS.between(s.start(), to);
        int a = from == null ? b - EnsembleStatistics.DEFAULT_WINDOW + 1 : (int) ChronoUnit.MONTHS.between(s.start(), from);
        a = Math.max(0, Math.min(a, last));
        b = Math.max(a, Math.min(b, last));
        return new int[] {a, b};
    }

    static boolean isDetectable(WelchComparison c) {
        return !Double.isNaN(c.p()) && c.p() < 0.05;
    }

    /** Verdict when both inputs have the very same replication values (e.g. the same scenario and seeds). */
    public static final String SAME_RUNS = "identical runs: every replication the same";

    /** The test's verdict in words: the same runs, identical, p-value, or undefined. */
    static String verdict(WelchComparison c, double[] a, double[] b) {
        // Comparing runs with themselves (the same folder twice, or the same scenario and seeds) is no test.
        if (java.util.Arrays.equals(a, b)) return SAME_RUNS;
        if (c.nA() < 2 || c.nB() < 2) return "too few replications to test";
        boolean constant = java.util.Arrays.stream(a).filter(v -> !Double.isNaN(v)).distinct().count() <= 1
                && java.util.Arrays.stream(b).filter(v -> !Double.isNaN(v)).distinct().count() <= 1;
        if (constant) return c.diff() == 0 ? "identical in every replication" : "the same in every replication of each: no noise";
        return "p " + pValue(c.p());
    }

    /** {@code = 0.034}, {@code < 0.001}: see {@link HumanUnits#pValue}. */
    static String pValue(double p) {
        return HumanUnits.pValue(p);
    }

    private static String signed(String indicator, double v) {
        return HumanUnits.signed(indicator, v);
    }

    /** The first paragraph of the leading comment of {@code folder/scenario.yaml}, or empty. */
    static String description(Path folder) {
        Path f = folder.resolve("scenario.yaml");
        if (!Files.isRegularFile(f)) return "";
        try {
            StringBuilder sb = new StringBuilder();
            for (String line : Files.readAllLines(f)) {
                String t = line.strip();
                if (!t.startsWith("#")) break;
                String text = t.substring(1).strip();
                if (text.isEmpty()) {
                    if (sb.length() > 0) break;
                    continue;
                }
                sb.append(sb.length() > 0 ? " " : "").append(text);
            }
            return sb.toString();
        } catch (IOException e) {
            return "";
        }
    }

    public static String unit(String indicator) {
        if (indicator.startsWith("capability")) return "Capability (points)";
        if (indicator.startsWith("lag")) return "Lag (months)";
        if (indicator.startsWith("chips.price")) return "Price ($M per H100e)";
        return "Share";
    }
}
