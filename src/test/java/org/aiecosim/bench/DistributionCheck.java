package org.aiecosim.bench;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.stat.inference.TTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two-sample tests between the replications of two versions ({@link IndicatorSample} files): for
 * each column, Welch's t test (means) and the two-sample Kolmogorov-Smirnov test (whole
 * distribution), two-sided p-values from Commons Math. Usage: {@code DistributionCheck BEFORE.csv
 * AFTER.csv}; prints one line per column and a summary with the Bonferroni threshold
 * (0.05 / number of tests). Exit status 1 when any p-value is below that threshold.
 */
public final class DistributionCheck {
    private DistributionCheck() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        List<String[]> a = read(Path.of(args[0])), b = read(Path.of(args[1]));
        String[] header = a.get(0);
        if (!String.join(",", header).equals(String.join(",", b.get(0)))) throw new IllegalArgumentException("the two files have different columns");
        int tests = 2 * (header.length - 1);
        double threshold = 0.05 / tests;
        System.out.printf("# before: %s (%d replications); after: %s (%d replications)%n", args[0], a.size() - 1, args[1], b.size() - 1);
        System.out.printf("# %-32s %-24s %-24s %9s %9s%n", "indicator@month", "before mean (sd)", "after mean (sd)", "Welch p", "KS p");
        double minP = 1;
        int below05 = 0;
        for (int c = 1; c < header.length; c++) {
            double[] x = column(a, c), y = column(b, c);
            DescriptiveStatistics sx = new DescriptiveStatistics(x), sy = new DescriptiveStatistics(y);
            boolean constant = sx.getVariance() == 0 && sy.getVariance() == 0;
            double welch = constant ? (sx.getMean() == sy.getMean() ? 1 : 0) : new TTest().tTest(x, y);
            double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(x, y);
            minP = Math.min(minP, Math.min(welch, ks));
            if (welch < 0.05) below05++;
            if (ks < 0.05) below05++;
            System.out.printf("  %-32s %-24s %-24s %9.3f %9.3f%n", header[c], String.format("%.5g (%.3g)", sx.getMean(), sx.getStandardDeviation()),
                    String.format("%.5g (%.3g)", sy.getMean(), sy.getStandardDeviation()), welch, ks);
        }
        System.out.printf("# %d tests; %d with p < 0.05 (%.1f expected by chance if nothing changed); smallest p = %.4f; Bonferroni threshold 0.05/%d = %.5f: %s%n",
                tests, below05, 0.05 * tests, minP, tests, threshold, minP < threshold ? "DIFFERENCE DETECTED" : "no difference detected");
        if (minP < threshold) System.exit(1);
    }

    private static List<String[]> read(Path p) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(p)) if (!line.isBlank()) rows.add(line.split(","));
        return rows;
    }

    private static double[] column(List<String[]> rows, int c) {
        double[] v = new double[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) v[i - 1] = Double.parseDouble(rows.get(i)[c]);
        return v;
    }
}
