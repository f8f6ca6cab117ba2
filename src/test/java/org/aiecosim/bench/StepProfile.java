package org.aiecosim.bench;

import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.PerAgentEcosystem;
import org.aiecosim.model.TimedEcosystem;
import org.aiecosim.observation.IndicatorRecorder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time of whole baseline replications on the calling thread, split into the model build
 * ({@code start()}: labs, population, social network, seed adopters) and the months, from the
 * thread's CPU clock. Usage: {@code StepProfile DEVELOPERS [REPLICATIONS] [WARMUPS] [array|perAgent|timed]}
 * ({@code perAgent}: {@link PerAgentEcosystem}; {@code timed}: {@link TimedEcosystem}, which adds the
 * developer phase's CPU time and its lower limit, with probes outside the timed phase); prints one line
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
        String variant = args.length > 3 ? args[3] : "array";
        ModelConfig config = BenchConfigs.baseline(developers);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] build = new double[reps], months = new double[reps];
        for (int r = -warmups; r < reps; r++) {
            long seed = SeedSequence.derive(20220101L, r + warmups);
            AiEcosystem m = switch (variant) {
                case "array" -> new AiEcosystem(config, seed);
                case "perAgent" -> new PerAgentEcosystem(config, seed);
                case "timed" -> new TimedEcosystem(config, seed);
                default -> throw new IllegalArgumentException("variant: array, perAgent or timed, not " + variant);
            };
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
            if (m instanceof TimedEcosystem t) {
                System.out.printf("developers=%d rep=%d developer_phase_cpu_ms=%.1f limit_ms=%.1f ratio=%.2f choices_per_developer_month=%.4f visits_per_developer_month=%.4f%n",
                        developers, r, t.phaseNanos / 1e6, t.limitNanos / 1e6, t.phaseNanos / t.limitNanos,
                        t.choices / (double) developers / config.months(), t.visits / (double) developers / config.months());
            }
            System.out.printf("%s developers=%d rep=%d build_cpu_ms=%.1f months_cpu_ms=%.1f total_cpu_ms=%.1f developer_months_per_s=%.3g%n",
                    variant, developers, r, build[r], months[r], build[r] + months[r],
                    developers * (double) config.months() / (months[r] / 1000));
        }
        double b = median(build), mo = median(months);
        System.out.printf("median %s developers=%d build_cpu_ms=%.1f months_cpu_ms=%.1f total_cpu_ms=%.1f developer_months_per_s=%.3g%n",
                variant, developers, b, mo, b + mo, developers * (double) config.months() / (mo / 1000));
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
