package org.aiecosim.model;

import org.aiecosim.model.demand.CapabilityUtility;

import java.io.Serializable;

/**
 * What a lab expects its new model to draw in each mode, open or closed: the mean choice probability
 * of the new model over a fixed random sample of developers (drawn once per run from the run's
 * generator), given the rest of the menu as it stands, times the developers now building on any
 * model. The utilities of the menu for the sample are computed once in a month with releases and
 * each lab's two alternatives are then swapped in, so a forecast costs one utility per sampled
 * developer and mode.
 */
final class DemandForecast implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] sample;
    /** For each sampled developer: its task's requirement this month, max utility over the menu and the sum of exp(V - max). */
    private final double[] requirement, max, sum;
    /** Utility of each sampled developer for each menu position ({@code s * stride + j}). */
    private final double[] utility;
    private final int stride;
    private int preparedMonth = -1;
    /**
     * Kept between months, since u(c, R) (an expm1 each) changes only when a model's capability or the
     * frontier does (most months neither): the capability term of each sampled developer and lab
     * ({@code s * stride + lab}), the capability and requirement it was computed for (bit for bit), and
     * the function.
     */
    private transient double[] capabilityTerm, termCapability, termRequirement;
    private transient CapabilityUtility termFunction;
    /** exp(V - max) of each sampled developer and menu position, from {@link #prepare}. */
    private transient double[] weight;
    /**
     * The capability term of a new model for each sampled developer, kept for {@link #share}'s other
     * mode: valid where {@link #shareStamp} equals {@link #stamp}, which changes with the month, the
     * capability or the function.
     */
    private transient double[] shareTerm;
    private transient int[] shareStamp;
    private transient int stamp, shareMonth = -1;
    private transient double shareCapability;
    private transient CapabilityUtility shareFunction;

    DemandForecast(int[] sample, int labCount) {
        this.sample = sample;
        this.stride = labCount;
        requirement = new double[sample.length];
        max = new double[sample.length];
        sum = new double[sample.length];
        utility = new double[sample.length * labCount];
    }

    /** Draws the sample of developers a lab polls (without replacement when it is smaller than the population). */
    static DemandForecast draw(int size, int population, int labCount, ec.util.MersenneTwisterFast random) {
        int n = Math.min(size, population);
        int[] s = new int[n];
        // Floyd-style partial shuffle over the population indices, one draw per sampled developer.
        int[] index = new int[population];
        for (int i = 0; i < population; i++) index[i] = i;
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(population - i);
            int t = index[i];
            index[i] = index[j];
            index[j] = t;
            s[i] = index[i];
        }
        return new DemandForecast(s, labCount);
    }

    /** Computes the sample's utilities for the current menu (once a month). */
    void prepare(int month, DeveloperPopulation pop, ModelMenu menu, double[][] barrier, DeveloperChoice choice) {
        if (preparedMonth == month) return;
        preparedMonth = month;
        CapabilityUtility function = choice.capabilityUtility();
        if (capabilityTerm == null || !function.equals(termFunction)) {
            capabilityTerm = new double[utility.length];
            termCapability = new double[utility.length];
            termRequirement = new double[sample.length];
            weight = new double[utility.length];
            // NaN bits match no capability a menu holds, so every term is computed afresh.
            java.util.Arrays.fill(termCapability, Double.NaN);
            termFunction = function;
        }
        for (int s = 0; s < sample.length; s++) {
            int d = sample[s];
            double r = choice.requirement(pop, d, menu);
            requirement[s] = r;
            boolean sameRequirement = same(r, termRequirement[s]);
            termRequirement[s] = r;
            double m = Double.NEGATIVE_INFINITY;
            int row = menu.fixedRow(pop.region[d], pop.kind[d]);
            for (int j = 0; j < menu.size; j++) {
                // choice.utility(pop, d, j, r, menu, barrier), with u(c, R) reused when c and R are unchanged.
                double fixed = menu.fixed[row + j];
                double v = Double.NEGATIVE_INFINITY;
                if (fixed != Double.NEGATIVE_INFINITY) {
                    int k = s * stride + menu.lab[j]; // by lab: positions move when labs enter or leave
                    double c = menu.capability[j];
                    if (!sameRequirement || !same(c, termCapability[k])) {
                        capabilityTerm[k] = function.value(c, r);
                        termCapability[k] = c;
                    }
                    v = choice.utilityOf(pop, d, capabilityTerm[k], menu.price[j], menu.open[j] > 0, fixed);
                }
                utility[s * stride + j] = v;
                if (v > m) m = v;
            }
            double total = 0;
            if (m != Double.NEGATIVE_INFINITY) {
                for (int j = 0; j < menu.size; j++) {
                    double e = Math.exp(utility[s * stride + j] - m);
                    weight[s * stride + j] = e;
                    total += e;
                }
            }
            max[s] = m;
            sum[s] = total;
        }
    }

    /** exp(V - max) of each sampled developer and menu position (recomputed once if a restored run lost them). */
    private double[] weights() {
        if (weight == null) {
            weight = new double[utility.length];
            for (int s = 0; s < sample.length; s++) {
                if (max[s] == Double.NEGATIVE_INFINITY) continue;
                for (int j = 0; j < stride; j++) weight[s * stride + j] = Math.exp(utility[s * stride + j] - max[s]);
            }
        }
        return weight;
    }

    /** Whether two doubles are the same value bit for bit (so any function gives the same result on both). */
    private static boolean same(double a, double b) { return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b); }

    /**
     * Expected share of developers who would choose lab {@code lab}'s new model (capability, price,
     * openness) over the rest of the menu: mean over the sample of its logit probability.
     */
    double share(Lab lab, double capability, double price, boolean open, DeveloperPopulation pop, ModelMenu menu,
                 double[][] barrier, Region[] regions, double ecosystemTerm, DeveloperChoice choice) {
        int position = menu.positionOfLab[lab.index];
        // u(capability, R) of each sampled developer: computed by the first of the lab's two modes, reused by the second.
        CapabilityUtility function = choice.capabilityUtility();
        if (shareTerm == null) {
            shareTerm = new double[sample.length];
            shareStamp = new int[sample.length];
        }
        if (shareMonth != preparedMonth || !same(capability, shareCapability) || !function.equals(shareFunction)) {
            stamp++;
            shareMonth = preparedMonth;
            shareCapability = capability;
            shareFunction = function;
        }
        double[] weight = weights();
        double total = 0;
        for (int s = 0; s < sample.length; s++) {
            int d = sample[s];
            int r = pop.region[d];
            double a = open ? regions[r].policy.openAccess(lab.region) : regions[r].policy.apiAccess(lab.region);
            if (a <= 0) continue;
            // The regional installed base of the lab's family as it stands, minus the old access term.
            double network = 0;
            if (position >= 0) {
                double old = menu.regional[r * stride + position];
                double oldAccess = accessTerm(menu.open[position] > 0 ? regions[r].policy.openAccess(lab.region) : regions[r].policy.apiAccess(lab.region));
                if (old != Double.NEGATIVE_INFINITY) network = old - oldAccess;
            }
            double fixed = accessTerm(a) + network + ecosystemTerm - barrier[r][lab.region] * choice.trust()[pop.kind[d]];
            // choice.utility(pop, d, requirement[s], capability, price, open, fixed), u(c, R) computed once.
            double v = Double.NEGATIVE_INFINITY;
            if (fixed != Double.NEGATIVE_INFINITY) {
                if (shareStamp[s] != stamp) {
                    shareTerm[s] = function.value(capability, requirement[s]);
                    shareStamp[s] = stamp;
                }
                v = choice.utilityOf(pop, d, shareTerm[s], price, open, fixed);
            }
            double m = max[s];
            double others = sum[s];
            if (position >= 0 && utility[s * stride + position] != Double.NEGATIVE_INFINITY) {
                others -= weight[s * stride + position]; // exp(V - max) from prepare
            }
            if (m == Double.NEGATIVE_INFINITY || others <= 0) {
                total += 1;
                continue;
            }
            // p = e^v / (e^v + others e^m), computed without overflow
            total += 1.0 / (1.0 + Math.max(0, others) * Math.exp(m - v));
        }
        return sample.length == 0 ? 0 : total / sample.length;
    }

    static double accessTerm(double a) { return a >= 1 ? 0 : a > 0 ? Math.log(a) : Double.NEGATIVE_INFINITY; }
}
