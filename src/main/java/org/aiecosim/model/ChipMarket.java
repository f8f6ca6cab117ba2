package org.aiecosim.model;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The global market for frontier accelerators under export controls.
 *
 * <p>Each lab bids a chip budget {@code b}; at price {@code p} it would buy
 * {@code q(p) = (b / pRef) (p / pRef)^-elasticity} chips. A region under export control may buy
 * only the share {@code a = access + leakage (1 - access)} of its labs' demand, so the demand the
 * market sees is {@code D(p) = sum_i a_r(i) q_i(p)}. The price clears {@code D(p) = S}; when even
 * the price floor does not sell all supply, the rest stays unsold. A controlled lab spends the
 * blocked part of its budget on its region's domestic chips (priced at a multiple of {@code p}),
 * shared pro rata when domestic output is short.
 */
public final class ChipMarket {

    private ChipMarket() {}

    /** Share of its demand a region may buy given export-control access and leakage. */
    public static double effectiveAccess(double access, double leakage) {
        return access + leakage * (1 - access);
    }

    /**
     * Clears one month's market.
     *
     * @param supply          frontier chips offered this month, H100e
     * @param bids            chip budget of each lab, $M
     * @param labRegion       region index of each lab
     * @param regionAccess    effective access of each region (see {@link #effectiveAccess})
     * @param domesticOutput  domestic chips each region produces this month, H100e
     * @param domesticPrice   domestic price factor of each region (relative to the frontier price)
     */
    public static ChipAllocation clear(double supply, double[] bids, int[] labRegion, double[] regionAccess,
                                       double[] domesticOutput, double[] domesticPrice,
                                       double referencePrice, double priceFloor, double elasticity) {
        int n = bids.length;
        double floor = Math.max(priceFloor, 1e-12);
        double demandAtFloor = demand(floor, bids, labRegion, regionAccess, referencePrice, elasticity);
        double price;
        double unsold;
        if (demandAtFloor <= supply) {
            price = floor;
            unsold = supply - demandAtFloor;
        } else {
            double hi = floor * 2;
            while (demand(hi, bids, labRegion, regionAccess, referencePrice, elasticity) > supply) hi *= 2;
            final double lo = floor;
            price = new BrentSolver(1e-14, 1e-12).solve(200,
                    p -> demand(p, bids, labRegion, regionAccess, referencePrice, elasticity) - supply, lo, hi);
            unsold = 0;
        }
        double[] frontier = new double[n];
        double[] spending = new double[n];
        double sold = 0;
        for (int i = 0; i < n; i++) {
            frontier[i] = regionAccess[labRegion[i]] * labDemand(price, bids[i], referencePrice, elasticity);
            sold += frontier[i];
        }
        if (unsold == 0 && sold > 0) {
            // Remove the solver's residual so that sold chips equal supply exactly.
            double scale = supply / sold;
            for (int i = 0; i < n; i++) frontier[i] *= scale;
        }
        for (int i = 0; i < n; i++) spending[i] = Math.min(bids[i], frontier[i] * price);
        double[] domestic = allocateDomestic(price, bids, spending, labRegion, domesticOutput, domesticPrice);
        for (int i = 0; i < n; i++) spending[i] += domestic[i] * price * domesticPrice[labRegion[i]];
        return new ChipAllocation(price, frontier, domestic, spending, bids.clone(), unsold);
    }

    /** Demand the market sees at price p, after regional caps. */
    static double demand(double p, double[] bids, int[] labRegion, double[] regionAccess,
                         double referencePrice, double elasticity) {
        double d = 0;
        for (int i = 0; i < bids.length; i++) d += regionAccess[labRegion[i]] * labDemand(p, bids[i], referencePrice, elasticity);
        return d;
    }

    static double labDemand(double p, double bid, double referencePrice, double elasticity) {
        return bid / referencePrice * Math.pow(p / referencePrice, -elasticity);
    }

    /** Labs spend what remains of their chip budget on domestic chips, pro rata when output is short. */
    private static double[] allocateDomestic(double price, double[] bids, double[] spent, int[] labRegion,
                                             double[] output, double[] priceFactor) {
        int n = bids.length;
        double[] want = new double[n];
        double[] regionWant = new double[output.length];
        for (int i = 0; i < n; i++) {
            int r = labRegion[i];
            if (output[r] <= 0) continue;
            want[i] = Math.max(0, bids[i] - spent[i]) / (price * priceFactor[r]);
            regionWant[r] += want[i];
        }
        double[] got = new double[n];
        for (int i = 0; i < n; i++) {
            int r = labRegion[i];
            if (want[i] <= 0) continue;
            got[i] = regionWant[r] <= output[r] ? want[i] : want[i] * output[r] / regionWant[r];
        }
        return got;
    }
}
