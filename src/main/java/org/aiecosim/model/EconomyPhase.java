package org.aiecosim.model;

import org.aiecosim.model.capital.FundingChannels;
import org.aiecosim.model.capital.Valuation;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 5: labs collect revenue, policy support and funding; budgets follow. A closed model earns
 * its price times its users (API); an open one its owner's share of what developers spend on hosting
 * it; a lab whose current model is open receives its region's open-source policy support. The
 * release decision itself is taken at each release from expected payoffs ({@link ReleasePhase}).
 */
final class EconomyPhase implements Steppable {
    private static final long serialVersionUID = 3L;

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        EconomyParams e = m.groups.economy();
        double represented = m.groups.developers().represented() / 1e6;
        double serviceShare = e.openServiceShare();
        double decay = e.reputationDecay();
        double frontier = m.frontierCapability();
        fund(m, frontier);
        for (Lab l : m.labs) {
            l.policySupport = 0;
            if (!l.active(m.month)) continue;
            double users = l.adopters * represented;
            l.revenue = l.open ? serviceShare * l.price * users : l.price * users;
            l.policySupport = l.open ? m.regions[l.region].policy.openSupport() : 0;
            l.budget += l.revenue + l.policySupport + l.funding;
            l.reputation *= 1 - decay;
        }
    }

    // Funding state, kept from month to month: capital each lab has raised per channel so far.
    private double[] ventureRaised, stateRaised;
    private transient double[] fitness, parentFunding, venture, parent, state, ventureFlow, stateFlow, unallocated;
    private transient double[] parentBudget, parentFlow;
    private transient int[] region;
    private transient boolean[] eligible;

    /**
     * Each region's capital reaches its labs through three channels ({@link FundingChannels}): big-tech
     * parents fund their own labs (a region's parent share, split among its big-tech labs by their
     * starting budget, the size of the parent); state and guidance funds spread their share widely;
     * venture and public-market investors share the rest by a valuation concave in revenue and
     * falling with distance to the frontier ({@link Valuation}), with returns falling in the capital a
     * lab has already raised (Bianconi &amp; Barab&aacute;si 2001 fitness, without preferential attachment).
     */
    private void fund(AiEcosystem m, double frontier) {
        int n = m.labs.length, nr = m.regions.length;
        if (ventureRaised == null) {
            ventureRaised = new double[n];
            stateRaised = new double[n];
        }
        if (fitness == null) {
            fitness = new double[n];
            parentFunding = new double[n];
            venture = new double[n];
            parent = new double[n];
            state = new double[n];
            region = new int[n];
            eligible = new boolean[n];
            ventureFlow = new double[nr];
            stateFlow = new double[nr];
            unallocated = new double[FundingChannels.CHANNELS];
            parentBudget = new double[nr];
            parentFlow = new double[nr];
        }
        CapitalParams c = m.groups.capital();
        Valuation valuation = c.valuation();
        java.util.Arrays.fill(parentBudget, 0);
        for (Lab l : m.labs) {
            region[l.index] = l.region;
            eligible[l.index] = l.active(m.month);
            fitness[l.index] = eligible[l.index]
                    ? valuation.fitness(m.groups.labKind(l.kind).fundingWeight() * (1 + l.reputation), l.revenue, l.capability, frontier)
                    : 0;
            if (eligible[l.index] && l.kind == LabKind.BIGTECH) parentBudget[l.region] += l.initialBudget;
        }
        for (Region r : m.regions) parentFlow[r.index] = parentBudget[r.index] > 0 ? r.policy.parentShare() * r.capital : 0;
        // Parents first, then state funds from what is left (shares that add up to more than 1 are
        // capped, so no channel's flow is ever negative); investors get the rest.
        for (Lab l : m.labs) {
            parentFunding[l.index] = eligible[l.index] && l.kind == LabKind.BIGTECH
                    ? parentFlow[l.region] * l.initialBudget / parentBudget[l.region] : 0;
        }
        for (Region r : m.regions) {
            // With no big-tech lab in the region, what parents would have put in goes through investors.
            stateFlow[r.index] = Math.min(r.policy.stateShare() * r.capital, r.capital - parentFlow[r.index]);
            ventureFlow[r.index] = Math.max(0, r.capital - stateFlow[r.index] - parentFlow[r.index]);
        }
        c.channels().fund(ventureFlow, stateFlow, parentFunding, region, fitness, eligible, ventureRaised, stateRaised,
                venture, parent, state, unallocated);
        for (Lab l : m.labs) {
            l.fundingVenture = venture[l.index];
            l.fundingParent = parent[l.index];
            l.fundingState = state[l.index];
            l.funding = l.fundingVenture + l.fundingParent + l.fundingState;
        }
    }
}
