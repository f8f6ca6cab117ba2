package org.aiecosim.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;

/** Realistic-looking synthetic runs with every indicator the model produces, for chart and report tests. */
final class SyntheticRun {

    static final List<String> KINDS = List.of("frontier", "bigtech", "startup", "academic");

    private SyntheticRun() {
    }

    static List<String> names(List<String> regions, List<String> labs) {
        List<String> n = new ArrayList<>(List.of("capability.frontier", "capability.open", "capability.closed"));
        for (String r : regions) {
            n.add("capability.region." + r);
            n.add("capability.region." + r + ".open");
            n.add("capability.region." + r + ".closed");
        }
        n.add("lag.openBehindClosed");
        for (String r : regions.subList(1, regions.size())) n.add("lag.region." + r);
        n.addAll(List.of("adoption.adopted", "adoption.open", "adoption.closed"));
        for (String r : regions) n.add("adoption.origin." + r);
        for (String r1 : regions) for (String r2 : regions) n.add("adoption.users." + r1 + ".origin." + r2);
        n.add("derivatives.total");
        for (String r : regions) n.add("derivatives.origin." + r);
        for (String r : regions) n.add("derivatives.baseOrigin." + r);
        for (String r : regions) n.add("training.efficiency.region." + r);
        n.add("releases.openShare");
        for (String r : regions) n.add("releases.openShare.region." + r);
        for (String k : KINDS) n.add("releases.openShare.kind." + k);
        for (String r : regions) n.add("compute.stock." + r);
        for (String r : regions) n.add("compute.share." + r);
        n.addAll(List.of("chips.price", "revenue.open", "revenue.closed", "hhi.adoption", "hhi.revenue", "knowhow.public"));
        for (String l : labs) {
            for (String q : LabsCsv.QUANTITIES) n.add("lab." + l + "." + q);
        }
        return n;
    }

