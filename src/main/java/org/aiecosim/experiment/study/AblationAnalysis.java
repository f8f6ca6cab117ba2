package org.aiecosim.experiment.study;

import org.aiecosim.io.CsvDialect;
import org.aiecosim.scenario.StudySpec;
import org.aiecosim.stats.MeanEstimate;
import org.aiecosim.stats.WelchComparison;
import org.apache.commons.csv.CSVPrinter;


import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The differences an ablation study measures: for every mechanism (and all of them together) and
 * every outcome, the mean with the mechanism off less the mean of the full model, with the Welch 95%
 * confidence interval and p-value of two independent samples; and, because replication r of every
 * point has the same seed (common random numbers), also the paired 95% t interval of the per-seed
 * differences, which is narrower to the extent that the seeds' noise is shared.
 */
public final class AblationAnalysis {
    public static final String FILE = "ablation.csv";

    /**
     * One mechanism's effect on one outcome.
     *
     * @param mechanism   its name, or {@link AblationDesign#ALL_OFF}
     * @param outcome     outcome name
     * @param welch       ablated (B) against full (A): means, difference, Welch CI and p
     * @param pairs       replications with both values defined
     * @param pairedLow   lower end of the paired 95% t interval of the difference (NaN with fewer than 2 pairs)
     * @param pairedHigh  upper end
     * @param pairedP     two-sided p of the paired t test
     */
    public record Effect(String mechanism, String outcome, WelchComparison welch, int pairs,
                         double pairedLow, double pairedHigh, double pairedP) {
        /** The Welch interval excludes zero. */
        public boolean detectable() { return !Double.isNaN(welch.p()) && welch.p() < 0.05; }
    }

    private AblationAnalysis() {}

    /**
     * Effects from {@code values[point][replication][outcome]} (point 0 the full model), in the
     * order mechanism by mechanism (then all off), outcome by outcome.
     */
    public static List<Effect> effects(StudySpec spec, double[][][] values) {
        List<String> labels = AblationDesign.labels(spec);
        List<Effect> out = new ArrayList<>();
        for (int p = 1; p < values.length; p++) {
            for (int o = 0; o < spec.outcomes().size(); o++) {
                double[] full = column(values[0], o);
                double[] off = column(values[p], o);
                WelchComparison w = WelchComparison.of(full, off);
                List<Double> d = new ArrayList<>();
                for (int r = 0; r < full.length; r++) {
                    if (!Double.isNaN(full[r]) && !Double.isNaN(off[r])) d.add(off[r] - full[r]);
                }
                double[] diffs = d.stream().mapToDouble(Double::doubleValue).toArray();
                MeanEstimate e = MeanEstimate.of(diffs);
                double lo = Double.NaN, hi = Double.NaN, pv = Double.NaN;
                if (diffs.length >= 2) {
                    lo = e.mean() - e.halfWidth();
                    hi = e.mean() + e.halfWidth();
                    if (e.sd() == 0) {
                        pv = e.mean() == 0 ? 1.0 : 0.0;
                    } else {
                        double t = e.mean() / (e.sd() / Math.sqrt(diffs.length));
                        pv = 2 * new org.apache.commons.math3.distribution.TDistribution(null, diffs.length - 1)
                                .cumulativeProbability(-Math.abs(t));
                    }
                }
                out.add(new Effect(labels.get(p), spec.outcomes().get(o).name(), w, diffs.length, lo, hi, pv));
            }
        }
        return out;
    }

    private static double[] column(double[][] reps, int o) {
        double[] c = new double[reps.length];
        for (int r = 0; r < reps.length; r++) c[r] = reps[r][o];
        return c;
    }

    /**
     * {@code ablation.csv}: {@code mechanism,outcome,n_full,full_mean,n_ablated,ablated_mean,difference,
     * ci95_low,ci95_high,p,detectable,pairs,paired_ci95_low,paired_ci95_high,paired_p}; the CI and p are
     * Welch's, {@code detectable} says whether that CI excludes zero.
     */
    public static void write(Writer w, List<Effect> effects) throws IOException {
        CSVPrinter csv = CsvDialect.printer(w);
        csv.printRecord("mechanism", "outcome", "n_full", "full_mean", "n_ablated", "ablated_mean", "difference", "ci95_low", "ci95_high",
                "p", "detectable", "pairs", "paired_ci95_low", "paired_ci95_high", "paired_p");
        for (Effect e : effects) {
            WelchComparison c = e.welch();
            csv.printRecord(e.mechanism(), e.outcome(), Integer.toString(c.nA()), CsvDialect.number(c.meanA()),
                    Integer.toString(c.nB()), CsvDialect.number(c.meanB()), CsvDialect.number(c.diff()), CsvDialect.number(c.low()),
                    CsvDialect.number(c.high()), CsvDialect.number(c.p()), Boolean.toString(e.detectable()), Integer.toString(e.pairs()),
                    CsvDialect.number(e.pairedLow()), CsvDialect.number(e.pairedHigh()), CsvDialect.number(e.pairedP()));
        }
    }
}
