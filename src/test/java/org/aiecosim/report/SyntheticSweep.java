package org.aiecosim.report;

import org.aiecosim.stats.MeanEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Synthetic sweep results with a known shape, for sweep chart tests and previews. */
final class SyntheticSweep {

    static final List<String> PARAMETERS = List.of("chipAccess", "leakage", "openBanThreshold");
    static final String LAG = "Open behind closed (months)";
    static final String SHARE = "Adopters on open models (%)";

    private SyntheticSweep() {
    }

    /** A full grid: 5 chip-access × 5 leakage × 3 ban values, 10 replications a point. */
    static List<SweepPointSummary> grid() {
        List<SweepPointSummary> out = new ArrayList<>();
        Random rnd = new Random(7);
        for (double a : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            for (double l : new double[] {0, 0.1, 0.2, 0.3, 0.5}) {
                for (double b : new double[] {80, 100, 120}) out.add(point(rnd, a, l, b));
            }
        }
        return out;
    }

    /** A sampled design: 200 uniformly random points. */
    static List<SweepPointSummary> sampled() {
        List<SweepPointSummary> out = new ArrayList<>();
        Random rnd = new Random(11);
        for (int i = 0; i < 200; i++) out.add(point(rnd, rnd.nextDouble(), rnd.nextDouble() * 0.5, 80 + 40 * rnd.nextDouble()));
        return out;
    }

    private static SweepPointSummary point(Random rnd, double access, double leakage, double ban) {
        double lag = 3 + 6 * (1 - access) * (1 - leakage) + (ban - 100) * 0.03;
        double share = 30 + 25 * (1 - access) + 20 * leakage - (120 - ban) * 0.1;
        return new SweepPointSummary(new double[] {access, leakage, ban},
                Map.of(LAG, estimate(rnd, lag, 1.2), SHARE, estimate(rnd, share, 4)));
    }

    private static MeanEstimate estimate(Random rnd, double mean, double sd) {
        double[] v = new double[10];
        for (int i = 0; i < v.length; i++) v[i] = mean + sd * rnd.nextGaussian();
        return MeanEstimate.of(v);
    }
}
