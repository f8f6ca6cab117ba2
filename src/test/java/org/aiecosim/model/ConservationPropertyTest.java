package org.aiecosim.model;

import org.junit.jupiter.api.Test;
import sim.engine.Steppable;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property test over random scenarios (seeded): every month, chips, money and developers are
 * conserved. Each scenario draws 1–4 regions with random export access, leakage, domestic output,
 * capital and channel shares, 1–5 labs per region of random kind, size, openness and entry month.
 */
class ConservationPropertyTest {

    private static final int SCENARIOS = 30;
    private static final int MONTHS = 24;
    private static final double REL = 1e-9;

    @Test
    void chipsMoneyAndDevelopersAreConservedEveryMonth() {
        Random rng = new Random(20261125L);
        int checkedMonths = 0, monthsWithEmptyRegion = 0, monthsAtFloor = 0, monthsCleared = 0;
        for (int s = 0; s < SCENARIOS; s++) {
            ModelConfig config = randomScenario(rng, s);
            AiEcosystem m = new AiEcosystem(config, rng.nextLong());
            int[] counts = new int[4];
            String where = "scenario " + s;
            m.addObserver((Steppable) state -> check((AiEcosystem) state, where, counts));
            m.runToEnd();
            assertEquals(MONTHS, counts[0], "observer ran every month of " + where);
            checkedMonths += counts[0];
            monthsWithEmptyRegion += counts[1];
            monthsAtFloor += counts[2];
            monthsCleared += counts[3];
        }
        assertEquals(SCENARIOS * MONTHS, checkedMonths);
        // the generator reaches the cases that matter
        assertTrue(monthsWithEmptyRegion > 0, "some region without an active lab");
        assertTrue(monthsAtFloor > 0 && monthsCleared > 0, "markets at the price floor and markets that clear: "
                + monthsAtFloor + ", " + monthsCleared);
    }

    private static void check(AiEcosystem m, String scenario, int[] counts) {
        int month = m.month();
        String at = scenario + ", month " + month;
        counts[0]++;

        // (a) chips: frontier chips allocated + unsold = supply
        ChipAllocation a = m.lastAllocation;
        double allocated = 0;
        for (int i = 0; i < m.labCount(); i++) {
            double f = a.frontier()[i];
            assertTrue(f >= 0, at);
            if (!m.lab(i).active(month)) assertEquals(0, f + a.domestic()[i], 0, "inactive lab gets no chips, " + at);
            assertTrue(a.spending()[i] <= a.bids()[i] * (1 + REL) + 1e-12, "spends at most its bid, " + at);
            allocated += f;
        }
        assertEquals(m.chipSupply(), allocated + a.unsold(), REL * m.chipSupply(), "chips, " + at);
        counts[a.unsold() > 0 ? 2 : 3]++;

        // (b) money: each region's capital reaches its labs in full through the three channels when
        // it has an active lab; otherwise all of it stays unallocated (its labs receive nothing)
        int nr = m.regionNames().size();
        boolean emptyRegion = false;
        for (int r = 0; r < nr; r++) {
            double funded = 0;
            boolean active = false;
            for (int i = 0; i < m.labCount(); i++) {
                Lab l = m.lab(i);
                if (l.region != r) continue;
                active |= l.active(month);
                assertTrue(l.fundingVenture() >= 0 && l.fundingParent() >= 0 && l.fundingState() >= 0, at);
                assertEquals(l.fundingVenture() + l.fundingParent() + l.fundingState(), l.funding(), 0, at);
                funded += l.fundingVenture() + l.fundingParent() + l.fundingState();
            }
            double capital = m.region(r).capital();
            if (active) {
                assertEquals(capital, funded, REL * capital, "funding of region " + r + " = its capital, " + at);
            } else {
                emptyRegion = true;
                assertEquals(0, funded, 0, "region " + r + " without active labs funds nothing, " + at);
            }
        }
        if (emptyRegion) counts[1]++;

        // (c) developers: adopters by lab sum to the adopted count, which is at most the population,
        // and adopters by region and lab sum to adopters by lab
        DeveloperPopulation d = m.developers();
        long byLabs = 0;
        for (int i = 0; i < m.labCount(); i++) {
            int lab = m.lab(i).adopters();
            assertTrue(lab >= 0, at);
            byLabs += lab;
            long byRegion = 0;
            for (int r = 0; r < nr; r++) {
                assertTrue(d.adopters(r, i) >= 0, at);
                byRegion += d.adopters(r, i);
            }
            assertEquals(lab, byRegion, "adopters of lab " + i + " by region, " + at);
        }
        assertEquals(d.adoptedCount(), byLabs, "adopters by lab, " + at);
        assertTrue(d.adoptedCount() <= d.size(), at);
    }

    private static final String[] NAMES = {"North", "South", "East", "West"};

    private static ModelConfig randomScenario(Random rng, int s) {
        int nr = 1 + rng.nextInt(4);
        List<String> regions = List.of(NAMES).subList(0, nr);
        Parameters p = new Parameters(ParameterCatalog.forRegions(regions));
        p.set("developers.count", 150 + rng.nextInt(150));
        // half the scenarios with scarce chips (the price clears above the floor), half with plenty
        p.set("market.supply0", rng.nextBoolean() ? 500 + rng.nextDouble() * 5000 : 50_000 + rng.nextDouble() * 200_000);
        p.set("market.demandElasticity", 0.5 + rng.nextDouble() * 1.5);
        for (String r : regions) {
            String k = "region." + r + ".";
            p.set(k + "chipAccess", rng.nextDouble());
            p.set(k + "leakage", rng.nextDouble() * 0.5);
            p.set(k + "domesticOutput", rng.nextBoolean() ? 0 : rng.nextDouble() * 5000);
            p.set(k + "capital", 10 + rng.nextDouble() * 2000);
            // parentShare + stateShare must stay <= 1: each is accepted in [0,1] alone, but a larger sum
            // makes the venture flow negative and EconomyPhase throws (reported, not fixed here)
            double parent = rng.nextDouble() * 0.6, state = rng.nextDouble() * (1 - parent);
            p.set(k + "parentShare", parent);
            p.set(k + "stateShare", state);
            p.set(k + "developerShare", 0.05 + 0.95 * rng.nextDouble());
        }
        List<LabSpec> labs = new ArrayList<>();
        LabKind[] kinds = LabKind.values();
        for (String r : regions) {
            int n = 1 + rng.nextInt(5);
            // some regions' labs all enter late, so the region has no active lab for a while
            int regionEntry = rng.nextInt(4) == 0 ? 6 + rng.nextInt(12) : 0;
            for (int i = 0; i < n; i++) {
                LabKind kind = kinds[rng.nextInt(kinds.length)];
                double budget = Math.pow(10, 1 + 3 * rng.nextDouble());
                double compute = Math.pow(10, 2 + 3 * rng.nextDouble());
                int entry = regionEntry > 0 ? regionEntry + rng.nextInt(3) : (rng.nextInt(3) == 0 ? rng.nextInt(MONTHS) : 0);
                labs.add(new LabSpec(r + "-" + i, r, kind, compute, budget, -0.4 + 0.5 * rng.nextDouble(),
                        880 + 200 * rng.nextDouble(), rng.nextBoolean(), entry));
            }
        }
        return new ModelConfig(YearMonth.of(2022, 1), MONTHS, p, labs, List.of(), List.of());
    }
}
