package org.aiecosim.observation;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.DeveloperKind;
import org.aiecosim.model.DeveloperPopulation;
import org.aiecosim.model.Lab;
import org.aiecosim.model.LabKind;

import java.util.Arrays;

/**
 * Scratch of one month's aggregates over labs and adopter counts that several indicators share,
 * computed once per month by {@link #update} into arrays allocated once per run, so that reporters
 * only read fields and recording a month allocates nothing. A new indicator needing another
 * aggregate adds a field here and its computation to {@link #update}.
 *
 * <p>Fields are package-private and read by the reporters in {@link IndicatorCatalog}; they hold
 * NaN where a best-of is over no lab. Regions and kinds are indices as in the model.
 */
public final class MonthAggregates {
    /** Lab kinds by ordinal, copied once ({@code values()} allocates on every call). */
    static final LabKind[] LAB_KINDS = LabKind.values();
    static final int DEVELOPER_KINDS = DeveloperKind.values().length;

    private final AiEcosystem model;
    private final int regions;
    private int month;
    /** {@code history.capabilityGrowth}, read each month since it can be steered. */
    double preGrowth;

    // capability of active labs
    final double[] regionBest, regionClosed;
    double closedBest, openBest, bestKnowhow;

    // adopters: users[a * regions + b] of region a on models from region b
    final long[] users, byRegion, byOrigin, openByOrigin, adoptedByKind, openByKind;
    long adopted, open;

    final long[] derivativesByRegion;
    long derivatives;

    final double[] stock;
    double world;

    double revenueOpen, revenueClosed, revenueTotal, adoptersTotal, hhiAdoption, hhiRevenue;

    /** Scratch sized for {@code model}'s regions (allocated here, once). */
    MonthAggregates(AiEcosystem model) {
        this.model = model;
        regions = model.regionNames().size();
        regionBest = new double[regions];
        regionClosed = new double[regions];
        users = new long[regions * regions];
        byRegion = new long[regions];
        byOrigin = new long[regions];
        openByOrigin = new long[regions];
        adoptedByKind = new long[DEVELOPER_KINDS];
        openByKind = new long[DEVELOPER_KINDS];
        derivativesByRegion = new long[regions];
        stock = new double[regions];
    }

    /** The model being observed, for reporters that read it directly. */
    public AiEcosystem model() { return model; }

    /** Month being recorded. */
    public int month() { return month; }

    /** Number of regions. */
    public int regions() { return regions; }

    /** Recomputes every aggregate for {@code month}. Sums run in lab order, so values are reproducible bit for bit. */
    void update(int month) {
        this.month = month;
        AiEcosystem m = model;
        int nl = m.labCount();
        preGrowth = m.parameters().get("history.capabilityGrowth");
        capability(m, nl);
        adoption(m, nl);

        derivatives = 0;
        Arrays.fill(derivativesByRegion, 0);
        Arrays.fill(stock, 0);
        world = 0;
        revenueOpen = revenueClosed = revenueTotal = adoptersTotal = 0;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            derivatives += l.derivatives();
            derivativesByRegion[l.region] += l.derivatives();
            stock[l.region] += l.compute();
            world += l.compute();
            if (l.isOpen()) revenueOpen += l.revenue(); else revenueClosed += l.revenue();
            revenueTotal += l.revenue();
            adoptersTotal += l.adopters();
        }
        hhiAdoption = hhiRevenue = 0;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            if (adoptersTotal > 0) hhiAdoption += sq(l.adopters() / adoptersTotal);
            if (revenueTotal > 0) hhiRevenue += sq(l.revenue() / revenueTotal);
        }
    }

    private void capability(AiEcosystem m, int nl) {
        Arrays.fill(regionBest, Double.NaN);
        Arrays.fill(regionClosed, Double.NaN);
        closedBest = Double.NaN;
        bestKnowhow = Double.NaN;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            if (!l.active(month)) continue;
            regionBest[l.region] = max(regionBest[l.region], l.capability());
            if (!l.isOpen()) {
                regionClosed[l.region] = max(regionClosed[l.region], l.capability());
                closedBest = max(closedBest, l.capability());
            }
            bestKnowhow = max(bestKnowhow, l.knowhow());
        }
        openBest = m.bestOpenCapability();
    }

    /** Adopter counts by developer region, origin and kind, from the population's running counts (no pass over developers). */
    private void adoption(AiEcosystem m, int nl) {
        DeveloperPopulation dev = m.developers();
        Arrays.fill(users, 0);
        Arrays.fill(openByOrigin, 0);
        Arrays.fill(adoptedByKind, 0);
        Arrays.fill(openByKind, 0);
        adopted = 0;
        open = 0;
        for (int lab = 0; lab < nl; lab++) {
            Lab l = m.lab(lab);
            int origin = l.region;
            boolean labOpen = l.isOpen();
            for (int a = 0; a < regions; a++) {
                int count = dev.adopters(a, lab);
                adopted += count;
                if (labOpen) {
                    open += count;
                    openByOrigin[origin] += count;
                }
                users[a * regions + origin] += count;
            }
            for (int k = 0; k < DEVELOPER_KINDS; k++) {
                int count = dev.adoptersOfKind(k, lab);
                adoptedByKind[k] += count;
                if (labOpen) openByKind[k] += count;
            }
        }
        Arrays.fill(byRegion, 0);
        Arrays.fill(byOrigin, 0);
        for (int a = 0; a < regions; a++) for (int b = 0; b < regions; b++) {
            byOrigin[b] += users[a * regions + b];
            byRegion[a] += users[a * regions + b];
        }
    }

    /** Maximum ignoring NaN (NaN only when both are). */
    static double max(double a, double b) { return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b); }

    private static double sq(double x) { return x * x; }

    /** {@code part / whole}, or NaN when {@code whole} is 0. */
    static double share(long part, long whole) { return whole > 0 ? (double) part / whole : Double.NaN; }
}
