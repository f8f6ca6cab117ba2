package org.aiecosim.experiment;

import org.aiecosim.model.ModelConfig;
import org.aiecosim.result.ReplicationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs replications of one configuration in parallel. Replication i runs with
 * {@code SeedSequence.derive(baseSeed, i)} and its own model instance, so results are identical for
 * any number of threads; they are returned in replication order.
 *
 * <pre>{@code
 * List<ReplicationResult> results = new ReplicationRunner(4).run(config, 42L, 10, done -> { });
 * }</pre>
 */
public final class ReplicationRunner {
    private final int threads;

    public ReplicationRunner(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
    }

    /** Runs one replication on the calling thread. */
    public static ReplicationResult runOne(ModelConfig config, long baseSeed, int replication) {
        return Replication.numbered(config, baseSeed, replication).run();
    }

    /** How one replication is run, e.g. {@link #runOne} or with checkpoints ({@link Checkpoints#runOne}). */
    @FunctionalInterface
    public interface Task {
        ReplicationResult run(ModelConfig config, long baseSeed, int replication) throws Exception;
    }

    /**
     * Runs {@code replications} replications; {@code onDone} is called (from worker threads) with
     * the number finished so far, for progress display.
     */
    public List<ReplicationResult> run(ModelConfig config, long baseSeed, int replications, IntConsumer onDone)
            throws InterruptedException {
        return run(config, baseSeed, replications, onDone, ReplicationRunner::runOne);
    }

    /** As {@link #run(ModelConfig, long, int, IntConsumer)}, each replication run by {@code task}. */
    public List<ReplicationResult> run(ModelConfig config, long baseSeed, int replications, IntConsumer onDone, Task task)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replication");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            List<Future<ReplicationResult>> futures = new ArrayList<>();
            for (int i = 0; i < replications; i++) {
                final int rep = i;
                futures.add(pool.submit(() -> {
                    ReplicationResult r = task.run(config, baseSeed, rep);
                    onDone.accept(done.incrementAndGet());
                    return r;
                }));
            }
            List<ReplicationResult> results = new ArrayList<>();
            for (Future<ReplicationResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) throw re;
                    if (cause instanceof java.io.IOException io) throw new java.io.UncheckedIOException(io);
                    throw new IllegalStateException("replication failed: " + cause, cause);
                }
            }
            return results;
        } finally {
            // after a failure, wait for the others to stop (they stop at their next month), so none
            // writes a checkpoint into a folder that is being removed
            pool.shutdownNow();
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        }
    }
}
