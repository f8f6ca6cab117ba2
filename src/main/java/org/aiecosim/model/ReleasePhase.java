package org.aiecosim.model;

import org.aiecosim.model.lineage.BaseChoice;
import org.aiecosim.model.lineage.EcosystemEffects;
import org.aiecosim.model.lineage.PostTraining;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3: labs whose release month has come train a model and release it.
 *
 * <p>Training uses the share {@code training.computeShare} (growing by {@code training.computeShareGrowth}
 * a month, at most 1) of the compute-months accumulated since the last release. A lab either trains
 * from scratch (effective compute = physical FLOP &times; 10^know-how, turned into capability by the
 * {@link ScalingLaw}) or builds on one of the open bases it may use: every lab's best open weights stay
 * available. Which, it chooses by a logit over the resulting capability, the base's serving cost
 * (size), its licence, the size of its derivative family and its admissibility in the lab's region,
 * against the value of a family of its own ({@link BaseChoice}). A model built on a base has the
 * capability of the base's effective compute plus the lab's post-training compute at its own
 * know-how ({@link PostTraining}); it belongs to the base's family and counts as one of its
 * derivatives. The lab then decides open or closed ({@link ReleaseDecision}); an open release publishes
 * its know-how. Afterwards every lab's price is set against the new frontier.
 */
final class ReleasePhase implements Steppable {
    private static final long serialVersionUID = 2L;

    // Options of the base choice, reused month to month.
    private double[] optionCapability, optionCost, optionLicence, optionDerivatives, optionAdmissible, weights;
    private int[] optionLab;

    /** First release dates, initial attractions and prices, drawn at the start of a run. */
    static void initialise(AiEcosystem m) {
        for (Lab l : m.labs) {
            LabKindParams kp = m.groups.labKind(l.kind);
            int interval = kp.releaseInterval();
            l.nextRelease = l.entryMonth + 1 + m.random.nextInt(interval);
            double[] a = ReleaseDecision.initialAttractions(kp.openPrior(), 0.02);
            l.attractionOpen = a[0];
            l.attractionClosed = a[1];
        }
        setPrices(m);
    }

    @Override
    public void step(SimState state) {
        AiEcosystem m = (AiEcosystem) state;
        TrainingParams t = m.groups.training();
        LineageParams lp = m.groups.lineage();
        ScalingLaw law = t.scaling();
        PostTraining post = lp.postTraining(law);
        EcosystemEffects ecosystem = lp.ecosystem();
        double share = t.shareAt(m.month);
        double flopPerMonth = m.groups.market().flopPerH100eMonth();
        double sensitivity = m.groups.release().choiceSensitivity();
        double openReputation = m.groups.economy().openReputation();
        int n = m.labs.length;
        if (optionLab == null) {
            optionCapability = new double[n];
            optionCost = new double[n];
            optionLicence = new double[n];
            optionDerivatives = new double[n];
            optionAdmissible = new double[n];
            weights = new double[n];
            optionLab = new int[n];
        }
        for (Lab l : m.labs) {
            if (!l.active(m.month) || m.month < l.nextRelease) continue;
            double flop = share * l.computeSinceRelease * flopPerMonth;
            double scratch = law.capability(flop * Math.pow(10, l.knowhow));
            RegionPolicy policy = m.regions[l.region].policy;
            int options = 0;
            for (Lab b : m.labs) {
                if (b == l || Double.isNaN(b.openCapability) || !b.active(m.month)) continue;
                int family = b.openFamily;
                double derivatives = m.ledger.derivatives(family);
                optionLab[options] = b.index;
                optionCapability[options] = post.capability(b.openCapability, flop, l.knowhow);
                // Serving cost in decades: size grows with the square root of training compute
                // (compute-optimal training, Hoffmann et al. 2022), less what the family's ecosystem saves.
                optionCost[options] = 0.5 * (b.openCapability - law.referenceCapability()) / law.slope()
                        + Math.log10(ecosystem.servingCostFactor(derivatives));
                optionLicence[options] = m.groups.labKind(b.kind).licence();
                optionDerivatives[options] = derivatives;
                optionAdmissible[options] = policy.baseAdmissible(b.region);
                options++;
            }
            BaseChoice choice = new BaseChoice(lp.capabilitySensitivity(), lp.servingCostWeight(), lp.licenceWeight(),
                    lp.ecosystemWeight(), 0, m.groups.labKind(l.kind).scratchPremium());
            int chosen = choice.choose(scratch, optionCapability, optionCost, optionLicence, optionDerivatives,
                    optionAdmissible, options, weights, m.random);
            Lab base = chosen >= 0 ? m.labs[optionLab[chosen]] : null;
            double built = base == null ? scratch : optionCapability[chosen];
            l.trainingFlop = flop;
            // Foreign by the origin of the family's root (whose foundation it stands on).
            l.foreignBase = base != null && m.labs[base.openFamily].region != l.region;
            // A lab never releases a model worse than the one it has: it keeps its model (and family).
            if (built >= l.capability) {
                l.capability = built;
                l.base = base == null ? -1 : base.index;
                l.family = base == null ? l.index : base.openFamily;
                l.totalFlop = base == null ? flop : flop + base.openTotalFlop;
                if (base != null) m.ledger.addDerivative(base.openFamily, l.region);
            }
            boolean openAllowed = l.capability <= policy.openWeightLimit();
            l.open = ReleaseDecision.chooseOpen(l.attractionOpen, l.attractionClosed, sensitivity, openAllowed, m.random);
            if (l.open) {
                l.leadGivenAway = m.knowledge.publish(l.knowhow);
                l.reputation += openReputation;
                l.openReleases++;
                m.noteOpenModel(l);
                m.largestOpenTraining = Math.max(m.largestOpenTraining, flop);
            } else {
                l.leadGivenAway = 0;
            }
            m.largestTraining = Math.max(m.largestTraining, flop);
            l.releases++;
            l.computeSinceRelease = 0;
            l.nextRelease = m.month + m.groups.labKind(l.kind).releaseInterval();
            m.releaseLog.record(m.month, l.region, l.kind, l.open, l.foreignBase);
        }
        setPrices(m);
        recordHistory(m);
    }

    /** Closed models charge more the closer they are to the frontier; open ones cost their hosting. */
    static void setPrices(AiEcosystem m) {
        EconomyParams e = m.groups.economy();
        double frontier = m.frontierCapability();
        double closedPrice = e.closedPrice();
        double premium = e.capabilityPremium();
        double hosting = e.openHostingCost();
        EcosystemEffects ecosystem = m.groups.lineage().ecosystem();
        for (Lab l : m.labs) {
            // Open weights are served by competing hosts; the family's ecosystem (quantisations,
            // optimised kernels) lowers the cost of serving them.
            l.price = l.open ? hosting * ecosystem.servingCostFactor(m.ledger.derivatives(l.family))
                    : closedPrice * Math.exp(premium * (l.capability - frontier) / 100.0);
        }
    }

    private static void recordHistory(AiEcosystem m) {
        double closedBest = Double.NaN;
        double[] regionBest = new double[m.regions.length];
        java.util.Arrays.fill(regionBest, Double.NaN);
        for (Lab l : m.labs) {
            if (!l.active(m.month)) continue;
            if (!l.open && (Double.isNaN(closedBest) || l.capability > closedBest)) closedBest = l.capability;
            if (Double.isNaN(regionBest[l.region]) || l.capability > regionBest[l.region]) regionBest[l.region] = l.capability;
        }
        m.history.record(m.month, closedBest, regionBest);
    }
}
