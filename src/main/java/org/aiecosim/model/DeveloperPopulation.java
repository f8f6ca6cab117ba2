package org.aiecosim.model;

import ec.util.MersenneTwisterFast;

import java.io.Serializable;

/**
 * The developer population as a structure of arrays: one primitive array per attribute, indexed by
 * developer, so a month's step is a loop over arrays with no objects and no allocation.
 *
 * <p>Each month a non-adopter adopts with the Bass probability of {@link BassHazard}, where {@code p}
 * is the innovation (external) hazard, {@code q} the imitation hazard and {@code f} the share of its
 * contacts already adopting (or of the whole population when imitation is global: then the expected
 * path is the Bass curve). It then picks a model by {@link DeveloperChoice}. Adopters re-evaluate at a
 * fixed rate and may switch; adopters of open models contribute back and publish derivatives.
 * Adoption is synchronous: contacts' adoption counts are updated after the whole month's pass, so
 * the order of developers does not matter.
 */
public final class DeveloperPopulation implements Serializable {
    private static final long serialVersionUID = 1L;

    final int size;
    final byte[] region;
    final byte[] kind;
    final float[] need;
    final float[] priceSensitivity;
    final float[] openPreference;
    /** Lab whose model family the developer builds on, -1 when none. */
    final int[] model;
    final int[] adoptingContacts;
    final SocialNetwork network;

    /**
     * Adopters by developer region and lab ({@code regionCount * labCount}, row = region), kept up to
     * date on every adoption and switch so observers need no pass over the population.
     */
    final int[] adoptersByRegionAndLab;
    /** Adopters by developer kind and lab, kept like {@link #adoptersByRegionAndLab}. */
    final int[] adoptersByKindAndLab;
    final int labCount;
    /** Derivatives developers published this month, by lab whose model they built on and developer region. */
    final int[] derivativesByLabAndRegion;
    final int[] newAdopters;
    final double[] utility;
    /** Monthly adoption probability by degree and adopting contacts (see {@link #bassTable}). */
    private transient double[] bassProbability;
    int adoptedCount;
    int switchesThisMonth;
    int adoptionsThisMonth;

    DeveloperPopulation(ParameterGroups g, int regionCount, int labCount, MersenneTwisterFast random) {
        DeveloperParams p = g.developers();
        size = p.count();
        region = new byte[size];
        kind = new byte[size];
        need = new float[size];
        priceSensitivity = new float[size];
        openPreference = new float[size];
        model = new int[size];
        adoptingContacts = new int[size];
        newAdopters = new int[size];
        utility = new double[labCount];
        derivativesByLabAndRegion = new int[labCount * regionCount];
        this.labCount = labCount;
        adoptersByRegionAndLab = new int[regionCount * labCount];
        adoptersByKindAndLab = new int[DeveloperKind.values().length * labCount];
        java.util.Arrays.fill(model, -1);

        double[] regionWeight = new double[regionCount];
        for (int r = 0; r < regionWeight.length; r++) regionWeight[r] = g.region(r).developerShare();
        DeveloperKind[] kinds = DeveloperKind.values();
        double[] kindWeight = new double[kinds.length];
        double[] kindNeed = new double[kinds.length], kindPrice = new double[kinds.length], kindOpen = new double[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            DeveloperKindParams kp = g.developerKind(kinds[k]);
            kindWeight[k] = kp.share();
            kindNeed[k] = kp.need();
            kindPrice[k] = kp.priceSensitivity();
            kindOpen[k] = kp.openPreference();
        }
        double sdOpen = p.openPreferenceSd();
        for (int d = 0; d < size; d++) {
            region[d] = (byte) Sampling.categorical(regionWeight, random);
            int k = Sampling.categorical(kindWeight, random);
            kind[d] = (byte) k;
            need[d] = (float) (kindNeed[k] + 30 * random.nextGaussian());
            priceSensitivity[d] = (float) (kindPrice[k] * Math.exp(0.3 * random.nextGaussian()));
            openPreference[d] = (float) (kindOpen[k] + sdOpen * random.nextGaussian());
        }
        network = SocialNetwork.build(region, regionCount, p.ties(), p.homophily(), random);
    }

    /** Seeds the initial adopters, who choose among the models on offer at the start. */
    void seedAdopters(double share, ModelMenu menu, double[][] barrier, Lab[] labs, DeveloperParams p, MersenneTwisterFast random) {
        if (menu.size == 0) return;
        DeveloperChoice choice = DeveloperChoice.of(p);
        int count = 0;
        for (int d = 0; d < size; d++) {
            if (random.nextDouble() < share) {
                int j = choice.choose(this, d, -1, menu, barrier, utility, random);
                model[d] = menu.lab[j];
                labs[model[d]].adopters++;
                adoptersByRegionAndLab[region[d] * labCount + model[d]]++;
                adoptersByKindAndLab[kind[d] * labCount + model[d]]++;
                newAdopters[count++] = d;
            }
        }
        commitAdoptions(count);
    }