    static List<ReplicationResult> generate(List<String> regions, List<String> labs, YearMonth start, int months,
                                            int replications, long seed) {
        List<ReplicationResult> out = new ArrayList<>();
        for (int rep = 0; rep < replications; rep++) {
            long s = seed + 7919L * rep;
            out.add(new ReplicationResult(rep, s, table(regions, labs, start, months, new Random(s))));
        }
        return out;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static IndicatorTable table(List<String> regions, List<String> labs, YearMonth start, int months, Random rnd) {
        IndicatorTable t = new IndicatorTable(start, names(regions, labs), months);
        int nr = regions.size();
        double[] regionBoost = new double[nr];
        for (int r = 0; r < nr; r++) regionBoost[r] = rnd.nextGaussian() * 2;
        double derivatives = 0;
        double[] derivByOrigin = new double[nr];
        double[] stock = new double[nr];
        for (int r = 0; r < nr; r++) stock[r] = 400_000.0 / (1 + r * 1.5);
        for (int m = 0; m < months; m++) {
            double frontier = Double.NEGATIVE_INFINITY;
            double open = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < nr; r++) {
                String R = regions.get(r);
                double closed = 30 + 70 * logistic((m - 30 - 8 * r) / 18.0) + regionBoost[r] + rnd.nextGaussian() * 0.8;
                double op = closed - 6 - r + rnd.nextGaussian() * 1.5;
                double best = Math.max(closed, op);
                set(t, m, "capability.region." + R, best);
                set(t, m, "capability.region." + R + ".closed", closed);
                set(t, m, "capability.region." + R + ".open", m < 6 + 3 * r ? Double.NaN : op);
                frontier = Math.max(frontier, best);
                if (m >= 6 + 3 * r) open = Math.max(open, op);
            }
            set(t, m, "capability.frontier", frontier);
            set(t, m, "capability.closed", frontier);
            set(t, m, "capability.open", Double.isInfinite(open) ? Double.NaN : open);
            set(t, m, "lag.openBehindClosed", Math.max(0, 9 - 5.0 * m / months + rnd.nextGaussian()));
            for (int r = 1; r < nr; r++) {
                set(t, m, "lag.region." + regions.get(r), Math.max(0, 2 + 3 * r - 2.0 * m / months + rnd.nextGaussian()));
            }
            boolean anyAdopters = m >= 2;
            set(t, m, "adoption.adopted", anyAdopters ? 0.9 * logistic((m - 40) / 14.0) : 0);
            double openShare = Math.min(1, Math.max(0, 0.25 + 0.3 * m / months + rnd.nextGaussian() * 0.03));
            set(t, m, "adoption.open", anyAdopters ? openShare : Double.NaN);
            set(t, m, "adoption.closed", anyAdopters ? 1 - openShare : Double.NaN);
            double[] w = shares(nr, m, months, rnd);
            for (int r = 0; r < nr; r++) set(t, m, "adoption.origin." + regions.get(r), anyAdopters ? w[r] : Double.NaN);
            for (String r1 : regions) {
                double[] u = shares(nr, m, months, rnd);
                for (int r = 0; r < nr; r++) {
                    set(t, m, "adoption.users." + r1 + ".origin." + regions.get(r), anyAdopters ? u[r] : Double.NaN);
                }
            }
            for (int r = 0; r < nr; r++) {
                double d = rnd.nextInt(5 + m / 6);
                derivByOrigin[r] += d;
                derivatives += d;
                set(t, m, "derivatives.origin." + regions.get(r), derivByOrigin[r]);
                // no further draws, so the other indicators keep their values
                set(t, m, "derivatives.baseOrigin." + regions.get(r), Math.round(derivByOrigin[r] * (r == 0 ? 1.2 : 0.8)));
                set(t, m, "training.efficiency.region." + regions.get(r), 0.4 + 0.02 * m / (1 + r) + 0.05 * regionBoost[r]);
            }
            set(t, m, "derivatives.total", derivatives);
            set(t, m, "releases.openShare", clamp(0.35 + 0.15 * Math.sin(m / 15.0) + rnd.nextGaussian() * 0.02));
            for (int r = 0; r < nr; r++) {
                // The last region has no releases in its first year: a NaN gap.
                boolean none = r == nr - 1 && m < 12;
                set(t, m, "releases.openShare.region." + regions.get(r),
                        none ? Double.NaN : clamp(0.2 + 0.15 * r + 0.1 * Math.sin(m / 12.0 + r) + rnd.nextGaussian() * 0.02));
            }
            for (int k = 0; k < KINDS.size(); k++) {
                set(t, m, "releases.openShare.kind." + KINDS.get(k), clamp(0.1 + 0.25 * k + rnd.nextGaussian() * 0.05));
            }
            double total = 0;
            for (int r = 0; r < nr; r++) {
                stock[r] *= 1.03 + 0.01 * (nr - r) / nr + rnd.nextGaussian() * 0.005;
                total += stock[r];
            }
            for (int r = 0; r < nr; r++) {
                set(t, m, "compute.stock." + regions.get(r), stock[r]);
                set(t, m, "compute.share." + regions.get(r), stock[r] / total);
            }
            set(t, m, "chips.price", 0.03 * Math.exp(-m / 60.0) * (1 + rnd.nextGaussian() * 0.03));
            set(t, m, "revenue.open", 50 + 3 * m + rnd.nextGaussian() * 5);
            set(t, m, "revenue.closed", 400 + 20 * m + rnd.nextGaussian() * 20);
            set(t, m, "hhi.adoption", clamp(0.3 - 0.001 * m + rnd.nextGaussian() * 0.01));
            set(t, m, "hhi.revenue", clamp(0.4 - 0.001 * m + rnd.nextGaussian() * 0.01));
            set(t, m, "knowhow.public", 1 + m / 24.0);
            for (int l = 0; l < labs.size(); l++) {
                String p = "lab." + labs.get(l) + ".";
                set(t, m, p + "capability", 30 + 60 * logistic((m - 30 - 5 * l) / 20.0));
                set(t, m, p + "open", l % 2);
                set(t, m, p + "adopters", Math.round(100 * logistic((m - 20) / 10.0) * (l + 1)));
                set(t, m, p + "vendorAdopters", Math.round(100 * logistic((m - 20) / 10.0) * (l + 1))); // every lab its own vendor
                set(t, m, p + "revenue", 10 + m * (l + 1));
                set(t, m, p + "compute", 1000 * Math.pow(1.03, m) / (l + 1));
            }
        }
        return t;
    }

    private static double[] shares(int n, int m, int months, Random rnd) {
        double[] w = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            w[r] = Math.exp(-0.8 * r + 0.4 * r * m / (double) months + rnd.nextGaussian() * 0.05);
            sum += w[r];
        }
        for (int r = 0; r < n; r++) w[r] /= sum;
        return w;
    }

    private static double clamp(double v) {
        return Math.min(1, Math.max(0, v));
    }

    private static void set(IndicatorTable t, int m, String name, double v) {
        t.set(m, t.indexOf(name), v);
    }
}
