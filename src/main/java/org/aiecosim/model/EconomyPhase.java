package org.aiecosim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 5: labs collect revenue and funding; budgets follow; each lab observes this month's payoff
 * of its current release mode and learns (own payoff for the mode it uses, capability-weighted
 * peers' payoffs for the other).
 *
 * <p>Payoffs in $M/month: closed = API revenue; open = service revenue + value of adopters
 * (talent, data, ecosystem) + the region's policy support + reputation value − cost of the know-how
 * lead given to rivals. Payoffs are divided by the lab's budget so large and small labs compare.
 */
final class EconomyPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private double[] normalisedPayoff;

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        EconomyParams e = m.groups.economy();
        ReleaseParams r = m.groups.release();
        double represented = m.groups.developers().represented() / 1e6;
        double serviceShare = e.openServiceShare();
        double adopterValue = r.adopterValue();
        double spillover = r.spilloverCost();
        double reputationValue = r.reputationValue();
        double decay = e.reputationDecay();
        double frontier = m.frontierCapability();
        fund(m, frontier);
        if (normalisedPayoff == null) normalisedPayoff = new double[m.labs.length];
        for (Lab l : m.labs) {
            if (!l.active(m.month)) continue;
            double users = l.adopters * represented;
            l.revenue = l.open ? serviceShare * l.price * users : l.price * users;
            l.budget += l.revenue + l.funding;
            l.payoff = l.open
                    ? l.revenue + adopterValue * users + m.regions[l.region].policy.openSupport() + reputationValue - spillover * l.leadGivenAway
                    : l.revenue;
            normalisedPayoff[l.index] = l.payoff / Math.max(1.0, l.budget);
            l.reputation *= 1 - decay;
        }
        learn(m, r);
    }

    /** Region capital goes to its active labs by kind weight, closeness to the frontier and reputation. */
    private static void fund(AiEcosystem m, double frontier) {
        double bandwidth = m.groups.economy().fundingBandwidth();
        double[] total = new double[m.regions.length];
        double[] weight = new double[m.labs.length];
        for (Lab l : m.labs) {
            l.funding = 0;
            if (!l.active(m.month)) continue;
            weight[l.index] = m.groups.labKind(l.kind).fundingWeight()
                    * Math.exp(-(frontier - l.capability) / bandwidth) * (1 + l.reputation);
            total[l.region] += weight[l.index];
        }
        for (Lab l : m.labs) {
            if (total[l.region] > 0) l.funding = m.regions[l.region].capital * weight[l.index] / total[l.region];
        }
    }

    private void learn(AiEcosystem m, ReleaseParams p) {
        double rate = p.learningRate();
        double peerWeight = p.peerWeight();
        double bandwidth = p.peerBandwidth();
        for (Lab l : m.labs) {
            if (!l.active(m.month)) continue;
            double own = normalisedPayoff[l.index];
            double sum = 0, weights = 0;
            for (Lab peer : m.labs) {
                if (peer == l || !peer.active(m.month) || peer.open == l.open) continue;
                double w = Math.exp(-Math.abs(peer.capability - l.capability) / bandwidth);
                sum += w * normalisedPayoff[peer.index];
                weights += w;
            }
            double forgone = weights > 1e-9 ? sum / weights : Double.NaN;
            if (l.open) {
                l.attractionOpen = ReleaseDecision.learn(l.attractionOpen, own, rate);
                if (!Double.isNaN(forgone)) l.attractionClosed = ReleaseDecision.learn(l.attractionClosed, forgone, rate * peerWeight);
            } else {
                l.attractionClosed = ReleaseDecision.learn(l.attractionClosed, own, rate);
                if (!Double.isNaN(forgone)) l.attractionOpen = ReleaseDecision.learn(l.attractionOpen, forgone, rate * peerWeight);
            }
        }
    }
}
