package org.aiecosim.bench;

import org.aiecosim.model.ModelConfig;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.report.ScalingChart;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole benchmark in one run ({@code bench/run.sh}): JMH single-shot times of replications at
 * the baseline size, by number of developers and of labs, with 1 and 2 threads, and with the
 * developer step scheduled per agent; memory of each size in a fresh JVM ({@link PeakHeap}); a
 * check that per-agent scheduling gives the same adoption in distribution; bytes allocated per
 * recorded month by the indicator recorder ({@link RecorderAllocation}). Writes
 * {@code <prefix>.txt} (summary then JMH logs), {@code <prefix>.csv}, {@code <prefix>-heap.csv}
 * and the charts {@code <prefix>-developers.png} and {@code <prefix>-labs.png}.
 *
 * <p>Usage: {@code BenchSuite <prefix> [quick]}; {@code quick} runs few iterations (smoke test).
 */
public final class BenchSuite {
    private static final int MONTHS = 108;
    private final boolean quick;
    private final Path prefix;
    private final StringBuilder jmhLogs = new StringBuilder();
    private final List<String> csv = new ArrayList<>();
    private final List<String> heapCsv = new ArrayList<>();
    private final StringBuilder summary = new StringBuilder();

    private BenchSuite(Path prefix, boolean quick) {
        this.prefix = prefix;
        this.quick = quick;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length > 1 && args[1].equals("charts")) {
            charts(Path.of(args[0]));
            return;
        }
        BenchSuite s = new BenchSuite(Path.of(args[0]), args.length > 1 && args[1].equals("quick"));
        s.run();
    }

    /** Median and range of one JMH result, in ms. */
    record Timing(double median, double min, double max, long n) {
        static Timing of(RunResult r) {
            Statistics st = r.getPrimaryResult().getStatistics();
            return new Timing(st.getPercentile(50), st.getMin(), st.getMax(), st.getN());
        }

        String text() { return String.format("%.0f ms (min %.0f, max %.0f, n=%d)", median, min, max, n); }
    }

    private void run() throws Exception {
        csv.add("benchmark,developers,labs,scheduling,threads,samples,median_ms,min_ms,max_ms,developer_months_per_s,replications_per_s");
        heapCsv.add("developers,labs,max_heap_mb,peak_heap_mb,peak_after_gc_mb,retained_mb,cold_wall_ms,cold_cpu_ms");
        line("# aiecosim benchmark (bench/run.sh -> BenchSuite)%s", quick ? " QUICK SMOKE RUN: few iterations, not for quoting" : "");
        line("# %s", System.getProperty("bench.machine", "machine: unknown"));
        line("# load average at start: %s", Files.readString(Path.of("/proc/loadavg")).trim());
        line("# times: JMH single-shot wall time of a whole replication (build, 108 months, all indicators), median over measured iterations after warm-up, 1 fork, -Xmx4g");
        line("");

        // 1. baseline size
        Timing base = time("replication", 50_000, 0, "array", 1, 5, 10).get(0);
        line("## Baseline size (50,000 developers, 41 labs, 108 months), one thread");
        line("time per replication: %s = %.3g developer-months/s; target < 1000 ms: %s", base.text(),
                50_000.0 * MONTHS / (base.median / 1000), base.median < 1000 ? "met" : "MISSED");
        line("");

        // 2. developers scaling
        int[] sizes = {10_000, 100_000, 1_000_000};
        Map<Integer, Timing> bySize = new LinkedHashMap<>();
        for (int n : sizes) bySize.put(n, time("replication", n, 0, "array", 1, n >= 1_000_000 ? 2 : 5, n >= 1_000_000 ? 5 : 10).get(0));
        Map<String, String[]> heap = new LinkedHashMap<>();
        for (int n : new int[] {10_000, 50_000, 100_000, 1_000_000}) heap.put(n + "/0", peakHeap(n, 0, "-Xmx4g"));
        line("## Developers (41 labs, 108 months, one thread; heap: fresh JVM, -Xmx4g, 2 replications)");
        line("%-10s %-34s %-14s %-11s %-14s %-11s %s", "developers", "time per replication", "dev-months/s", "peak heap", "peak after GC", "retained", "cold-JVM cpu of 2nd replication");
        for (int n : sizes) {
            Timing t = bySize.get(n);
            String[] h = heap.get(n + "/0");
            line("%-10d %-34s %-14.3g %-11s %-14s %-11s %s ms", n, t.text(), n * (double) MONTHS / (t.median / 1000),
                    h[3] + " MB", h[4].equals("0.0") ? "(no GC)" : h[4] + " MB", h[5] + " MB", h[7]);
        }
        double ratio = bySize.get(1_000_000).median / bySize.get(100_000).median;
        double ratioSmall = bySize.get(100_000).median / bySize.get(10_000).median;
        line("time(1M)/time(100k) = %.2f (target <= 12: %s); time(100k)/time(10k) = %.2f", ratio, ratio <= 12 ? "met" : "MISSED", ratioSmall);
        double t1m = bySize.get(1_000_000).median;
        line("1,000,000 developers: %.1f s per replication (target < 30 s: %s), peak heap %s MB at -Xmx4g (target < 2 GB: %s)",
                t1m / 1000, t1m < 30_000 ? "met" : "MISSED", heap.get("1000000/0")[3],
                Double.parseDouble(heap.get("1000000/0")[3]) < 2000 ? "met" : "MISSED");
        StringBuilder fits = new StringBuilder();
        for (String xmx : new String[] {"-Xmx160m", "-Xmx256m", "-Xmx512m"}) {
            String[] h = peakHeap(1_000_000, 0, xmx);
            fits.append(String.format("%s: %s; ", xmx, h == null ? "OutOfMemoryError" : "ran, cold wall " + h[6] + " ms"));
        }
        line("1,000,000 developers under smaller heaps (1 replication each): %s", fits);
        line("");

        // 3. labs scaling
        int[] labCounts = {10, 40, 200};
        int labDevs = 100_000;
        Map<Integer, Timing> byLabs = new LinkedHashMap<>();
        for (int l : labCounts) {
            byLabs.put(l, time("replication", labDevs, l, "array", 1, 3, 6).get(0));
            heap.put(labDevs + "/" + l, peakHeap(labDevs, l, "-Xmx4g"));
        }
        line("## Labs (%,d developers, 108 months, one thread)", labDevs);
        line("%-6s %-34s %-14s %s", "labs", "time per replication", "dev-months/s", "peak heap");
        for (int l : labCounts) {
            Timing t = byLabs.get(l);
            line("%-6d %-34s %-14.3g %s MB", l, t.text(), labDevs * (double) MONTHS / (t.median / 1000), heap.get(labDevs + "/" + l)[3]);
        }
        line("time(200 labs)/time(10 labs) = %.2f", byLabs.get(200).median / byLabs.get(10).median);
        line("");

        // 4. parallel speedup
        Timing one = time("parallelReplications", 50_000, 0, "array", 1, 2, 6).get(0);
        Timing two = time("parallelReplications", 50_000, 0, "array", 2, 2, 6).get(0);
        int reps = ReplicationBenchmark.PARALLEL_REPLICATIONS;
        double speedup = one.median / two.median;
        line("## Parallel replications (%d baseline replications per operation through ReplicationRunner)", reps);
        line("1 thread: %s = %.2f replications/s; 2 threads: %s = %.2f replications/s; speedup %.2fx (target >= 1.7: %s)",
                one.text(), reps / (one.median / 1000), two.text(), reps / (two.median / 1000), speedup, speedup >= 1.7 ? "met" : "MISSED");
        line("");

        // 5. per-agent scheduling
        line("## Developer step scheduled per agent (one scheduleRepeating per developer) vs one Steppable over arrays");
        for (int n : new int[] {50_000, 1_000_000}) {
            boolean big = n >= 1_000_000;
            Timing array = big ? bySize.get(n) : base;
            Timing agent = time("replication", n, 0, "perAgent", 1, big ? 1 : 3, big ? 2 : 6).get(0);
            line("%,d developers: arrays %s; per agent %s; per agent / arrays = %.2f", n, array.text(), agent.text(), agent.median / array.median);
        }
        agreement(50_000, quick ? 3 : 10);
        line("");

        // 6. allocation of the indicator recorder (same thread, after warm-up: should be nothing)
        RecorderAllocation.Result alloc = RecorderAllocation.measure(BenchConfigs.baseline(50_000), 20220101L, 24,
                quick ? 2_000 : 20_000, quick ? 10_000 : 100_000);
        line("## Indicator recording (baseline, 50,000 developers, month 24; the thread's allocated-bytes counter)");
        line("IndicatorRecorder: %s; target < 64 bytes: %s", alloc.text(), alloc.bytesPerMonth() < 64 ? "met" : "MISSED");
        line("");

        line("# load average at end: %s", Files.readString(Path.of("/proc/loadavg")).trim());
        StringBuilder out = new StringBuilder(summary);
        out.append("\n# ---- JMH output ----\n").append(jmhLogs);
        Files.writeString(Path.of(prefix + ".txt"), out);
        Files.write(Path.of(prefix + ".csv"), csv);
        Files.write(Path.of(prefix + "-heap.csv"), heapCsv);
        charts(prefix);
        System.out.println(summary);
    }

    /** Draws the two scaling charts from {@code <prefix>.csv} (also: {@code BenchSuite <prefix> charts}). */
    static void charts(Path prefix) throws Exception {
        Map<Integer, Timing> bySize = new LinkedHashMap<>(), byLabs = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(Path.of(prefix + ".csv"));
        int labDevs = 100_000;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            if (!f[0].equals("replication") || !f[3].equals("array")) continue;
            int n = Integer.parseInt(f[1]), labs = Integer.parseInt(f[2]);
            Timing t = new Timing(Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]), Long.parseLong(f[5]));
            if (labs == 41 && n != 50_000) bySize.put(n, t);
            if (n == labDevs && labs != 41) byLabs.put(labs, t);
        }
        int[] sizes = bySize.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] labCounts = byLabs.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        String machine = System.getProperty("bench.machine", "");
        ScalingChart.write(Path.of(prefix + "-developers.png"), "Time per replication vs developers",
                "baseline, 41 labs, 108 months, one thread, median of JMH single shots; " + machine.replace("machine: ", ""),
                "developers (log scale)", List.of(new ScalingChart.Series("measured", toX(sizes), seconds(bySize, sizes))), true);
        ScalingChart.write(Path.of(prefix + "-labs.png"), "Time per replication vs labs",
                String.format("baseline, %,d developers, 108 months, one thread, median of JMH single shots", labDevs),
                "labs (log scale)", List.of(new ScalingChart.Series("measured", toX(labCounts), seconds(byLabs, labCounts))), true);
    }

    private static double[] toX(int[] v) {
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) x[i] = v[i];
        return x;
    }

    private static double[] seconds(Map<Integer, Timing> t, int[] keys) {
        double[] s = new double[keys.length];
        for (int i = 0; i < keys.length; i++) s[i] = t.get(keys[i]).median / 1000;
        return s;
    }

    private void line(String format, Object... args) {
        summary.append(String.format(format, args)).append('\n');
        System.out.printf(format + "%n", args);
    }

    /** Runs one JMH benchmark with the given parameters; returns its timings and logs its output. */
    private List<Timing> time(String method, int developers, int labs, String scheduling, int threads,
                              int warmups, int measurements) throws Exception {
        Path log = Files.createTempFile("jmh", ".txt");
        Options opt = new OptionsBuilder()
                .include(ReplicationBenchmark.class.getName() + "." + method + "$")
                .param("developers", String.valueOf(developers))
                .param("labs", String.valueOf(labs))
                .param("scheduling", scheduling)
                .param("threads", String.valueOf(threads))
                .warmupIterations(quick ? 1 : warmups)
                .measurementIterations(quick ? 2 : measurements)
                .forks(1)
                .threads(1)
                .jvmArgs("-Xmx4g")
                .output(log.toString())
                .build();
        List<Timing> out = new ArrayList<>();
        for (RunResult r : new Runner(opt).run()) {
            Timing t = Timing.of(r);
            out.add(t);
            int nLabs = labs == 0 ? 41 : labs;
            double perRep = method.equals("parallelReplications") ? t.median / ReplicationBenchmark.PARALLEL_REPLICATIONS : t.median;
            csv.add(String.format("%s,%d,%d,%s,%d,%d,%.1f,%.1f,%.1f,%.4g,%.4g", method, developers, nLabs, scheduling, threads, t.n,
                    t.median, t.min, t.max, developers * (double) MONTHS / (perRep / 1000), 1000 / perRep));
        }
        jmhLogs.append(Files.readString(log)).append('\n');
        Files.delete(log);
        return out;
    }

    /** Runs {@link PeakHeap} in a fresh JVM; returns its values (null when it ran out of memory). */
    private String[] peakHeap(int developers, int labs, String xmx) throws Exception {
        boolean main = xmx.equals("-Xmx4g");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), xmx,
                "-cp", System.getProperty("java.class.path"), PeakHeap.class.getName(),
                String.valueOf(developers), String.valueOf(labs), main ? "2" : "1");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String result = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                all.append(l).append('\n');
                if (l.startsWith("developers=")) result = l;
            }
        }
        p.waitFor();
        jmhLogs.append("# PeakHeap ").append(xmx).append(' ').append(developers).append(' ').append(labs).append(": ")
                .append(result != null ? result : all.toString().lines().filter(s -> s.contains("Error")).findFirst().orElse("failed")).append('\n');
        if (result == null) return null;
        String[] v = new String[8];
        int i = 0;
        for (String kv : result.split(" ")) v[i++] = kv.substring(kv.indexOf('=') + 1);
        if (main) heapCsv.add(String.join(",", v));
        return v;
    }

    /** Same adoption in distribution: end-of-run adoption with arrays vs per-agent scheduling, Welch t. */
    private void agreement(int developers, int reps) throws Exception {
        ModelConfig c = BenchConfigs.baseline(developers);
        String[] names = {"adoption.adopted", "adoption.open", "lab.Meta-like.adopters"};
        double[][][] v = new double[2][names.length][reps];
        for (int variant = 0; variant < 2; variant++) {
            for (int r = 0; r < reps; r++) {
                IndicatorTable t = ReplicationBenchmark.run(c, 4242L, r, variant == 1);
                for (int k = 0; k < names.length; k++) v[variant][k][r] = t.get(t.months() - 1, t.indexOf(names[k]));
            }
        }
        line("agreement at %,d developers, %d replications each (same seeds, different draw order), value in the last month:", developers, reps);
        for (int k = 0; k < names.length; k++) {
            double ma = mean(v[0][k]), mb = mean(v[1][k]), va = var(v[0][k]), vb = var(v[1][k]);
            double tStat = (ma - mb) / Math.sqrt(va / reps + vb / reps);
            line("  %-24s arrays %.4g ± %.2g sd, per agent %.4g ± %.2g sd, Welch t = %.2f", names[k], ma, Math.sqrt(va), mb, Math.sqrt(vb), tStat);
        }
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double d : x) s += d;
        return s / x.length;
    }

    private static double var(double[] x) {
        double m = mean(x), s = 0;
        for (double d : x) s += (d - m) * (d - m);
        return s / (x.length - 1);
    }
}
