package org.aiecosim.model;

import org.aiecosim.model.knowledge.AbsorptiveCapacity;
import org.aiecosim.model.knowledge.DirectedResearch;
import org.aiecosim.model.knowledge.Distillation;
import org.aiecosim.model.knowledge.ResearchProduction;
import org.aiecosim.model.lineage.EcosystemEffects;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 2: labs do research and gain know-how (decades of algorithmic efficiency) through four
 * separate channels, then unpublished know-how leaks towards the public frontier (papers, staff):
 * <ol>
 * <li><b>own research</b>, semi-endogenous (Jones 1995; Bloom et al. 2020): research effort combines
 *     researchers (R&amp;D spend) and experimental compute (the lab's compute stock),
 *     and each decade of know-how makes it harder ({@link ResearchProduction}). The share of effort on
 *     compute-saving work rises with the lab's shadow price of compute when caps or short supply bind
 *     ({@link DirectedResearch}); chip budget that could not buy chips goes to research;</li>
 * <li><b>absorption</b> of the public frontier as it stood {@code knowledge.spilloverLag} months ago,
 *     scaled by absorptive capacity, which rises with own effort ({@link AbsorptiveCapacity});</li>
 * <li><b>distillation</b> from the best closed model whose API the lab's region is offered (or reaches
 *     through intermediaries), less what terms of service prevent ({@link Distillation});</li>
 * <li>for the root of a model family, a bounded gain from its family's recent derivatives
 *     ({@link EcosystemEffects#ownerKnowhowGain}).</li>
 * </ol>
 */
final class KnowledgePhase implements Steppable {
    private static final long serialVersionUID = 2L;

    private double[] bestClosedByOrigin;

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        KnowledgeParams p = m.groups.knowledge();
        ResearchProduction research = p.research();
        AbsorptiveCapacity absorptive = p.absorptive();
        Distillation distillation = p.distillation();
        DirectedResearch directed = p.directed();
        EcosystemEffects ecosystem = m.groups.lineage().ecosystem();
        double rdShare = m.groups.economy().rdBudgetShare();
        double toResearch = m.groups.economy().blockedBudgetToResearch();
        double workaround = p.distillationWorkaround();
        double s0 = p.efficiencyShare();

        m.ledger.decay(m.groups.lineage().recentDecay());
        m.spillover.record(m.month, m.knowledge.level());
        double publicLagged = m.spillover.lagged(m.month);
        int nr = m.regions.length;
        if (bestClosedByOrigin == null) bestClosedByOrigin = new double[nr];
        java.util.Arrays.fill(bestClosedByOrigin, Double.NEGATIVE_INFINITY);
        for (Lab l : m.labs) {
            if (l.active(m.month) && !l.open) bestClosedByOrigin[l.region] = Math.max(bestClosedByOrigin[l.region], l.knowhow);
        }

        double bestPrivate = Double.NEGATIVE_INFINITY;
        for (Lab l : m.labs) {
            l.knowhowGain = 0;
            if (!l.active(m.month)) continue;
            // Money that caps kept from buying chips is reallocated to research, not hoarded.
            l.rdSpend = rdShare * Math.max(0, l.budget) + toResearch * Math.min(l.blockedBudget, Math.max(0, l.budget));
            l.budget -= l.rdSpend;
            // Experimental compute: the lab's compute stock (experiments share it with training runs
            // between releases; tying it to the training share would starve research once that share reaches 1).
            double effort = research.effort(l.rdSpend, l.compute);
            l.researchEffort = effort;
            l.efficiencyShare = directed.efficiencyShare(l.shadowPriceRatio);
            // Compute-saving effort relative to the unconstrained split: 1 when compute is not scarce.
            double knowhowEffort = effort * l.efficiencyShare / s0;
            double before = l.knowhow;
            double own = research.advance(before, knowhowEffort, m.regions[l.region].policy.talent()) - before;
            double absorbed = absorptive.gain(before, publicLagged, effort);
            double distilled = 0;
            RegionPolicy policy = m.regions[l.region].policy;
            for (int o = 0; o < nr; o++) {
                if (bestClosedByOrigin[o] == Double.NEGATIVE_INFINITY) continue;
                double access = policy.apiAccess(o);
                access += (1 - access) * workaround;
                distilled = Math.max(distilled, distillation.gain(before, bestClosedByOrigin[o], access));
            }
            double fromFamily = ecosystem.ownerKnowhowGain(m.ledger.recentDerivatives(l.index));
            l.knowhowGain = own + absorbed + distilled + fromFamily;
            l.knowhow = before + l.knowhowGain;
            bestPrivate = Math.max(bestPrivate, l.knowhow);
        }
        m.knowledge.leak(bestPrivate, p.closedLeakage());
    }
}
