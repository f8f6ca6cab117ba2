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
    /** Quantile of the developer's task in the distribution of requirements, drawn once. */
    final float[] taskQuantile;
    /**
     * q^gamma of each developer's task quantile ({@link org.aiecosim.model.demand.TaskRequirement#power}),
     * computed once for the {@link #taskPowerOf} distribution instead of a pow per choice (derived, so not saved).
     */
    private transient double[] taskPower;
    private transient org.aiecosim.model.demand.TaskRequirement taskPowerOf;
    /** Weight of capability in the developer's utility (mixed logit), drawn once. */
    final float[] capabilityTaste;
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
    final int regionCount;
    /** Derivatives developers published this month, by lab whose model they built on and developer region. */
    final int[] derivativesByLabAndRegion;
    final int[] newAdopters;
    final double[] utility;
    /** Monthly adoption probability by degree and adopting contacts (see {@link #bassTable}). */
    private transient double[] bassProbability;
    int adoptedCount;
    /** Mean price sensitivity of all developers (utils per $), the &alpha; of closed models' logit markup. */
    final double meanPriceSensitivity;
    int switchesThisMonth;
    int adoptionsThisMonth;
    /** Choices made this month (adoptions tried, re-evaluations, forced moves): the step's main work, for benchmarks. */
    int choicesThisMonth;
    /** Developers the month's skipping visited (selections, used or not): one uniform draw each. */
    int visitsThisMonth;

    DeveloperPopulation(ParameterGroups g, int regionCount, int labCount, MersenneTwisterFast random) {
        DeveloperParams p = g.developers();
        size = p.count();
        region = new byte[size];
        kind = new byte[size];
        taskQuantile = new float[size];
        capabilityTaste = new float[size];
        priceSensitivity = new float[size];
        openPreference = new float[size];
        model = new int[size];
        adoptingContacts = new int[size];
        newAdopters = new int[size];
        utility = new double[labCount];
        derivativesByLabAndRegion = new int[labCount * regionCount];
        this.labCount = labCount;
        this.regionCount = regionCount;
        adoptersByRegionAndLab = new int[regionCount * labCount];
        adoptersByKindAndLab = new int[DeveloperKind.values().length * labCount];
        java.util.Arrays.fill(model, -1);

        double[] regionWeight = new double[regionCount];
        for (int r = 0; r < regionWeight.length; r++) regionWeight[r] = g.region(r).developerShare();
        DeveloperKind[] kinds = DeveloperKind.values();
        double[] kindWeight = new double[kinds.length];
        double[] kindPrice = new double[kinds.length], kindOpen = new double[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            DeveloperKindParams kp = g.developerKind(kinds[k]);
            kindWeight[k] = kp.share();
            kindPrice[k] = kp.priceSensitivity();
            kindOpen[k] = kp.openPreference();
        }
        double sdOpen = p.openPreferenceSd();
        double sdCapability = p.capabilityTasteSd(), sdPrice = p.priceTasteSd();
        for (int d = 0; d < size; d++) {
            region[d] = (byte) Sampling.categorical(regionWeight, random);
            int k = Sampling.categorical(kindWeight, random);
            kind[d] = (byte) k;
            taskQuantile[d] = (float) random.nextDouble();
            // Random coefficients drawn once (mixed logit): capability weight with mean 1 (mean-preserving
            // log-normal), price sensitivity log-normal around the kind's value, openness normal.
            capabilityTaste[d] = (float) Math.exp(sdCapability * random.nextGaussian() - 0.5 * sdCapability * sdCapability);
            priceSensitivity[d] = (float) (kindPrice[k] * Math.exp(sdPrice * random.nextGaussian()));
            openPreference[d] = (float) (kindOpen[k] + sdOpen * random.nextGaussian());
        }
        double sensitivity = 0;
        for (int d = 0; d < size; d++) sensitivity += priceSensitivity[d];
        meanPriceSensitivity = size > 0 ? sensitivity / size : 0;
        network = SocialNetwork.build(region, regionCount, p.ties(), p.homophily(), random);
    }

    /**
     * Seeds the initial adopters, who choose among the models on offer at the start: each developer
     * independently with probability {@code share}, drawn by skipping ({@link Sampling#nextSelected}).
     */
    void seedAdopters(double share, ModelMenu menu, double[][] barrier, Lab[] labs, DeveloperChoice choice, MersenneTwisterFast random) {
        if (menu.size == 0) return;
        int count = 0;
        double logNot = Sampling.logNotSelected(share);
        for (int d = Sampling.nextSelected(-1, size, logNot, random); d < size; d = Sampling.nextSelected(d, size, logNot, random)) {
            int j = choice.choose(this, d, -1, menu, barrier, utility, random);
            if (j < 0) continue; // every model on offer is barred to this developer
            model[d] = menu.lab[j];
            labs[model[d]].adopters++;
            adoptersByRegionAndLab[region[d] * labCount + model[d]]++;
            adoptersByKindAndLab[kind[d] * labCount + model[d]]++;
            newAdopters[count++] = d;
        }
        commitAdoptions(count);
    }

    // The month's settings for stepOne, set by beginMonth (fields, so a month's pass allocates nothing).
    private transient ModelMenu monthMenu;
    private transient double[][] monthBarrier;
    private transient Lab[] monthLabs;
    private transient DeveloperChoice monthChoice;
    private transient double[] monthTable;
    private transient boolean monthGlobal;
    private transient double monthGlobalProbability, monthReevaluation, monthDerivativeRate;
    /** Largest adoption probability of the month (the thinning ceiling of {@link #step}). */
    private transient double monthCeiling;
    private transient int monthCount;
    /** Whether an adopter of lab l in region r must leave it this month ({@code r * labCount + l}): barred or off the menu. */
    private transient boolean[] barredCell;
    /** Whether any adopter is in a {@link #barredCell} at the start of the month (none can enter one during it). */
    private transient boolean monthAnyBarred;

    /**
     * One month of adoption, re-evaluation, switching and contributions. Who acts is drawn by
     * geometric skipping over the population ({@link Sampling#nextSelected}), one draw per selected
     * developer instead of one per developer and decision, with the same distribution:
     * <ul>
     * <li>adoption candidates with the month's largest Bass probability p&#770; (over every number of
     *     ties and adopting contacts), each non-adopter candidate then adopting with probability
     *     p_d / p&#770; (thinning: p&#770; &middot; p_d / p&#770; = p_d);</li>
     * <li>re-evaluating adopters with probability {@code reevaluationRate};</li>
     * <li>adopters publishing a derivative with probability contributionRate &times; derivativeShare.</li>
     * </ul>
     * A selection that falls on a developer it does not apply to goes unused. Adopters of a model
     * that is barred to them (or off the menu) leave it at once; they are found by a pass over the
     * population only in months when there are any. Adoption is synchronous and the menu fixed for
     * the month, so the order in which developers act does not matter.
     */
    void step(ModelMenu menu, double[][] barrier, Lab[] labs, DeveloperParams p, DeveloperChoice choice, MersenneTwisterFast random) {
        beginMonth(menu, barrier, labs, p, choice);
        int n = size;
        double logAdopt = Sampling.logNotSelected(menu.size == 0 ? 0 : monthCeiling);
        double logReview = Sampling.logNotSelected(monthReevaluation), logDerive = Sampling.logNotSelected(monthDerivativeRate);
        int adopt = Sampling.nextSelected(-1, n, logAdopt, random);
        int review = Sampling.nextSelected(-1, n, logReview, random);
        int derive = Sampling.nextSelected(-1, n, logDerive, random);
        boolean checkBarred = monthAnyBarred;
        boolean[] barredCell = this.barredCell;
        int d = 0;
        while (true) {
            int next = Math.min(adopt, Math.min(review, derive));
            if (checkBarred) {
                for (; d < next; d++) {
                    int current = model[d];
                    if (current >= 0 && barredCell[region[d] * labCount + current]) adopterMonth(d, current, false, random);
                }
            }
            d = next;
            if (d >= n) break;
            boolean adopts = d == adopt, reviews = d == review, derives = d == derive;
            visitsThisMonth++;
            if (adopts) adopt = Sampling.nextSelected(d, n, logAdopt, random);
            if (reviews) review = Sampling.nextSelected(d, n, logReview, random);
            if (derives) derive = Sampling.nextSelected(d, n, logDerive, random);
            int current = model[d];
            if (current < 0) {
                // Thinning: a candidate adopts with probability p_d / ceiling (always, under global imitation).
                if (adopts && (monthGlobal || random.nextDouble() * monthCeiling < adoptionProbability(d))) adopt(d, random);
            } else {
                current = adopterMonth(d, current, reviews, random);
                if (derives && current >= 0 && labs[current].open) recordDerivative(labs[current], d);
            }
            d++;
        }
        endMonth();
    }

    /** Sets the month's settings (the Bass table from the population's state at the start of the month). */
    void beginMonth(ModelMenu menu, double[][] barrier, Lab[] labs, DeveloperParams p, DeveloperChoice choice) {
        monthMenu = menu;
        monthBarrier = barrier;
        monthLabs = labs;
        monthChoice = choice;
        monthGlobal = p.globalImitation();
        monthReevaluation = p.reevaluationRate();
        // A derivative needs a contribution (rate c) published as a derivative (share s): probability c s.
        monthDerivativeRate = p.contributionRate() * p.derivativeShare();
        double populationShare = (double) adoptedCount / size;
        monthGlobalProbability = monthGlobal ? BassHazard.monthlyProbability(p.innovation(), p.imitation(), populationShare) : 0;
        monthTable = monthGlobal ? null : bassTable(p.innovation(), p.imitation());
        monthCeiling = monthGlobalProbability;
        if (!monthGlobal) for (double t : monthTable) monthCeiling = Math.max(monthCeiling, t);
        monthCount = 0;
        switchesThisMonth = 0;
        choicesThisMonth = 0;
        visitsThisMonth = 0;
        if (barredCell == null) barredCell = new boolean[regionCount * labCount];
        monthAnyBarred = false;
        for (int r = 0; r < regionCount; r++) {
            for (int l = 0; l < labCount; l++) {
                int position = menu.positionOfLab[l];
                boolean barred = position < 0 || menu.regional[r * menu.lab.length + position] == Double.NEGATIVE_INFINITY;
                barredCell[r * labCount + l] = barred;
                if (barred && adoptersByRegionAndLab[r * labCount + l] > 0) monthAnyBarred = true;
            }
        }
    }

    /**
     * Developer {@code d}'s month with one Bernoulli draw per decision (for per-agent scheduling, where
     * developers are stepped one at a time in any order): adopt (Bass hazard), or re-evaluate and
     * perhaps switch, then perhaps publish a derivative.
     */
    void stepOne(int d, MersenneTwisterFast random) {
        int current = model[d];
        if (current < 0) {
            if (monthMenu.size > 0 && random.nextDouble() < adoptionProbability(d)) adopt(d, random);
            return;
        }
        boolean review = monthReevaluation > 0 && random.nextDouble() < monthReevaluation;
        current = adopterMonth(d, current, review, random);
        if (current >= 0 && monthLabs[current].open && monthDerivativeRate > 0 && random.nextDouble() < monthDerivativeRate) {
            recordDerivative(monthLabs[current], d);
        }
    }

    /** Non-adopter {@code d}'s Bass probability of adopting this month. */
    private double adoptionProbability(int d) {
        if (monthGlobal) return monthGlobalProbability;
        int degree = network.degree(d);
        return monthTable[degree * (degree + 1) / 2 + adoptingContacts[d]];
    }

    /** Non-adopter {@code d}, who adopts this month, chooses a model (none when every model is barred to it). */
    private void adopt(int d, MersenneTwisterFast random) {
        ModelMenu menu = monthMenu;
        choicesThisMonth++;
        int j = monthChoice.choose(this, d, -1, menu, monthBarrier, utility, random);
        if (j < 0) return; // every model on offer is barred to this developer
        int chosen = menu.lab[j];
        model[d] = chosen;
        monthLabs[chosen].adopters++;
        adoptersByRegionAndLab[region[d] * labCount + chosen]++;
        adoptersByKindAndLab[kind[d] * labCount + chosen]++;
        newAdopters[monthCount++] = d;
    }

    /**
     * Adopter {@code d} of {@code current}'s family leaves a model an access rule now bars at once (a
     * hard rule, not left to the next re-evaluation), or re-evaluates when {@code review} and perhaps
     * switches. Returns the model it builds on afterwards, -1 when every model is barred to it.
     */
    private int adopterMonth(int d, int current, boolean review, MersenneTwisterFast random) {
        ModelMenu menu = monthMenu;
        Lab[] labs = monthLabs;
        int position = menu.positionOfLab[current];
        boolean barred = position < 0 || menu.regional[region[d] * menu.lab.length + position] == Double.NEGATIVE_INFINITY;
        if (!barred && !review) return current;
        choicesThisMonth++;
        int j = monthChoice.choose(this, d, barred ? -1 : position, menu, monthBarrier, utility, random);
        if (j < 0) {
            leave(d, current, labs);
            return -1;
        }
        int chosen = menu.lab[j];
        if (chosen != current) {
            labs[current].adopters--;
            labs[chosen].adopters++;
            int row = region[d] * labCount;
            adoptersByRegionAndLab[row + current]--;
            adoptersByRegionAndLab[row + chosen]++;
            int kindRow = kind[d] * labCount;
            adoptersByKindAndLab[kindRow + current]--;
            adoptersByKindAndLab[kindRow + chosen]++;
            model[d] = chosen;
            switchesThisMonth++;
        }
        return chosen;
    }

    /** Commits the month's adoptions to contacts' counts (synchronous adoption). */
    void endMonth() {
        adoptionsThisMonth = monthCount;
        commitAdoptions(monthCount);
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

    /** q^gamma of every developer's task under {@code tasks} (recomputed only when the distribution changes). */
    double[] taskPower(org.aiecosim.model.demand.TaskRequirement tasks) {
        if (taskPower == null || !tasks.equals(taskPowerOf)) {
            double[] p = taskPower == null ? new double[size] : taskPower;
            for (int d = 0; d < size; d++) p[d] = tasks.power(taskQuantile[d]);
            taskPower = p;
            taskPowerOf = tasks;
        }
        return taskPower;
    }


    /** Developer {@code d} stops building on {@code current} (every model it could use is barred). */
    private void leave(int d, int current, Lab[] labs) {
        labs[current].adopters--;
        adoptersByRegionAndLab[region[d] * labCount + current]--;
        adoptersByKindAndLab[kind[d] * labCount + current]--;
        model[d] = -1;
        adoptedCount--;
        for (int t = network.firstTie(d), end = network.endTie(d); t < end; t++) adoptingContacts[network.neighbourAt(t)]--;
    }

    /** Developer {@code d} publishes a derivative of {@code lab}'s model. */
    void recordDerivative(Lab lab, int d) {
        lab.derivatives++;
        derivativesByLabAndRegion[lab.index * regionCount + region[d]]++;
    }

    /** Moves this month's developer derivatives into the families of the models they were built on. */
    void flushDerivatives(Lab[] labs, org.aiecosim.model.lineage.FamilyLedger ledger) {
        int nr = regionCount;
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

    /** Model choices developers made this month (adoptions, re-evaluations, moves off barred models). */
    public int choicesThisMonth() { return choicesThisMonth; }

    /** Developers visited by this month's skipping draws (one uniform each; counts the array step only). */
    public int visitsThisMonth() { return visitsThisMonth; }

    /** Number of developers of region {@code region} building on any model. */
    public int adoptersInRegion(int region) {
        int n = 0;
        for (int l = 0, row = region * labCount; l < labCount; l++) n += adoptersByRegionAndLab[row + l];
        return n;
    }

    /** Number of developers of region {@code region} building on lab {@code lab}'s model family. */
    public int adopters(int region, int lab) { return adoptersByRegionAndLab[region * labCount + lab]; }

    /** Developers of kind {@code kind} (ordinal of {@link DeveloperKind}) building on {@code lab}'s family. */
    public int adoptersOfKind(int kind, int lab) { return adoptersByKindAndLab[kind * labCount + lab]; }

    public SocialNetwork network() { return network; }
}
