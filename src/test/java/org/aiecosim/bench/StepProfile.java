package org.aiecosim.bench;

import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.observation.IndicatorRecorder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time of whole baseline replications on the calling thread, split into the model build
 * ({@code start()}: labs, population, social network, seed adopters) and the months, from the
 * thread's CPU clock. Usage: {@code StepProfile DEVELOPERS [REPLICATIONS] [WARMUPS]}; prints one line
 * per measured replication, then the medians. A quick harness for profiling (run it under JFR for
 * where the time goes); the benchmark figures come from {@link BenchSuite}.
 */
public final class StepProfile {
    private StepProfile() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int developers = Integer.parseInt(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        ModelConfig config = BenchConfigs.baseline(developers);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] build = new double[reps], months = new double[reps];
        for (int r = -warmups; r < reps; r++) {
            AiEcosystem m = new AiEcosystem(config, SeedSequence.derive(20220101L, r + warmups));
            m.addObserver(new IndicatorRecorder());
            long t0 = cpu.getCurrentThreadCpuTime();
            m.start();
            long t1 = cpu.getCurrentThreadCpuTime();
            while (m.schedule.getSteps() < config.months()) if (!m.schedule.step(m)) break;
            m.finish();
            long t2 = cpu.getCurrentThreadCpuTime();
            if (r < 0) continue;
            build[r] = (t1 - t0) / 1e6;
            months[r] = (t2 - t1) / 1e6;
            System.out.printf("developers=%d rep=%d build_cpu_ms=%.1f months_cpu_ms=%.1f total_cpu_ms=%.1f developer_months_per_s=%.3g%n",
                    developers, r, build[r], months[r], build[r] + months[r],
                    developers * (double) config.months() / (months[r] / 1000));
        }
        double b = median(build), mo = median(months);
        System.out.printf("median developers=%d build_cpu_ms=%.1f months_cpu_ms=%.1f total_cpu_ms=%.1f developer_months_per_s=%.3g%n",
                developers, b, mo, b + mo, developers * (double) config.months() / (mo / 1000));
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
