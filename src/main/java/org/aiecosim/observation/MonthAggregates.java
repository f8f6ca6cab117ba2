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

    // lineage: derivatives by the region of their family's root; lab releases built on a base
    final long[] derivativesByBaseOrigin;
    long labDerivatives;
    // supply side by region: the best model's training FLOP and efficiency, know-how and its growth, funding
    final double[] regionBestLog10Flop, regionBestEfficiency, regionKnowhow, regionKnowhowRate, regionFunding, regionTopFunding;
    private final double[] regionBestCapability;
    double nearFrontier;

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
        derivativesByBaseOrigin = new long[regions];
        regionBestLog10Flop = new double[regions];
        regionBestEfficiency = new double[regions];
        regionKnowhow = new double[regions];
        regionKnowhowRate = new double[regions];
        regionFunding = new double[regions];
        regionTopFunding = new double[regions];
        regionBestCapability = new double[regions];
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
        supply(m, nl);
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

    /** Lineage and supply-side aggregates by region. */
    private void supply(AiEcosystem m, int nl) {
        Arrays.fill(derivativesByBaseOrigin, 0);
        labDerivatives = 0;
        Arrays.fill(regionBestCapability, Double.NaN);
        Arrays.fill(regionBestLog10Flop, Double.NaN);
        Arrays.fill(regionBestEfficiency, Double.NaN);
        Arrays.fill(regionKnowhow, Double.NaN);
        Arrays.fill(regionKnowhowRate, Double.NaN);
        Arrays.fill(regionFunding, 0);
        Arrays.fill(regionTopFunding, 0);
        var law = m.parameterGroups().training().scaling();
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            derivativesByBaseOrigin[l.region] += m.families().derivatives(i);
            labDerivatives += m.families().labDerivatives(i);
            if (!l.active(month)) continue;
            int r = l.region;
            if (Double.isNaN(regionBestCapability[r]) || l.capability() > regionBestCapability[r]) {
                regionBestCapability[r] = l.capability();
                double log10Flop = Math.log10(l.totalFlop());
                regionBestLog10Flop[r] = log10Flop;
                regionBestEfficiency[r] = (l.capability() - law.capability(l.totalFlop())) / law.slope();
            }
            if (Double.isNaN(regionKnowhow[r]) || l.knowhow() > regionKnowhow[r]) {
                regionKnowhow[r] = l.knowhow();
                regionKnowhowRate[r] = 12 * l.knowhowGain();
            }
            regionFunding[r] += l.funding();
            regionTopFunding[r] = Math.max(regionTopFunding[r], l.funding());
        }
        // The frontier 3 months ago, from the model's history (running best per region), so the count
        // is the same after a resume from a checkpoint.
        int then = Math.max(0, month - 3);
        double reference = Double.NaN;
        for (int r = 0; r < regions; r++) reference = max(reference, m.history().regionBest(r, then));
        nearFrontier = 0;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            if (l.active(month) && l.capability() >= reference) nearFrontier++;
        }
    }

    /** Maximum ignoring NaN (NaN only when both are). */
    static double max(double a, double b) { return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b); }

    private static double sq(double x) { return x * x; }

    /** {@code part / whole}, or NaN when {@code whole} is 0. */
    static double share(long part, long whole) { return whole > 0 ? (double) part / whole : Double.NaN; }
}
