package org.aiecosim.spark;

import org.aiecosim.experiment.study.StudyEngine;
import org.aiecosim.experiment.study.StudyRunner;
import org.aiecosim.scenario.StudySpec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Computes a study's runs as tasks of Apache Spark jobs: each task runs a range of consecutive runs
 * with MASON in an executor ({@link StudyRunner#runOne}, so a run that throws is an error row, as
 * locally) and returns its rows; the driver writes them in run order.
 *
 * <p>The runs are cut into chunks, one Spark job each, of about two tasks per executor core. Two
 * chunks are in flight at once so executors do not idle while the driver writes the previous chunk,
 * and the driver holds at most two chunks of rows, however large the study. Because chunks are
 * written whole and in order, {@code runs.csv} stays a prefix of the study and {@code --resume}
 * works as with the local engine. A task that fails (its executor lost, an error outside the model)
 * is retried by Spark up to {@code spark.task.maxFailures} times; if it still fails the job fails,
 * what was written is kept and the study can be resumed.
 */
public final class SparkEngine implements StudyEngine {
    /** Runs per task: enough to make task overhead negligible next to runs of a tenth of a second or more. */
    static final int RUNS_PER_TASK = 4;
    /** Jobs in flight: one being computed, one queued behind it so its tasks fill cores freed by the first. */
    private static final int JOBS_IN_FLIGHT = 2;

    static {
        // Before anything of Spark's runs: even building a SparkConf may initialise its logging.
        SparkLogging.quietUnlessConfigured();
    }

    private final JavaSparkContext sc;
    private final RemoteEvaluator evaluator;

    /**
     * Starts (or joins, under spark-submit) a Spark context.
     *
     * @param master  master URL, or null for the one spark-submit sets, else {@code local[*]}
     * @param appName the application's name in Spark's UI and logs
     */
    public SparkEngine(String master, String appName) {
        this(configure(master, appName), RemoteEvaluator.SIMULATE);
    }

    /** An engine on the given configuration whose runs use {@code evaluator}; tests substitute failing ones. */
    public SparkEngine(SparkConf conf, RemoteEvaluator evaluator) {
        this.sc = JavaSparkContext.fromSparkContext(org.apache.spark.SparkContext.getOrCreate(conf));
        this.evaluator = evaluator;
    }

    /** The configuration for a master URL: spark-submit's settings, with our defaults where it has none. */
    public static SparkConf configure(String master, String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) conf.setMaster(master);
        else conf.setIfMissing("spark.master", "local[*]");
        // aiecosim draws its own progress bar on stderr; Spark's would overwrite it.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        return conf;
    }

    @Override
    public void run(StudySpec spec, List<double[]> points, long first, StudyRunner.Sink sink) throws IOException, InterruptedException {
        long total = (long) points.size() * spec.replications();
        if (first >= total) return;
        Broadcast<StudyPayload> study = sc.broadcast(StudyPayload.of(spec, points));
        long chunk = (long) tasksPerChunk() * RUNS_PER_TASK;
        ArrayDeque<JavaFutureAction<List<ShippedRun>>> jobs = new ArrayDeque<>();
        long next = first;
        try {
            while (next < total && jobs.size() < JOBS_IN_FLIGHT) {
                jobs.add(submit(study, next, Math.min(total, next + chunk)));
                next = Math.min(total, next + chunk);
            }
            while (!jobs.isEmpty()) {
                List<ShippedRun> rows = await(jobs.poll());
                if (next < total) {
                    jobs.add(submit(study, next, Math.min(total, next + chunk)));
                    next = Math.min(total, next + chunk);
                }
                for (ShippedRun r : rows) sink.accept(r.toRun());
            }
        } finally {
            for (JavaFutureAction<?> j : jobs) j.cancel(true);
            study.destroy();
        }
    }

    /** Tasks per job: two per core, so a slow task does not leave the other cores idle at the end of a chunk. */
    private int tasksPerChunk() { return Math.max(2, 2 * sc.defaultParallelism()); }

    /** One job computing runs {@code from .. to − 1}, one task per range of {@link #RUNS_PER_TASK} runs. */
    private JavaFutureAction<List<ShippedRun>> submit(Broadcast<StudyPayload> study, long from, long to) {
        List<long[]> ranges = new ArrayList<>();
        for (long a = from; a < to; a += RUNS_PER_TASK) ranges.add(new long[] {a, Math.min(to, a + RUNS_PER_TASK)});
        RemoteEvaluator e = evaluator;
        sc.setJobDescription("runs " + from + ".." + (to - 1));
        return sc.parallelize(ranges, ranges.size()).flatMap(range -> {
            StudyPayload p = study.value();
            List<ShippedRun> out = new ArrayList<>();
            for (long i = range[0]; i < range[1]; i++) out.add(ShippedRun.of(StudyRunner.runOne(p.spec(), p.points(), i, e)));
            return out.iterator();
        }).collectAsync();
    }

    /** Waits for a job; collect keeps partition order, and partitions are consecutive ranges, so rows come in run order. */
    private static List<ShippedRun> await(JavaFutureAction<List<ShippedRun>> job) throws InterruptedException {
        try {
            return job.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Spark job failed after retries (the runs written so far are kept; --resume "
                    + "continues): " + c.getMessage(), c);
        }
    }

    @Override
    public int parallelism() { return sc.defaultParallelism(); }

    @Override
    public String description() { return "Spark " + sc.master() + " (" + sc.defaultParallelism() + " cores)"; }

    @Override
    public void close() { sc.stop(); }
}
