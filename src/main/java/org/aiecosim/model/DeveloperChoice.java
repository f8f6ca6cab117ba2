package org.aiecosim.model;

import ec.util.MersenneTwisterFast;
import org.aiecosim.model.demand.CapabilityUtility;
import org.aiecosim.model.demand.TaskRequirement;

/**
 * Mixed-logit choice of a model by one developer, for its task (Train 2009, ch. 6; Berry, Levinsohn
 * &amp; Pakes 1995). Developer d's task needs R_d = floor + q_d^&gamma; (frontier &minus; floor) (q_d drawn once,
 * so the upper tail of requirements moves with the frontier), and its tastes (b_d, &beta;_d, &theta;_d) are
 * drawn once. The systematic utility of model j is
 * <pre>
 * V = b_d u(c_j, R_d)                       (steep below the requirement, saturating above)
 *   - &beta;_d price_j + &theta;_d open_j
 *   - barrier[r][origin_j] &middot; trust[kind_d]    (trust and compliance cost of a foreign model)
 *   + access[r][j]                          (0 offered, ln a near-hard, -&infin; barred)
 *   + w_n ln(1 + 100 s_{r,j})                (installed base among developers of the same region)
 *   + w_e ln(1 + D_family(j))                (the family's derivatives)
 *   + switching bonus if j is the current model
 * </pre>
 * and with Gumbel noise the developer picks j with probability exp(V_j) / &Sigma;_k exp(V_k); a barred
 * option (V = &minus;&infin;) is never chosen, and with every option barred there is no choice (&minus;1).
 */
record DeveloperChoice(CapabilityUtility capabilityUtility, TaskRequirement tasks, double switchingCost,
                       double[] trust) {

    static DeveloperChoice of(ParameterGroups g) {
        DeveloperParams p = g.developers();
        DeveloperKind[] kinds = DeveloperKind.values();
        double[] trust = new double[kinds.length];
        for (int k = 0; k < kinds.length; k++) trust[k] = g.developerKind(kinds[k]).trustMultiplier();
        return new DeveloperChoice(p.capabilityUtility(), p.tasks(), p.switchingCost(), trust);
    }

    /** Systematic utility of menu position {@code j} for developer {@code d} whose task needs {@code requirement}. */
    double utility(DeveloperPopulation pop, int d, int j, double requirement, ModelMenu menu, double[][] barrier) {
        return utility(pop, d, requirement, menu.capability[j], menu.price[j], menu.open[j] > 0,
                menu.fixed[menu.fixedRow(pop.region[d], pop.kind[d]) + j]);
    }

    /**
     * Utility for developer {@code d} of a model with this capability, price and openness, given the
     * terms that depend only on its region and kind ({@code fixed}: access, installed base, family,
     * trust; &minus;&infin; when barred). The choice loop in {@link #choose} is this, inlined.
     */
    double utility(DeveloperPopulation pop, int d, double requirement, double capability, double price, boolean open, double fixed) {
        if (fixed == Double.NEGATIVE_INFINITY) return Double.NEGATIVE_INFINITY;
        return utilityOf(pop, d, capabilityUtility.value(capability, requirement), price, open, fixed);
    }

    /**
     * The same utility given the capability term {@code u = u(c, R)} already computed (for callers that
     * keep it while c and R are unchanged): the same arithmetic, so the same value.
     */
    double utilityOf(DeveloperPopulation pop, int d, double u, double price, boolean open, double fixed) {
        return pop.capabilityTaste[d] * u - pop.priceSensitivity[d] * price + (open ? pop.openPreference[d] : 0) + fixed;
    }

    /** The capability developer {@code d}'s task needs when the frontier is {@code menu.frontier}. */
    double requirement(DeveloperPopulation pop, int d, ModelMenu menu) {
        return tasks.requirementAt(pop.taskPower(tasks)[d], menu.frontier);
    }

    /** Menu position chosen by developer {@code d}, or -1 when every model is barred; {@code current} is its menu position or -1. */
    int choose(DeveloperPopulation pop, int d, int current, ModelMenu menu, double[][] barrier,
               double[] utility, MersenneTwisterFast random) {
        // Only the models not barred to the developer's region and kind, side by side in menu order.
        AdmissibleMenu a = menu.admissible;
        int region = pop.region[d], kind = pop.kind[d];
        int start = menu.fixedRow(region, kind);
        int n = a.count[menu.row(region, kind)];
        int currentEntry = current < 0 ? -1 : a.entry[start + current];
        double requirement = requirement(pop, d, menu);
        double max = Double.NEGATIVE_INFINITY;
        // Inlined utility(): the developer's tastes once, the fixed terms of its region and kind by row.
        double taste = pop.capabilityTaste[d], price = pop.priceSensitivity[d], open = pop.openPreference[d];
        double[] capability = a.capability, surplusFactor = a.surplusFactor, menuPrice = a.price, menuOpen = a.open, fixed = a.fixed;
        double shortfall = capabilityUtility.shortfallWeight() / 100.0, surplus = capabilityUtility.surplusWeight();
        // exp((R - frontier)/s) once per choice: the surplus term of model j is 1 - surplusFactor_j times it.
        double own = Math.exp((requirement - menu.frontier) / capabilityUtility.surplusScale());
        // Underflow here (a tiny surplus scale) or overflow of a factor: compute those terms directly.
        boolean direct = own == 0 || a.surplusOverflow;
        // utility[i] holds the i-th admissible model's utility, then its exp(V - max).
        for (int i = 0; i < n; i++) {
            int k = start + i;
            double gap = capability[k] - requirement;
            double u = gap < 0 ? shortfall * gap
                    : direct ? surplusTerm(capability[k], requirement, surplusFactor[k], own)
                    : surplus * (1 - surplusFactor[k] * own);
            double v = taste * u - price * menuPrice[k] + open * menuOpen[k] + fixed[k];
            if (i == currentEntry) v += switchingCost;
            utility[i] = v;
            if (v > max) max = v;
        }
        if (max == Double.NEGATIVE_INFINITY) return -1;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp(utility[i] - max);
            utility[i] = e;
            total += e;
        }
        double u = random.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (utility[i] <= 0) continue;
            last = a.position[start + i];
            u -= utility[i];
            if (u < 0) return last;
        }
        return last;
    }

    /** The surplus term of a model when the one-exp form cannot be used for it (an underflow or overflow). */
    private double surplusTerm(double capability, double requirement, double factor, double own) {
        return own == 0 || factor == Double.POSITIVE_INFINITY ? capabilityUtility.value(capability, requirement)
                : capabilityUtility.surplusWeight() * (1 - factor * own);
    }
}
