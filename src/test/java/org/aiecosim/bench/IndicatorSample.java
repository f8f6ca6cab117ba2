package org.aiecosim.bench;

import org.aiecosim.experiment.ReplicationRunner;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.observation.IndicatorTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Key indicators of many baseline replications, one row per replication, for comparing two versions
 * of the model in distribution ({@link DistributionCheck}, {@code bench/distribution.sh}). Usage:
 * {@code IndicatorSample OUT.csv REPLICATIONS [BASE_SEED] [perAgent]}. Columns are {@code indicator@month} for
 * each of {@link #INDICATORS} at the months {@link #MONTHS} (index from the start month; 107 is the
 * last); a missing indicator is an error, not a blank. Depends only on APIs older versions have too,
 * so the same source compiles against them.
 */
public final class IndicatorSample {
    /** Frontier capability, China's lag, open share of adoption, largest vendor share, compute shares, derivatives. */
    static final String[] INDICATORS = {"capability.frontier", "lag.region.China", "adoption.open", "adoption.adopted",
            "adoption.vendor.topShare", "hhi.adoption", "compute.share.US", "compute.share.China", "compute.share.EU",
            "compute.share.RestOfWorld", "derivatives.total", "adoption.origin.China"};
    static final int[] MONTHS = {23, 47, 107};

    private IndicatorSample() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Path out = Path.of(args[0]);
        int reps = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20220101L;
        // "perAgent": the developer step scheduled per agent (ReplicationBenchmark), for the agreement check.
        boolean perAgent = args.length > 3 && args[3].equals("perAgent");
        if (Files.exists(out)) throw new IllegalArgumentException(out + " exists; not overwritten");
        ModelConfig config = BenchConfigs.baseline(50_000);
        List<String> rows = new ArrayList<>();
        StringBuilder header = new StringBuilder("replication");
        for (String name : INDICATORS) for (int m : MONTHS) header.append(',').append(name).append('@').append(m);
        rows.add(header.toString());
        for (int r = 0; r < reps; r++) {
            IndicatorTable t = perAgent ? ReplicationBenchmark.run(config, seed, r, true) : ReplicationRunner.runOne(config, seed, r).table();
            StringBuilder row = new StringBuilder().append(r);
            for (String name : INDICATORS) {
                int i = t.indexOf(name);
                if (i < 0) throw new IllegalStateException("no indicator " + name);
                for (int m : MONTHS) row.append(',').append(t.get(m, i));
            }
            rows.add(row.toString());
        }
        Files.write(out, rows);
        System.out.println("written " + out + ": " + reps + " replications");
    }
}
