package org.aiecosim.model;

import org.aiecosim.model.demand.Pricing;
import org.aiecosim.model.lineage.BaseChoice;
import org.aiecosim.model.strategy.QuantalResponse;
import org.aiecosim.model.strategy.ReleasePayoffs;
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
 * derivatives. The lab then decides open or closed by quantal response over expected payoffs; an open release publishes
 * its know-how. Afterwards every lab's price is set against the new frontier.
 */
final class ReleasePhase implements Steppable {
    private static final long serialVersionUID = 2L;

    // Options of the base choice, reused month to month.
    private double[] optionCapability, optionCost, optionLicence, optionDerivatives, optionAdmissible, weights;
    private int[] optionLab;

    /** First release dates and prices, drawn at the start of a run. */
    static void initialise(AiEcosystem m) {
        for (Lab l : m.labs) {
            int interval = m.groups.labKind(l.kind).releaseInterval();
            l.nextRelease = l.entryMonth + 1 + m.random.nextInt(interval);
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
            decide(m, l, openAllowed, sensitivity);
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

    /**
     * Open or closed by quantal response over the payoffs the lab expects in each mode
     * ({@link ReleasePayoffs}, {@link QuantalResponse}): demand forecast from a fixed sample of
     * developers ({@link DemandForecast}), prices as they would be set ({@link #closedPrice},
     * {@link #openPrice}), the one-time cost of the know-how lead given away growing with the rivals
     * the release would lift within reach. A forbidden option is never taken.
     */
    private static void decide(AiEcosystem m, Lab l, boolean openAllowed, double sensitivity) {
        ReleaseParams rp = m.groups.release();
        EconomyParams e = m.groups.economy();
        LabKindParams kp = m.groups.labKind(l.kind);
        DeveloperChoice choice = DeveloperChoice.of(m.groups);
        m.forecast.prepare(m.month, m.developers, m.menu, m.barrier, choice);
        Pricing pricing = pricing(m);
        ScalingLaw law = m.groups.training().scaling();
        double serving = pricing.servingCost(law.effectiveCompute(l.capability), l.knowhow);
        double familyDerivatives = m.ledger.derivatives(l.family);
        double ecosystemTerm = m.groups.developers().ecosystemWeight() * Math.log1p(familyDerivatives);
        double closedPrice = closedPrice(m, l, serving, pricing);
        double openPrice = pricing.openHostingPrice(serving, familyDerivatives);
        double market = m.developers.adoptedCount * m.groups.developers().represented() / 1e6;
        double closedUsers = market * m.forecast.share(l, l.capability, closedPrice, false, m.developers, m.menu, m.barrier, m.regions, ecosystemTerm, choice);
        double openUsers = market * m.forecast.share(l, l.capability, openPrice, true, m.developers, m.menu, m.barrier, m.regions, ecosystemTerm, choice);
        int rivals = 0;
        for (Lab other : m.labs) {
            if (other == l || !other.active(m.month)) continue;
            if (other.capability < l.capability - rp.reachBand() && m.regions[other.region].policy.baseAdmissible(l.region) > 0) rivals++;
        }
        double lead = Math.max(0, l.knowhow - m.knowledge.level());
        ReleasePayoffs payoffs = new ReleasePayoffs(e.openServiceShare(), rp.adopterValue(), rp.reputationValue(), rp.spilloverCost());
        double horizon = kp.releaseInterval();
        l.attractionClosed = payoffs.closed(horizon, closedPrice, closedUsers);
        l.attractionOpen = payoffs.open(horizon, openPrice, openUsers, kp.complementValue(),
                m.regions[l.region].policy.openSupport(), lead, rivals);
        double p = QuantalResponse.probabilityOpen(l.attractionOpen, l.attractionClosed, sensitivity);
        l.open = m.random.nextDouble() < p && openAllowed;
    }

    /** The pricing rules of the current parameters. */
    static Pricing pricing(AiEcosystem m) {
        EconomyParams e = m.groups.economy();
        LineageParams lp = m.groups.lineage();
        ScalingLaw law = m.groups.training().scaling();
        return new Pricing(e.competitionBand(), e.maxMarkup(), e.hostMargin(), lp.servingHalf(), lp.servingExponent(),
                e.servingCost(), law.referenceCompute(), e.servingKnowhowWeight());
    }

    /**
     * A closed model's price: serving cost plus the logit (Bertrand&ndash;Nash) markup 1/(&alpha;(1 &minus; s)),
     * s its share of the developers on models within the competition band of its capability (Berry 1994).
     */
    static double closedPrice(AiEcosystem m, Lab l, double serving, Pricing pricing) {
        double band = m.groups.economy().competitionBand();
        double inBand = 0;
        for (Lab other : m.labs) {
            if (other.active(m.month) && Math.abs(other.capability - l.capability) <= band) inBand += other.adopters;
        }
        double share = inBand > 0 ? l.adopters / inBand : 1;
        return pricing.closedPrice(serving, m.developers.meanPriceSensitivity, share);
    }

    /**
     * Prices: an open model costs what competing hosts charge to serve it (serving cost plus margin,
     * lower as its family's ecosystem grows); a closed one its owner's price with a markup that falls
     * with competition close to its capability.
     */
    static void setPrices(AiEcosystem m) {
        Pricing pricing = pricing(m);
        ScalingLaw law = m.groups.training().scaling();
        for (Lab l : m.labs) {
            double serving = pricing.servingCost(law.effectiveCompute(l.capability), l.knowhow);
            l.servingCost = serving;
            l.price = l.open ? pricing.openHostingPrice(serving, m.ledger.derivatives(l.family))
                    : closedPrice(m, l, serving, pricing);
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
