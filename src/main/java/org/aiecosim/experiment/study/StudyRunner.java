package org.aiecosim.experiment.study;

import org.aiecosim.experiment.Replication;
import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.Parameters;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.scenario.StudySpec;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a study's runs in parallel and hands each finished run to a sink <em>in run order</em>.
 *
 * <p>Run i is design point {@code i / replications}, replication {@code i % replications}, with seed
 * {@code SeedSequence.derive(studySeed, i)} ({@link #seed}; in an ablation study replication r of every
 * point has the seed {@code SeedSequence.derive(studySeed, r)}: common random numbers, so differences
 * between points are paired): results do not depend on the number of threads. At most
 * {@code 4 × threads} runs are in flight, so memory does not grow with the size of the study, and
 * because runs reach the sink in order, what has been written is always a prefix of the study —
 * which is what makes resuming exact. A run that throws is delivered with its error; the study goes on.
 */
public final class StudyRunner {

    /** Receives finished runs in run order. */
    @FunctionalInterface
    public interface Sink {
        void accept(StudyRun run) throws IOException;
    }

    /** Computes a run's outcomes; the default runs the model. Tests substitute failing ones. */
    @FunctionalInterface
    public interface Evaluator {
        double[] outcomes(StudySpec spec, double[] parameters, long seed);
    }

    private final int threads;
    private final Evaluator evaluator;

    public StudyRunner(int threads) {
        this(threads, StudyRunner::simulate);
    }

    public StudyRunner(int threads, Evaluator evaluator) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
        this.evaluator = evaluator;
    }

    /** Runs runs {@code first .. points.size() × replications − 1}. */
    public void run(StudySpec spec, List<double[]> points, long first, Sink sink) throws IOException, InterruptedException {
        long total = (long) points.size() * spec.replications();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "study-run");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<StudyRun>> window = new ArrayDeque<>();
        int ahead = threads * 4;
        long next = first;
        try {
            while (next < total && window.size() < ahead) window.add(submit(pool, spec, points, next++, evaluator));
            while (!window.isEmpty()) {
                StudyRun done;
                try {
                    done = window.poll().get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("study runner failed", e.getCause());
                }
                sink.accept(done);
                if (next < total) window.add(submit(pool, spec, points, next++, evaluator));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<StudyRun> submit(ExecutorService pool, StudySpec spec, List<double[]> points, long index, Evaluator e) {
        return pool.submit(() -> runOne(spec, points, index, e));
    }

    /** Runs one run on the calling thread; a failure is returned as the run's error, never thrown. */
    public static StudyRun runOne(StudySpec spec, List<double[]> points, long index, Evaluator evaluator) {
        int reps = spec.replications();
        int point = (int) (index / reps);
        int rep = (int) (index % reps);
        long seed = seed(spec, index);
        double[] x = points.get(point);
        double[] outcomes = new double[spec.outcomes().size()];
        java.util.Arrays.fill(outcomes, Double.NaN);
        try {
            outcomes = evaluator.outcomes(spec, x, seed);
            return new StudyRun(index, point, rep, seed, x, outcomes, null);
        } catch (RuntimeException | OutOfMemoryError e) {
            String message = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
            return new StudyRun(index, point, rep, seed, x, outcomes, message);
        }
    }

    /**
     * The seed of run {@code index}: derived from the study seed and the run's number, or, in an
     * ablation study or a design with {@code commonRandomNumbers: true}, from the study seed and the
     * replication only (common random numbers).
     */
    public static long seed(StudySpec spec, long index) {
        return spec.design().sharesSeeds()
                ? SeedSequence.derive(spec.seed(), index % spec.replications())
                : SeedSequence.derive(spec.seed(), index);
    }

    /** Runs the model with the point's parameters as starting values and reads the outcomes. */
    public static double[] simulate(StudySpec spec, double[] x, long seed) {
        Parameters p = spec.base().config().parameters().copy();
        for (int j = 0; j < x.length; j++) p.set(spec.factors().get(j).key(), x[j]);
        ModelConfig config = spec.base().config().withParameters(p);
        IndicatorTable table = Replication.seeded(config, seed).run().table();
        double[] outcomes = new double[spec.outcomes().size()];
        for (int o = 0; o < outcomes.length; o++) outcomes[o] = Outcomes.value(table, spec.outcomes().get(o));
        return outcomes;
    }
}
