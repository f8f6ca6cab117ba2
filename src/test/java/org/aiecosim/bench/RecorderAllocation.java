package org.aiecosim.bench;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.observation.IndicatorRecorder;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Heap bytes the {@link IndicatorRecorder} allocates per recorded month: a model is started and run
 * some months with the recorder attached, then the recorder alone is stepped many times on that
 * month (it rewrites the same row), and the thread's allocation counter
 * ({@code com.sun.management.ThreadMXBean}) is read around the loop. Expected: 0 once warmed up,
 * since the recorder only fills scratch arrays allocated at its first month.
 *
 * <p>Run alone with {@code bench/run.sh --alloc}; part of {@link BenchSuite}.
 */
public final class RecorderAllocation {
    private RecorderAllocation() {}

    /** Result: bytes per month averaged over {@code steps}, and the indicators each month records. */
    public record Result(double bytesPerMonth, int steps, int indicators) {
        String text() {
            return String.format(Locale.ROOT, "%.2f bytes per recorded month (%d indicators; mean over %,d steps after warm-up)",
                    bytesPerMonth, indicators, steps);
        }
    }

    /** Measures on {@code config} after {@code months} months of simulation and {@code warmup} unmeasured recordings. */
    public static Result measure(ModelConfig config, long seed, int months, int warmup, int steps) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        if (!threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
            throw new IllegalStateException("this JVM does not count allocated bytes per thread");
        }
        AiEcosystem model = new AiEcosystem(config, seed);
        IndicatorRecorder recorder = new IndicatorRecorder();
        model.addObserver(recorder);
        model.start();
        for (int m = 0; m < months; m++) model.schedule.step(model);
        for (int i = 0; i < warmup; i++) recorder.step(model);
        // The counter's own cost, measured the same way with nothing in between.
        long o0 = threads.getCurrentThreadAllocatedBytes();
        long o1 = threads.getCurrentThreadAllocatedBytes();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < steps; i++) recorder.step(model);
        long after = threads.getCurrentThreadAllocatedBytes();
        double bytes = Math.max(0, (after - before) - (o1 - o0));
        return new Result(bytes / steps, steps, recorder.table().names().size());
    }

    /** Baseline scenario with 50,000 developers (or {@code args[0]}), after 24 months. */
    public static void main(String[] args) throws Exception {
        int developers = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Result r = measure(BenchConfigs.baseline(developers), 20220101L, 24, 20_000, 100_000);
        System.out.println("# " + System.getProperty("bench.machine", "machine: unknown"));
        System.out.println("IndicatorRecorder, baseline with " + developers + " developers, month 24: " + r.text());
    }
}
