package org.aiecosim.bench;

import org.aiecosim.experiment.Replication;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.Parameters;
import org.aiecosim.model.PolicyEvent;
import org.aiecosim.observation.IndicatorTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Do export controls move capability now (model v2)? A measurement, not a test: the reduced
 * baseline (fewer developers, the same real population) in three arms with common seeds,
 * <ul>
 * <li>{@code open}: China's chip access 1 and leakage 0 throughout (its control events removed);</li>
 * <li>{@code historical}: the baseline's dated controls;</li>
 * <li>{@code total}: China's chip access 0 and leakage 0 from the start (its control events removed).</li>
 * </ul>
 * Prints, per arm, the mean over replications (± standard error) of China's compute share, best
 * capability, lag behind the US (months) and best know-how at the end, plus the paired difference to
 * {@code historical}. It fails only if the total ban does not change China's compute share (the
 * mechanism is wired); it asserts no direction for capability or lag.
 *
 * <pre>mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.aiecosim.bench.ExportControlMeasurement 6 5000</pre>
 */
public final class ExportControlMeasurement {
    private ExportControlMeasurement() {}

    private static final String[] INDICATORS = {
            "compute.share.China", "capability.region.China", "capability.region.US", "lag.region.China", "knowhow.region.China",
            "knowhow.region.US", "training.efficiency.region.China", "derivatives.baseOrigin.China"};

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int developers = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        ModelConfig baseline = BenchConfigs.baseline(developers);
        Map<String, ModelConfig> arms = new LinkedHashMap<>();
        arms.put("open", withoutChinaControls(baseline, 1));
        arms.put("historical", baseline);
        arms.put("total", withoutChinaControls(baseline, 0));
        long baseSeed = 20261125L;
        Map<String, double[][]> end = new LinkedHashMap<>(); // arm -> [indicator][rep]
        for (var arm : arms.entrySet()) {
            double[][] v = new double[INDICATORS.length][reps];
            for (int r = 0; r < reps; r++) {
                IndicatorTable t = Replication.numbered(arm.getValue(), baseSeed, r).run().table();
                int last = t.months() - 1;
                for (int k = 0; k < INDICATORS.length; k++) v[k][r] = t.get(last, t.indexOf(INDICATORS[k]));
            }
            end.put(arm.getKey(), v);
        }
        System.out.printf("Export controls on China, %d replications, %d developers, values at %s (month %d)%n",
                reps, developers, baseline.start().plusMonths(baseline.months() - 1), baseline.months() - 1);
        double[][] ref = end.get("historical");
        for (int k = 0; k < INDICATORS.length; k++) {
            System.out.printf("%-34s", INDICATORS[k]);
            for (var arm : end.entrySet()) {
                double[] x = arm.getValue()[k];
                System.out.printf("  %s %10.4f ± %-8.4f", arm.getKey(), mean(x), se(x));
            }
            for (String arm : List.of("open", "total")) {
                double[] d = new double[reps];
                for (int r = 0; r < reps; r++) d[r] = end.get(arm)[k][r] - ref[k][r];
                System.out.printf("  Δ(%s−hist) %+9.4f ± %-8.4f", arm, mean(d), se(d));
            }
            System.out.println();
        }
        double[] total = end.get("total")[0], hist = ref[0];
        if (!(mean(total) < mean(hist))) throw new AssertionError("a total ban did not lower China's compute share");
    }

    /** The baseline with China's control events removed and its access set to {@code access}, leakage 0, from the start. */
    static ModelConfig withoutChinaControls(ModelConfig c, double access) {
        Parameters p = c.parameters().copy();
        p.set("region.China.chipAccess", access);
        p.set("region.China.leakage", 0);
        List<PolicyEvent> events = new ArrayList<>();
        for (PolicyEvent e : c.events()) {
            Map<String, Double> kept = new LinkedHashMap<>(e.changes());
            kept.remove("region.China.chipAccess");
            kept.remove("region.China.leakage");
            if (!kept.isEmpty()) events.add(new PolicyEvent(e.month(), kept, e.note()));
        }
        return new ModelConfig(c.start(), c.months(), p, c.labs(), c.generators(), events);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double se(double[] x) {
        double m = mean(x), s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return x.length > 1 ? Math.sqrt(s / (x.length - 1) / x.length) : Double.NaN;
    }
}
