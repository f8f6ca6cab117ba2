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

    double revenueOpen, revenueClosed, revenueTotal, adoptersTotal, hhiAdoption, hhiRevenue, policySupport;

    // adopters by developer region and model origin on open models (closed: users - usersOpen)
    final long[] usersOpen;
    // vendors: adopters of every lab whose current model belongs to the family rooted at lab L
    final long[] vendorAdopters;
    double vendorHhi, vendorTopShare;
    // median price paid, weighted by adopters, $ per developer-month (scratch: prices and weights of one type)
    double closedMedianPrice, openMedianPrice;
    private final double[] priceScratch, weightScratch;

    /** Scratch sized for {@code model}'s regions (allocated here, once). */
    MonthAggregates(AiEcosystem model) {
        this.model = model;
        regions = model.regionNames().size();
        regionBest = new double[regions];
        regionClosed = new double[regions];
        users = new long[regions * regions];
        usersOpen = new long[regions * regions];
        int labs = model.labCount();
        vendorAdopters = new long[labs];
        priceScratch = new double[labs];
        weightScratch = new double[labs];
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
        revenueOpen = revenueClosed = revenueTotal = adoptersTotal = policySupport = 0;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            policySupport += l.policySupport();
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
        vendors(m, nl);
        closedMedianPrice = medianPrice(m, nl, false);
        openMedianPrice = medianPrice(m, nl, true);
    }

    /** Adopters by vendor (the lab at the root of the family a lab's current model belongs to), their HHI and top share. */
    private void vendors(AiEcosystem m, int nl) {
        Arrays.fill(vendorAdopters, 0);
        long total = 0;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            vendorAdopters[l.family()] += l.adopters();
            total += l.adopters();
        }
        vendorHhi = vendorTopShare = total > 0 ? 0 : Double.NaN;
        if (total == 0) return;
        for (int v = 0; v < nl; v++) {
            double s = (double) vendorAdopters[v] / total;
            vendorHhi += s * s;
            vendorTopShare = Math.max(vendorTopShare, s);
        }
    }

    /**
     * Median price paid on models of one type, weighted by their adopters: the lowest price at which at
     * least half of the type's adopters pay that price or less; NaN when the type has no adopters.
     * Insertion sort over the scratch arrays (a few dozen labs), so nothing is allocated.
     */
    private double medianPrice(AiEcosystem m, int nl, boolean open) {
        int n = 0;
        double total = 0;
        for (int i = 0; i < nl; i++) {
            Lab l = m.lab(i);
            if (l.isOpen() != open || l.adopters() == 0 || !l.active(month)) continue;
            double price = l.price(), weight = l.adopters();
            int j = n++;
            while (j > 0 && priceScratch[j - 1] > price) {
                priceScratch[j] = priceScratch[j - 1];
                weightScratch[j] = weightScratch[j - 1];
                j--;
            }
            priceScratch[j] = price;
            weightScratch[j] = weight;
            total += weight;
        }
        if (n == 0) return Double.NaN;
        double cumulative = 0;
        for (int j = 0; j < n; j++) {
            cumulative += weightScratch[j];
            if (cumulative >= 0.5 * total) return priceScratch[j];
        }
        return priceScratch[n - 1];
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
        Arrays.fill(usersOpen, 0);
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
                    usersOpen[a * regions + origin] += count;
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
