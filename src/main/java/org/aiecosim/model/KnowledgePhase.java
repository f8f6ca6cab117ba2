package org.aiecosim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 2: labs spend on R&amp;D and gain know-how by their own research (with diminishing returns,
 * square root of spend relative to a reference), by absorbing part of their gap to the public
 * frontier, and, for owners of open families, from last month's community contributions. Then
 * unpublished know-how leaks towards the public frontier.
 */
final class KnowledgePhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        KnowledgeParams p = m.groups.knowledge();
        double productivity = p.rdProductivity();
        double reference = p.rdReference();
        double absorption = p.absorption();
        double rdShare = m.groups.economy().rdBudgetShare();
        double community = p.communityEffect();
        double communityScale = p.communityScale();
        double publicLevel = m.knowledge.level();
        double bestPrivate = Double.NEGATIVE_INFINITY;
        for (Lab l : m.labs) {
            if (!l.active(m.month)) continue;
            l.rdSpend = rdShare * Math.max(0, l.budget);
            l.budget -= l.rdSpend;
            double own = productivity * m.regions[l.region].policy.talent() * Math.sqrt(l.rdSpend / reference);
            double absorbed = absorption * Math.max(0, publicLevel - l.knowhow);
            double fromCommunity = community * Math.log1p(l.contributions / communityScale);
            l.knowhow += own + absorbed + fromCommunity;
            bestPrivate = Math.max(bestPrivate, l.knowhow);
        }
        m.knowledge.leak(bestPrivate, p.closedLeakage());
    }
}
