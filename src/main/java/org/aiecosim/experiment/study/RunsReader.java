package org.aiecosim.experiment.study;

import org.aiecosim.io.CsvDialect;
import org.aiecosim.scenario.StudySpec;
import org.aiecosim.stats.MeanEstimate;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

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
        var state = new Object() {
            int current = -1;
            double[] params;
            List<double[]> values = new ArrayList<>();
            int failed;
        };
        forEachRun(file, f -> {
            int point = Integer.parseInt(f.get(1));
            if (point != state.current) {
                if (state.current >= 0) points.add(summary(state.current, state.params, state.values, state.failed, nOut));
                state.current = point;
                state.params = new double[k];
                for (int j = 0; j < k; j++) state.params[j] = parse(f.get(4 + j));
                state.values = new ArrayList<>();
                state.failed = 0;
            }
            if (f.get(4 + k + nOut).equals("error")) state.failed++;
            double[] o = new double[nOut];
            for (int j = 0; j < nOut; j++) o[j] = parse(f.get(4 + k + j));
            state.values.add(o);
        });
        if (state.current >= 0) points.add(summary(state.current, state.params, state.values, state.failed, nOut));
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
        forEachRun(file, f -> {
            int point = Integer.parseInt(f.get(1));
            int rep = Integer.parseInt(f.get(2));
            if (f.get(4 + k + nOut).equals("error")) return;
            for (int j = 0; j < nOut; j++) v[point][rep][j] = parse(f.get(4 + k + j));
        });
        return v;
    }

    /** Hands every run (row after the header) to {@code action}; a malformed row is an IOException naming file and line. */
    private static void forEachRun(Path file, Consumer<CSVRecord> action) throws IOException {
        try (CSVParser csv = CsvDialect.parser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            Iterator<CSVRecord> it = csv.iterator();
            try {
                if (it.hasNext()) it.next(); // the header
                while (it.hasNext()) {
                    CSVRecord row = it.next();
                    try {
                        action.accept(row);
                    } catch (RuntimeException e) {
                        throw new IOException(file + ":" + csv.getCurrentLineNumber() + ": " + e.getMessage(), e);
                    }
                }
            } catch (UncheckedIOException e) {
                throw CsvDialect.malformed(file + ":" + csv.getCurrentLineNumber(), e);
            }
        }
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
}
