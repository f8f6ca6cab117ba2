package org.aiecosim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aiecosim.stats.Bimodality;
import org.aiecosim.stats.ReplicationInterval;

/**
 * The "Findings" a report opens with, generated from the results: the question of the scenario or
 * study (the sentences from "Question:" of its leading comment, else its first paragraph), and
 * answers in numbers a reader can quote: means over a window of months (by default the last
 * {@link EnsembleStatistics#DEFAULT_WINDOW}) of each replication, with 95% intervals over the
 * replications (bootstrap percentile for shares, Student t otherwise), and a warning wherever the
 * replications split into two groups ({@link Bimodality}).
 */
public final class Findings {
    private Findings() {}

    /** The question of {@code description}: from "Question:" to the end of its paragraph, else the first paragraph. */
    public static String question(String description) {
        if (description == null) return "";
        for (String paragraph : description.strip().split("\\R\\s*\\R")) {
            String p = paragraph.replaceAll("\\s*\\R\\s*", " ").strip();
            int q = p.indexOf("Question:");
            if (q >= 0) return p.substring(q + "Question:".length()).strip();
        }
        String first = description.strip().split("\\R\\s*\\R", 2)[0];
        return first.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The window {@code from..to} (month indices) of the last {@code length} months of {@code stats}. */
    public static int[] lastMonths(EnsembleStatistics stats, int length) {
        int to = stats.months() - 1;
        return new int[] {Math.max(0, to - length + 1), to};
    }

    /** {@code 2030-01 to 2030-12}, or the one month. */
    public static String describeWindow(EnsembleStatistics stats, int from, int to) {
        return from == to ? stats.monthAt(from).toString() : stats.monthAt(from) + " to " + stats.monthAt(to);
    }

    /** {@code paragraph} without its "Question: ..." part (the findings show the question). */
    public static String withoutQuestion(String paragraph) {
        int q = paragraph.indexOf("Question:");
        return q < 0 ? paragraph : paragraph.substring(0, q).strip();
    }

    /** A warning when the replications of {@code indicator} split over the window, else null. */
    public static String splitWarning(String label, String indicator, EnsembleStatistics stats, int from, int to) {
        double[] v = stats.windowValues(indicator, from, to);
        Bimodality b = stats.window(indicator, from, to).bimodality();
        if (!b.split()) return null;
        double[] sorted = java.util.Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        double lowMean = java.util.Arrays.stream(sorted, 0, b.below()).average().orElse(Double.NaN);
        double highMean = java.util.Arrays.stream(sorted, b.below(), sorted.length).average().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%s: the replications split into two groups (%d near %s, %d near %s; "
                        + "bimodality coefficient %.2f, gap %.0f%% of the range): the mean lies between outcomes "
                        + "no single run shows; read the two groups, not the mean.",
                label, b.below(), HumanUnits.withUnit(indicator, lowMean), b.above(), HumanUnits.withUnit(indicator, highMean),
                b.coefficient(), 100 * b.gapShare());
    }

    /** Adds the findings of one run to {@code report} (a "Findings" section). */
    public static void run(HtmlReport report, EnsembleStatistics stats, String description, int window) {
        report.heading("Findings");
        String question = question(description);
        if (!question.isEmpty()) report.paragraph("Question: " + question);
        if (stats.months() == 0) {
            report.paragraph("The run has no months, so there is nothing to report.");
            return;
        }
        int[] w = lastMonths(stats, window);
        int n = stats.replications();
        report.paragraph("Answer, as the mean over " + n + " replication" + (n == 1 ? "" : "s") + " of each replication's mean over "
                + describeWindow(stats, w[0], w[1]) + ", with 95% confidence intervals (bootstrap percentile intervals "
                + "for shares, which stay within 0\u2013100%; Student t otherwise):");
        List<String> points = new ArrayList<>(sentences(stats, w[0], w[1]));
        List<String> warnings = new ArrayList<>();
        for (SummaryTable.Row row : SummaryTable.rows(stats)) {
            String s = splitWarning(row.label(), row.indicator(), stats, w[0], w[1]);
            if (s != null) warnings.add(s);
        }
        report.bullets(points);
        if (!warnings.isEmpty()) {
            report.paragraph("Caution \u2013 outcomes that split across replications:");
            report.bullets(warnings);
        }
        List<String[]> rows = new ArrayList<>();
        for (SummaryTable.Row row : SummaryTable.rows(stats)) {
            ReplicationInterval e = stats.window(row.indicator(), w[0], w[1]);
            rows.add(new String[] {row.label(), HumanUnits.number(row.indicator(), e.mean()),
                HumanUnits.interval(row.indicator(), e), HumanUnits.unit(row.indicator()), note(e)});
        }
        report.table("Key outcomes, mean of " + describeWindow(stats, w[0], w[1]),
                List.of("Outcome", "Mean", "95% CI", "Unit", "Note"), rows);
    }

    /** A note on {@code e}: identical values, a split, or the interval method. */
    static String note(ReplicationInterval e) {
        if (e.n() < 2) return e.n() == 0 ? "undefined in every replication" : "one replication: no interval";
        if (e.sd() == 0) return "identical in every replication";
        if (e.bimodality().split()) return "replications split " + e.bimodality().below() + " / " + e.bimodality().above();
        return "";
    }

    // Plain-language sentences on leadership, the open/closed gap, adoption and compute.
    private static List<String> sentences(EnsembleStatistics stats, int from, int to) {
        List<String> out = new ArrayList<>();
        List<String> regions = IndicatorNames.regions(stats.names());
        if (stats.has("capability.frontier")) {
            out.add("Frontier capability: " + HumanUnits.quote("capability.frontier", stats.window("capability.frontier", from, to)) + ".");
        }
        List<String> capability = regions.stream().map(r -> "capability.region." + r).filter(stats::has).toList();
        if (capability.size() == regions.size() && regions.size() > 1) {
            int[] leads = new int[regions.size()];
            int counted = 0;
            double[][] v = new double[regions.size()][];
            for (int r = 0; r < regions.size(); r++) v[r] = stats.windowValues(capability.get(r), from, to);
            for (int rep = 0; rep < stats.replications(); rep++) {
                int best = -1;
                for (int r = 0; r < regions.size(); r++) {
                    if (!Double.isNaN(v[r][rep]) && (best < 0 || v[r][rep] > v[best][rep])) best = r;
                }
                if (best >= 0) {
                    leads[best]++;
                    counted++;
                }
            }
            int top = 0;
            for (int r = 1; r < leads.length; r++) if (leads[r] > leads[top]) top = r;
            out.add(regions.get(top) + " has the most capable model in " + leads[top] + " of " + counted + " replications.");
        }
        for (int r = 1; r < regions.size(); r++) {
            String lag = "lag.region." + regions.get(r);
            if (stats.has(lag)) {
                out.add(regions.get(r) + " is behind " + regions.get(0) + " by " + HumanUnits.quote(lag, stats.window(lag, from, to)) + ".");
            }
        }
        if (stats.has("lag.openBehindClosed")) {
            out.add("The best open model trails the best closed one by "
                    + HumanUnits.quote("lag.openBehindClosed", stats.window("lag.openBehindClosed", from, to)) + ".");
        }
        if (stats.has("adoption.open")) {
            out.add("Developers on open models: " + HumanUnits.quote("adoption.open", stats.window("adoption.open", from, to)) + ".");
        }
        String topOrigin = top(stats, regions, "adoption.origin.", from, to);
        if (topOrigin != null) {
            out.add("Models from " + topOrigin + " have the most adopters: "
                    + HumanUnits.quote("adoption.origin." + topOrigin, stats.window("adoption.origin." + topOrigin, from, to)) + ".");
        }
        String topOpen = top(stats, regions, "adoption.open.origin.", from, to);
        if (topOpen != null) {
            out.add("Of the developers on open models, those on open models from " + topOpen + ": "
                    + HumanUnits.quote("adoption.open.origin." + topOpen, stats.window("adoption.open.origin." + topOpen, from, to)) + ".");
        }
        String topCompute = top(stats, regions, "compute.share.", from, to);
        if (topCompute != null) {
            out.add(topCompute + " holds the largest share of compute: "
                    + HumanUnits.quote("compute.share." + topCompute, stats.window("compute.share." + topCompute, from, to)) + ".");
        }
        return out;
    }

    // The region with the largest window mean of prefix+R, or null.
    private static String top(EnsembleStatistics stats, List<String> regions, String prefix, int from, int to) {
        String best = null;
        double max = Double.NEGATIVE_INFINITY;
        for (String r : regions) {
            if (!stats.has(prefix + r)) continue;
            double m = stats.window(prefix + r, from, to).mean();
            if (m > max) {
                max = m;
                best = r;
            }
        }
        return best;
    }
}
