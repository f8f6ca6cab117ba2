package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipMarketTest {
    // labs 0,1 in region 0 (uncontrolled), labs 2,3 in region 1 (controlled)
    final double[] bids = {300, 100, 200, 50};
    final int[] region = {0, 0, 1, 1};
    final double[] noDomestic = {0, 0};
    final double[] priceFactor = {1.5, 1.5};

    @Test
    void unitElasticMarketClearsAtTheClosedFormPrice() {
        double[] access = {1.0, ChipMarket.effectiveAccess(0.2, 0.25)}; // 0.4
        double supply = 10_000;
        ChipAllocation a = ChipMarket.clear(supply, bids, region, access, noDomestic, priceFactor, 0.025, 0.001, 1.0);
        // D(p) = sum a_r b_i / p = S  =>  p = (300 + 100 + 0.4 * 250) / 10000 = 0.05
        assertEquals(0.05, a.price(), 1e-9);
        assertEquals(supply, sum(a.frontier()), 1e-6);
        assertEquals(0, a.unsold(), 0);
        // each uncontrolled lab buys bid/p, each controlled lab 0.4 bid/p
        assertEquals(300 / 0.05, a.frontier()[0], 1e-6);
        assertEquals(0.4 * 200 / 0.05, a.frontier()[2], 1e-6);
    }

    @Test
    void elasticDemandStillClearsAndConservesChips() {
        double[] access = {1.0, 0.3};
        for (double elasticity : new double[] {0.5, 1.7, 3.0}) {
            double supply = 7_000;
            ChipAllocation a = ChipMarket.clear(supply, bids, region, access, noDomestic, priceFactor, 0.025, 0.001, elasticity);
            assertTrue(a.price() > 0.001);
            assertEquals(supply, sum(a.frontier()) + a.unsold(), 1e-6 * supply, "chips conserved, e=" + elasticity);
            assertEquals(0, a.unsold(), 0);
            // controlled region never exceeds its cap: access share of its demand at the clearing price
            double cap = 0.3 * (ChipMarket.labDemand(a.price(), 200, 0.025, elasticity) + ChipMarket.labDemand(a.price(), 50, 0.025, elasticity));
            assertTrue(a.frontier()[2] + a.frontier()[3] <= cap * (1 + 1e-9), "cap respected, e=" + elasticity);
            for (int i = 0; i < 4; i++) assertTrue(a.spending()[i] <= bids[i] + 1e-9, "no lab spends more than it bid");
        }
    }

    @Test
    void surplusAtThePriceFloorStaysUnsold() {
        double[] access = {1.0, 1.0};
        double supply = 1e9;
        ChipAllocation a = ChipMarket.clear(supply, bids, region, access, noDomestic, priceFactor, 0.025, 0.01, 1.0);
        assertEquals(0.01, a.price(), 0);
        assertEquals(650 / 0.01, sum(a.frontier()), 1e-6);
        assertEquals(supply, sum(a.frontier()) + a.unsold(), 1e-3);
    }

    @Test
    void fullEmbargoWithoutLeakageSellsNothingToTheRegionAndDomesticOutputIsShared() {
        double[] access = {1.0, ChipMarket.effectiveAccess(0, 0)};
        double[] domestic = {0, 1000};
        ChipAllocation a = ChipMarket.clear(10_000, bids, region, access, domestic, priceFactor, 0.025, 0.001, 1.0);
        assertEquals(0, a.frontier()[2] + a.frontier()[3], 0);
        // domestic demand (200 + 50)/(1.5 p) exceeds 1000 here, so output is shared pro rata to budgets
        double want = 250 / (1.5 * a.price());
        assertTrue(want > 1000);
        assertEquals(1000, a.domestic()[2] + a.domestic()[3], 1e-6);
        assertEquals(4.0, a.domestic()[2] / a.domestic()[3], 1e-9);
    }

    @Test
    void inTheModelAControlledRegionNeverExceedsItsCapAndStockFlowsBalance() {
        double access = 0.1;
        ModelConfig config = TestConfigs.small(2000, 36, p -> {
            p.set("region.China.chipAccess", access);
            p.set("region.China.leakage", 0.0);
        });
        AiEcosystem m = new AiEcosystem(config, 11L);
        m.start();
        double depreciation = m.parameters().get("market.depreciation");
        for (int month = 0; month < 36; month++) {
            double[] before = new double[m.labCount()];
            for (int i = 0; i < m.labCount(); i++) before[i] = m.lab(i).compute();
            m.schedule.step(m);
            ChipAllocation a = m.lastAllocation;
            double sold = 0, chinaSpend = 0, chinaBids = 0;
            for (int i = 0; i < m.labCount(); i++) {
                sold += a.frontier()[i];
                if (m.lab(i).region == 1) {
                    chinaSpend += a.frontier()[i] * a.price();
                    chinaBids += a.bids()[i];
                }
                double expected = before[i] * (1 - depreciation) + a.frontier()[i] + a.domestic()[i];
                assertEquals(expected, m.lab(i).compute(), 1e-9 * Math.max(1, expected), "stock flow of lab " + i);
            }
            assertEquals(m.chipSupply(), sold + a.unsold(), 1e-6 * m.chipSupply(), "supply conserved in month " + month);
            // unit-elastic demand: the cap is access x the region's demand, i.e. frontier spend <= access x bids
            assertTrue(chinaSpend <= access * chinaBids * (1 + 1e-9), "cap in month " + month);
            assertTrue(chinaBids > 0);
        }
    }

    static double sum(double[] a) {
        double s = 0;
        for (double x : a) s += x;
        return s;
    }
}
