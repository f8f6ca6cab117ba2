package org.aiecosim.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;

/**
 * A hand-made run with known values: regions A and B, labs L1 and L2, 3 months from 2022-01 and
 * 3 replications (seeds 1001..1003). Indicator {@code x} is {@code rep + 1 + 10·month}, so across
 * replications it is 1,2,3 (+10·month): mean 2 + 10·month, sd 1. {@code capability.region.B} is
 * NaN in replication 1, and {@code lag.region.B} is defined only in replication 0.
 */
final class TinyRun {

    static final List<String> NAMES = List.of("x", "capability.region.A", "capability.region.B", "lag.region.B",
            "compute.share.A", "compute.share.B",
            "lab.L1.capability", "lab.L1.open", "lab.L1.adopters", "lab.L1.revenue", "lab.L1.compute",
            "lab.L2.capability", "lab.L2.open", "lab.L2.adopters", "lab.L2.revenue", "lab.L2.compute");
    static final int MONTHS = 3;
    static final int REPLICATIONS = 3;
    static final int NON_LAB = 6;

    private TinyRun() {
    }

    static List<ReplicationResult> results() {
        List<ReplicationResult> out = new ArrayList<>();
        for (int rep = 0; rep < REPLICATIONS; rep++) {
            IndicatorTable t = new IndicatorTable(YearMonth.of(2022, 1), NAMES, MONTHS);
            for (int m = 0; m < MONTHS; m++) {
                t.set(m, 0, rep + 1 + 10 * m);
                t.set(m, 1, 10 + m + 0.5 * rep);
                t.set(m, 2, rep == 1 ? Double.NaN : 8 + m);
                t.set(m, 3, rep == 0 ? 4 : Double.NaN);
                t.set(m, 4, 0.75);
                t.set(m, 5, 0.25);
                for (int l = 0; l < 2; l++) {
                    int base = 6 + 5 * l;
                    t.set(m, base, 20 + m + l);
                    t.set(m, base + 1, l);
                    t.set(m, base + 2, 100 * (l + 1) + m);
                    t.set(m, base + 3, 1.5 * (m + 1));
                    t.set(m, base + 4, 1000 + rep);
                }
            }
            out.add(new ReplicationResult(rep, 1001 + rep, t));
        }
        return out;
    }
}
