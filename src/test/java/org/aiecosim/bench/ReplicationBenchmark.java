package org.aiecosim.bench;

import org.aiecosim.experiment.ReplicationRunner;
import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.PerAgentEcosystem;
import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time of whole replications (build the model, run 108 months, record every indicator) of the
 * baseline scenario, single-shot after warm-up. Parameters: number of developers, number of labs
 * (0 = the baseline's 41, see {@link BenchConfigs#withLabs}), how the developer step is scheduled
 * ({@code array}: one Steppable looping over the population's arrays, as the model does;
 * {@code perAgent}: one {@code scheduleRepeating} per developer, see {@link PerAgentEcosystem}) and,
 * for {@link #parallelReplications}, the number of threads. {@code bench/run.sh} runs the whole
 * suite through {@link BenchSuite}; {@code bench/run.sh --jmh [args]} runs JMH directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ReplicationBenchmark {
    /** Replications per operation of {@link #parallelReplications}. */
    public static final int PARALLEL_REPLICATIONS = 8;

    @Param({"50000"})
    public int developers;

    @Param({"0"})
    public int labs;

    @Param({"array"})
    public String scheduling;

    @Param({"1"})
    public int threads;

    private ModelConfig config;
    private int next;

    @Setup
    public void load() throws Exception {
        config = BenchConfigs.withLabs(developers, labs);
    }

    /** One whole replication on the calling thread. */
    @Benchmark
    public IndicatorTable replication() {
        return run(config, 20220101L, next++, scheduling.equals("perAgent"));
    }

    /** {@value #PARALLEL_REPLICATIONS} replications through {@link ReplicationRunner} on {@code threads} threads. */
    @Benchmark
    public List<ReplicationResult> parallelReplications() throws InterruptedException {
        int first = next;
        next += PARALLEL_REPLICATIONS;
        return new ReplicationRunner(threads).run(config, 20220101L + first, PARALLEL_REPLICATIONS, done -> { });
    }

    /** One replication with the model's array loop or with one scheduled agent per developer. */
    public static IndicatorTable run(ModelConfig config, long baseSeed, int replication, boolean perAgent) {
        if (!perAgent) return ReplicationRunner.runOne(config, baseSeed, replication).table();
        AiEcosystem model = new PerAgentEcosystem(config, SeedSequence.derive(baseSeed, replication));
        IndicatorRecorder recorder = new IndicatorRecorder();
        model.addObserver(recorder);
        model.runToEnd();
        return recorder.table();
    }
}
