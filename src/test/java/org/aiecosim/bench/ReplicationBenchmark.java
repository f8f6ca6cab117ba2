package org.aiecosim.bench;

import org.aiecosim.experiment.ReplicationResult;
import org.aiecosim.experiment.ReplicationRunner;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.scenario.ScenarioLoader;
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

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time of one replication of the baseline scenario on one thread, after warm-up, at the default
 * size (50,000 developers, 41 labs, 108 months) and larger populations. Run with {@code bench/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ReplicationBenchmark {

    @Param({"50000"})
    public int developers;

    private ModelConfig config;
    private int next;

    @Setup
    public void load() throws Exception {
        var s = ScenarioLoader.applyOverrides(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")),
                List.of("developers.count=" + developers));
        config = s.config();
    }

    /** One whole replication: build the model, run 108 months, record every indicator. */
    @Benchmark
    public ReplicationResult baselineReplication() {
        return ReplicationRunner.runOne(config, 20220101L, next++);
    }
}