    /** One month of adoption, re-evaluation, switching and contributions. */
    void step(ModelMenu menu, double[][] barrier, Lab[] labs, DeveloperParams p, MersenneTwisterFast random) {
        double innovation = p.innovation();
        double imitation = p.imitation();
        boolean global = p.globalImitation();
        double reevaluation = p.reevaluationRate();
        double contributionRate = p.contributionRate();
        double derivativeShare = p.derivativeShare();
        DeveloperChoice choice = DeveloperChoice.of(p);
        double populationShare = (double) adoptedCount / size;
        int count = 0;
        switchesThisMonth = 0;
        for (Lab l : labs) l.contributions = 0;
        double globalProbability = global ? BassHazard.monthlyProbability(innovation, imitation, populationShare) : 0;
        double[] table = global ? null : bassTable(innovation, imitation);
        int[] ab = adoptersByRegionAndLab;
        int[] kb = adoptersByKindAndLab;
        for (int d = 0; d < size; d++) {
            int current = model[d];
            if (current < 0) {
                if (menu.size == 0) continue;
                double probability;
                if (global) probability = globalProbability;
                else {
                    int degree = network.degree(d);
                    probability = table[degree * (degree + 1) / 2 + adoptingContacts[d]];
                }
                if (random.nextDouble() < probability) {
                    int j = choice.choose(this, d, -1, menu, barrier, utility, random);
                    int chosen = menu.lab[j];
                    model[d] = chosen;
                    labs[chosen].adopters++;
                    ab[region[d] * labCount + chosen]++;
                    kb[kind[d] * labCount + chosen]++;
                    newAdopters[count++] = d;
                }
                continue;
            }
            if (reevaluation > 0 && random.nextDouble() < reevaluation) {
                int j = choice.choose(this, d, menu.positionOfLab[current], menu, barrier, utility, random);
                int chosen = menu.lab[j];
                if (chosen != current) {
                    labs[current].adopters--;
                    labs[chosen].adopters++;
                    int row = region[d] * labCount;
                    ab[row + current]--;
                    ab[row + chosen]++;
                    int kindRow = kind[d] * labCount;
                    kb[kindRow + current]--;
                    kb[kindRow + chosen]++;
                    model[d] = chosen;
                    current = chosen;
                    switchesThisMonth++;
                }
            }
            Lab family = labs[current];
            if (family.open && contributionRate > 0 && random.nextDouble() < contributionRate) {
                family.contributions++;
                if (random.nextDouble() < derivativeShare) recordDerivative(family, d);
            }
        }
        adoptionsThisMonth = count;
        commitAdoptions(count);
    }

    /**
     * Adoption probability for every (degree, adopting contacts) pair, computed once a month with
     * exactly the expression used per developer before ({@code f = contacts / degree}), so results
     * are unchanged: entry {@code degree (degree + 1) / 2 + contacts}.
     */
    double[] bassTable(double innovation, double imitation) {
        int maxDegree = network.maxDegree();
        int entries = (maxDegree + 1) * (maxDegree + 2) / 2;
        if (bassProbability == null || bassProbability.length != entries) bassProbability = new double[entries];
        double[] t = bassProbability;
        for (int degree = 0, i = 0; degree <= maxDegree; degree++) {
            for (int c = 0; c <= degree; c++, i++) {
                double f = degree > 0 ? (double) c / degree : 0;
                t[i] = BassHazard.monthlyProbability(innovation, imitation, f);
            }
        }
        return t;
    }

    void commitAdoptions(int count) {
        for (int i = 0; i < count; i++) {
            int d = newAdopters[i];
            for (int t = network.firstTie(d), end = network.endTie(d); t < end; t++) adoptingContacts[network.neighbourAt(t)]++;
        }
        adoptedCount += count;
    }

    public int size() { return size; }

    private int regionCountOf() { return adoptersByRegionAndLab.length / labCount; }

    /** Developer {@code d} publishes a derivative of {@code lab}'s model. */
    void recordDerivative(Lab lab, int d) {
        lab.derivatives++;
        derivativesByLabAndRegion[lab.index * regionCountOf() + region[d]]++;
    }

    /** Moves this month's developer derivatives into the families of the models they were built on. */
    void flushDerivatives(Lab[] labs, org.aiecosim.model.lineage.FamilyLedger ledger) {
        int nr = regionCountOf();
        for (Lab l : labs) {
            for (int r = 0; r < nr; r++) {
                int count = derivativesByLabAndRegion[l.index * nr + r];
                if (count == 0) continue;
                ledger.addDeveloperDerivatives(l.family, r, count);
                derivativesByLabAndRegion[l.index * nr + r] = 0;
            }
        }
    }

    public int adoptedCount() { return adoptedCount; }

    public int regionOf(int d) { return region[d]; }

    /** Kind of developer {@code d}, as the ordinal of {@link DeveloperKind}. */
    public int kindOf(int d) { return kind[d]; }

    /** Lab index of the family developer {@code d} builds on, -1 when none. */
    public int modelOf(int d) { return model[d]; }

    public int switchesThisMonth() { return switchesThisMonth; }

    /** Number of developers of region {@code region} building on lab {@code lab}'s model family. */
    public int adopters(int region, int lab) { return adoptersByRegionAndLab[region * labCount + lab]; }

    /** Developers of kind {@code kind} (ordinal of {@link DeveloperKind}) building on {@code lab}'s family. */
    public int adoptersOfKind(int kind, int lab) { return adoptersByKindAndLab[kind * labCount + lab]; }

    public SocialNetwork network() { return network; }
}
