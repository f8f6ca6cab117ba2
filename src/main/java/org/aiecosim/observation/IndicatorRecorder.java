package org.aiecosim.observation;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.DeveloperKind;
import org.aiecosim.model.DeveloperPopulation;
import org.aiecosim.model.Lab;
import org.aiecosim.model.LabKind;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * Observer that records the brief's monthly indicators into an {@link IndicatorTable}. It reads
 * the model and never changes it or draws random numbers, so attaching it does not alter a run.
 * Names are listed in {@link #names(List, List)}; the README explains each.
 */
public final class IndicatorRecorder implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Window of months over which release shares are counted. */
    public static final int RELEASE_WINDOW = 12;

    private IndicatorTable table;
    private int[] columns;
    private int cursor;

    /** Table filled so far (null before the first month). */
    public IndicatorTable table() { return table; }

    /** Indicator names for the given regions and labs, in recording order. */
    public static List<String> names(List<String> regions, List<String> labs) {
        List<String> n = new ArrayList<>();
        n.add("capability.frontier");
        n.add("capability.open");
        n.add("capability.closed");
        for (String r : regions) {
            n.add("capability.region." + r);
            n.add("capability.region." + r + ".open");
            n.add("capability.region." + r + ".closed");
        }
        n.add("capability.gap.closedOverOpen");
        n.add("training.log10flop.frontier");
        n.add("training.log10flop.open");
        n.add("knowhow.frontier");
        n.add("lag.openBehindClosed");
        for (int r = 1; r < regions.size(); r++) n.add("lag.region." + regions.get(r));
        n.add("adoption.adopted");
        n.add("adoption.open");
        n.add("adoption.closed");
        for (String r : regions) n.add("adoption.origin." + r);
        for (String r : regions) n.add("adoption.open.origin." + r);
        for (DeveloperKind k : DeveloperKind.values()) n.add("adoption.open.kind." + k.key());
        for (String a : regions) for (String b : regions) n.add("adoption.users." + a + ".origin." + b);
        n.add("derivatives.total");
        for (String r : regions) n.add("derivatives.origin." + r);
        n.add("releases.openShare");
        for (String r : regions) n.add("releases.openShare.region." + r);
        for (LabKind k : LabKind.values()) n.add("releases.openShare.kind." + k.key());
        for (String r : regions) n.add("compute.stock." + r);
        for (String r : regions) n.add("compute.share." + r);
        n.add("compute.log10stock.world");
        n.add("chips.price");
        n.add("revenue.open");
        n.add("revenue.closed");
        n.add("hhi.adoption");
        n.add("hhi.revenue");
        n.add("knowhow.public");
        for (String l : labs) {
            n.add("lab." + l + ".capability");
            n.add("lab." + l + ".open");
            n.add("lab." + l + ".adopters");
            n.add("lab." + l + ".revenue");
            n.add("lab." + l + ".compute");
            n.add("lab." + l + ".derivatives");
        }
        return n;
    }

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        if (table == null) {
            List<String> labs = new ArrayList<>();
            for (int i = 0; i < m.labCount(); i++) labs.add(m.lab(i).name);
            table = new IndicatorTable(m.config().start(), names(m.regionNames(), labs), m.config().months());
        }
        int month = m.month();
        if (month >= table.months()) return;
        cursor = 0;
        record(m, month);
    }

    private void put(int month, double v) { table.set(month, cursor++, v); }

    private void record(AiEcosystem m, int month) {
        int nr = m.regionNames().size();
        int nl = m.labCount();
        double preGrowth = m.parameters().get("history.capabilityGrowth");

        double[] regionBest = nanArray(nr), regionClosed = nanArray(nr);
        double closedBest = Double.NaN;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            if (!l.active(month)) continue;
            regionBest[l.region] = max(regionBest[l.region], l.capability());
            if (!l.isOpen()) {
                regionClosed[l.region] = max(regionClosed[l.region], l.capability());
                closedBest = max(closedBest, l.capability());
            }
        }
        double openBest = m.bestOpenCapability();
        put(month, m.frontierCapability());
        put(month, openBest);
        put(month, closedBest);
        for (int r = 0; r < nr; r++) {
            put(month, regionBest[r]);
            put(month, m.bestOpenCapability(r));
            put(month, regionClosed[r]);
        }
        put(month, closedBest - openBest);
        put(month, Math.log10(m.largestTrainingFlop()));
        put(month, Math.log10(m.largestOpenTrainingFlop()));
        double bestKnowhow = Double.NaN;
        for (int i = 0; i < nl; i++) if (m.lab(i).active(month)) bestKnowhow = max(bestKnowhow, m.lab(i).knowhow());
        put(month, bestKnowhow);
        put(month, m.history().openClosedLag(month, openBest, preGrowth));
        for (int r = 1; r < nr; r++) put(month, m.history().regionLag(0, r, month, preGrowth));

        recordAdoption(m, month, nr, nl);

        long derivatives = 0;
        long[] derivByRegion = new long[nr];
        for (int i = 0; i < nl; i++) {
            derivatives += m.lab(i).derivatives();
            derivByRegion[m.lab(i).region] += m.lab(i).derivatives();
        }
        put(month, derivatives);
        for (int r = 0; r < nr; r++) put(month, derivByRegion[r]);

        put(month, m.releaseLog().openShareByRegion(month, RELEASE_WINDOW, -1));
        for (int r = 0; r < nr; r++) put(month, m.releaseLog().openShareByRegion(month, RELEASE_WINDOW, r));
        for (LabKind k : LabKind.values()) put(month, m.releaseLog().openShareByKind(month, RELEASE_WINDOW, k));

        double[] stock = new double[nr];
        double world = 0;
        for (int i = 0; i < nl; i++) {
            stock[m.lab(i).region] += m.lab(i).compute();
            world += m.lab(i).compute();
        }
        for (int r = 0; r < nr; r++) put(month, stock[r]);
        for (int r = 0; r < nr; r++) put(month, world > 0 ? stock[r] / world : Double.NaN);
        put(month, world > 0 ? Math.log10(world) : Double.NaN);
        put(month, m.chipPrice());

        double revOpen = 0, revClosed = 0, revTotal = 0, adoptersTotal = 0;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            if (l.isOpen()) revOpen += l.revenue(); else revClosed += l.revenue();
            revTotal += l.revenue();
            adoptersTotal += l.adopters();
        }
        double hhiAdoption = 0, hhiRevenue = 0;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            if (adoptersTotal > 0) hhiAdoption += sq(l.adopters() / adoptersTotal);
            if (revTotal > 0) hhiRevenue += sq(l.revenue() / revTotal);
        }
        put(month, revOpen);
        put(month, revClosed);
        put(month, adoptersTotal > 0 ? hhiAdoption : Double.NaN);
        put(month, revTotal > 0 ? hhiRevenue : Double.NaN);
        put(month, m.knowledge().level());

        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            boolean active = l.active(month);
            put(month, active ? l.capability() : Double.NaN);
            put(month, active ? (l.isOpen() ? 1 : 0) : Double.NaN);
            put(month, l.adopters());
            put(month, l.revenue());
            put(month, l.compute());
            put(month, l.derivatives());
        }
    }

    /**
     * Adoption shares: open vs closed, by origin, and who builds on whom, from the population's
     * running counts of adopters by developer region and lab (no pass over developers).
     */
    private void recordAdoption(AiEcosystem m, int month, int nr, int nl) {
        DeveloperPopulation dev = m.developers();
        long[][] users = new long[nr][nr];
        long[] byRegion = new long[nr];
        long open = 0, adopted = 0;
        long[] openByOrigin = new long[nr];
        int kinds = DeveloperKind.values().length;
        long[] adoptedByKind = new long[kinds];
        long[] openByKind = new long[kinds];
        for (int lab = 0; lab < nl; lab++) {
            Lab l = m.lab(lab);
            int origin = l.region;
            boolean labOpen = l.isOpen();
            for (int a = 0; a < nr; a++) {
                int count = dev.adopters(a, lab);
                adopted += count;
                if (labOpen) {
                    open += count;
                    openByOrigin[origin] += count;
                }
                users[a][origin] += count;
            }
            for (int k = 0; k < kinds; k++) {
                int count = dev.adoptersOfKind(k, lab);
                adoptedByKind[k] += count;
                if (labOpen) openByKind[k] += count;
            }
        }
        long[] byOrigin = new long[nr];
        for (int a = 0; a < nr; a++) for (int b = 0; b < nr; b++) {
            byOrigin[b] += users[a][b];
            byRegion[a] += users[a][b];
        }
        put(month, (double) adopted / dev.size());
        put(month, adopted > 0 ? (double) open / adopted : Double.NaN);
        put(month, adopted > 0 ? (double) (adopted - open) / adopted : Double.NaN);
        for (int r = 0; r < nr; r++) put(month, adopted > 0 ? (double) byOrigin[r] / adopted : Double.NaN);
        for (int r = 0; r < nr; r++) put(month, open > 0 ? (double) openByOrigin[r] / open : Double.NaN);
        for (int k = 0; k < kinds; k++) put(month, adoptedByKind[k] > 0 ? (double) openByKind[k] / adoptedByKind[k] : Double.NaN);
        for (int a = 0; a < nr; a++) for (int b = 0; b < nr; b++) {
            put(month, byRegion[a] > 0 ? (double) users[a][b] / byRegion[a] : Double.NaN);
        }
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static double max(double a, double b) { return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b); }

    private static double sq(double x) { return x * x; }
}
