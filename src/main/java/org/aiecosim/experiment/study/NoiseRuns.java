package org.aiecosim.experiment.study;

import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.scenario.StudySpec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Extra replications of a sensitivity study's base scenario, run when the design has one replication
 * per point and so no spread of its own: they measure the replication noise ({@link NoiseReference}).
 * Extra run k is number {@code designRuns + k} of the study and gets that number's seed of the
 * study's seed sequence, so it repeats exactly, whatever the threads, and shares no seed with a
 * design run.
 */
public final class NoiseRuns {
    /** How many extra replications: enough for a standard deviation with 9 degrees of freedom, few enough to cost little. */
    public static final int COUNT = 10;
    /** The file the extra runs are written to, in the format of {@code runs.csv}. */
    public static final String FILE = "noise-runs.csv";

    private NoiseRuns() {}

    /** The base scenario's values of the study's parameters. */
    public static double[] basePoint(StudySpec spec) {
        double[] x = new double[spec.factors().size()];
        for (int j = 0; j < x.length; j++) x[j] = spec.base().config().parameters().get(spec.factors().get(j).key());
        return x;
    }

    /** The seed of extra run {@code k} of a study of {@code designRuns} runs. */
    public static long seed(StudySpec spec, long designRuns, int k) {
        return SeedSequence.derive(spec.seed(), designRuns + k);
    }

    /**
     * Runs the {@link #COUNT} extra replications at the base point on {@code threads} threads and
     * returns them in order; run k is numbered {@code designRuns + k}, point {@code designPoints}
     * (one past the design's), replication k. A run that throws is returned with its error.
     */
    public static List<StudyRun> run(StudySpec spec, int designPoints, long designRuns, int threads, StudyRunner.Evaluator evaluator)
            throws InterruptedException {
        double[] x = basePoint(spec);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, COUNT)), r -> {
            Thread t = new Thread(r, "noise-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<StudyRun>> futures = new ArrayList<>();
            for (int k = 0; k < COUNT; k++) {
                final int rep = k;
                futures.add(pool.submit(() -> one(spec, x, designPoints, designRuns, rep, evaluator)));
            }
            List<StudyRun> out = new ArrayList<>();
            for (Future<StudyRun> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("noise run failed", e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static StudyRun one(StudySpec spec, double[] x, int point, long designRuns, int k, StudyRunner.Evaluator evaluator) {
        long seed = seed(spec, designRuns, k);
        double[] outcomes = new double[spec.outcomes().size()];
        java.util.Arrays.fill(outcomes, Double.NaN);
        try {
            return new StudyRun(designRuns + k, point, k, seed, x, evaluator.outcomes(spec, x, seed), null);
        } catch (RuntimeException | OutOfMemoryError e) {
            String message = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
            return new StudyRun(designRuns + k, point, k, seed, x, outcomes, message);
        }
    }
}
