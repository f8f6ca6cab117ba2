package org.aiecosim.experiment.study;

import org.aiecosim.scenario.StudySpec;
import org.aiecosim.stats.MeanEstimate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a finished {@code runs.csv} back, one design point at a time (a point's replications are
 * consecutive runs), so summarising a study holds one point's runs in memory, not all of them.
 */
public final class RunsReader {
    private RunsReader() {}

    /** Per-point summaries of every point in the file. */
    public static List<PointSummary> summarise(Path file, StudySpec spec) throws IOException {
        int k = spec.factors().size();
        int nOut = spec.outcomes().size();
        List<PointSummary> points = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            int current = -1;
            double[] params = null;
            List<double[]> values = new ArrayList<>();
            int failed = 0;
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = split(line);
                int point = Integer.parseInt(f[1]);
                if (point != current) {
                    if (current >= 0) points.add(summary(current, params, values, failed, nOut));
                    current = point;
                    params = new double[k];
                    for (int j = 0; j < k; j++) params[j] = parse(f[4 + j]);
                    values = new ArrayList<>();
                    failed = 0;
                }
                if (f[4 + k + nOut].equals("error")) failed++;
                double[] o = new double[nOut];
                for (int j = 0; j < nOut; j++) o[j] = parse(f[4 + k + j]);
                values.add(o);
            }
            if (current >= 0) points.add(summary(current, params, values, failed, nOut));
        }
        return points;
    }

    /**
     * Every run's outcomes as {@code [point][replication][outcome]} (NaN for a failed run or an
     * undefined outcome), for analyses that pair replications across points (ablation). Holds the
     * whole study in memory: for designs with few points.
     */
    public static double[][][] values(Path file, StudySpec spec, int points) throws IOException {
        int k = spec.factors().size();
        int nOut = spec.outcomes().size();
        double[][][] v = new double[points][spec.replications()][nOut];
        for (double[][] p : v) for (double[] r : p) java.util.Arrays.fill(r, Double.NaN);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = split(line);
                int point = Integer.parseInt(f[1]);
                int rep = Integer.parseInt(f[2]);
                if (f[4 + k + nOut].equals("error")) continue;
                for (int j = 0; j < nOut; j++) v[point][rep][j] = parse(f[4 + k + j]);
            }
        }
        return v;
    }

    private static PointSummary summary(int point, double[] params, List<double[]> values, int failed, int nOut) {
        List<MeanEstimate> est = new ArrayList<>();
        for (int j = 0; j < nOut; j++) {
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) v[i] = values.get(i)[j];
            est.add(MeanEstimate.of(v));
        }
        return new PointSummary(point, params, est, failed);
    }

    static double parse(String s) { return s.isEmpty() ? Double.NaN : Double.parseDouble(s); }

    /** Splits a runs.csv line; only the last field (error) may be quoted. */
    static String[] split(String line) {
        int quote = line.indexOf('"');
        String head = quote < 0 ? line : line.substring(0, quote);
        List<String> f = new ArrayList<>(List.of(head.split(",", -1)));
        if (quote >= 0) f.set(f.size() - 1, line.substring(quote + 1, line.length() - 1));
        return f.toArray(String[]::new);
    }
}
