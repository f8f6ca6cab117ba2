package org.aiecosim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3: labs whose release month has come train a model and release it.
 *
 * <p>Training uses the share {@code training.computeShare} (growing by {@code training.computeShareGrowth}
 * a month, at most 1) of the compute-months accumulated since the last release; effective compute = physical FLOP × 10^know-how, turned into capability by the
 * {@link ScalingLaw}. A lab may instead fine-tune the best open foundation model (open weights
 * persist), so open releases raise followers' floor. The lab then decides open or closed ({@link ReleaseDecision});
 * an open release publishes its know-how. Afterwards every lab's price is set against the new frontier.
 */
final class ReleasePhase implements Steppable {
    private static final long serialVersionUID = 1L;

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
        ScalingLaw law = t.scaling();
        double share = Math.min(1.0, t.computeShare() * Math.pow(1 + t.computeShareGrowth(), m.month));
        double flopPerMonth = m.groups.market().flopPerH100eMonth();
        double fineTune = t.fineTuneGain();
        double sensitivity = m.groups.release().choiceSensitivity();
        double openReputation = m.groups.economy().openReputation();
        for (Lab l : m.labs) {
            if (!l.active(m.month) || m.month < l.nextRelease) continue;
            double flop = share * l.computeSinceRelease * flopPerMonth;
            double trained = law.capability(flop * Math.pow(10, l.knowhow));
            // Fine-tunes build on the best open foundation model, not on other fine-tunes, so the
            // floor does not ratchet up release after release.
            double tuned = Double.isNaN(m.bestOpenFoundation) ? Double.NEGATIVE_INFINITY : m.bestOpenFoundation + fineTune;
            boolean foundation = trained >= tuned;
            l.capability = Math.max(l.capability, Math.max(trained, tuned));
            l.trainingFlop = flop;
            boolean openAllowed = l.capability <= m.regions[l.region].policy.openWeightLimit();
            l.open = ReleaseDecision.chooseOpen(l.attractionOpen, l.attractionClosed, sensitivity, openAllowed, m.random);
            if (l.open) {
                l.leadGivenAway = m.knowledge.publish(l.knowhow);
                l.reputation += openReputation;
                l.openReleases++;
                m.noteOpenModel(l, foundation);
                m.largestOpenTraining = Math.max(m.largestOpenTraining, flop);
            } else {
                l.leadGivenAway = 0;
            }
            m.largestTraining = Math.max(m.largestTraining, flop);
            l.releases++;
            l.computeSinceRelease = 0;
            l.nextRelease = m.month + m.groups.labKind(l.kind).releaseInterval();
            m.releaseLog.record(m.month, l.region, l.kind, l.open);
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
        for (Lab l : m.labs) {
            l.price = l.open ? hosting : closedPrice * Math.exp(premium * (l.capability - frontier) / 100.0);
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
