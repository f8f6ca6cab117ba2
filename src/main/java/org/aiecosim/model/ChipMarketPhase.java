package org.aiecosim.model;

import org.aiecosim.model.knowledge.DirectedResearch;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 1: active labs bid a share of their budget for chips; the market clears under regional
 * export-control caps; compute stocks depreciate and receive the new chips.
 */
final class ChipMarketPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private double[] bids;
    private int[] labRegion;
    private double[] access;
    private double[] domestic;
    private double[] domesticPrice;

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        MarketParams p = m.groups.market();
        int n = m.labs.length;
        if (bids == null) {
            bids = new double[n];
            labRegion = new int[n];
            access = new double[m.regions.length];
            domestic = new double[m.regions.length];
            domesticPrice = new double[m.regions.length];
        }
        double chipShare = m.groups.economy().chipBudgetShare();
        for (int i = 0; i < n; i++) {
            Lab l = m.labs[i];
            labRegion[i] = l.region;
            bids[i] = l.active(m.month) ? chipShare * Math.max(0, l.budget) : 0;
        }
        for (Region r : m.regions) {
            access[r.index] = r.effectiveAccess();
            domestic[r.index] = r.domesticOutput;
            domesticPrice[r.index] = r.policy.domesticPriceFactor();
        }
        ChipAllocation a = ChipMarket.clear(m.supply, bids, labRegion, access, domestic, domesticPrice,
                p.referencePrice(), p.priceFloor(), p.demandElasticity());
        double depreciation = p.depreciation();
        double price = a.price(), ref = p.referencePrice(), elasticity = p.demandElasticity();
        for (int i = 0; i < n; i++) {
            Lab l = m.labs[i];
            double obtained = a.frontier()[i] + a.domestic()[i];
            l.compute = l.compute * (1 - depreciation) + obtained;
            l.chipSpend = a.spending()[i];
            l.budget -= l.chipSpend;
            // What the lab would have bought at the market price without caps (its demand curve), and
            // what it could not spend: the shadow price of compute and the money to reallocate.
            double desired = bids[i] > 0 ? (bids[i] / ref) * Math.pow(price / ref, -elasticity) : 0;
            l.shadowPriceRatio = DirectedResearch.shadowPriceRatio(desired, obtained, elasticity);
            l.blockedBudget = Math.max(0, price * desired - l.chipSpend);
            if (l.active(m.month)) l.computeSinceRelease += l.compute;
        }
        m.chipPrice = a.price();
        m.lastAllocation = a;
    }
}
