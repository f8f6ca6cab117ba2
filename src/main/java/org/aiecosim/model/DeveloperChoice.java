package org.aiecosim.model;

import ec.util.MersenneTwisterFast;

/**
 * Multinomial-logit choice of a model by one developer. The systematic utility of model j is
 * <pre>
 * V = common_j                                   (capability vs frontier, installed base)
 *   - needWeight * max(0, need - capability_j)/100
 *   - priceSensitivity * price_j
 *   + openPreference * open_j
 *   - barrier[region][origin_j]
 *   + switchingCost if j is the developer's current model
 * </pre>
 * and with Gumbel noise the developer picks j with probability exp(V_j) / sum_k exp(V_k).
 */
record DeveloperChoice(double needWeight, double switchingCost) {

    static DeveloperChoice of(DeveloperParams p) {
        return new DeveloperChoice(p.needWeight(), p.switchingCost());
    }

    /** Menu position chosen by developer {@code d}; {@code current} is its menu position or -1. */
    int choose(DeveloperPopulation pop, int d, int current, ModelMenu menu, double[][] barrier,
               double[] utility, MersenneTwisterFast random) {
        int n = menu.size;
        double[] barrierRow = barrier[pop.region[d]];
        double need = pop.need[d];
        double price = pop.priceSensitivity[d];
        double open = pop.openPreference[d];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double shortfall = need - menu.capability[j];
            double v = menu.common[j] - price * menu.price[j] + open * menu.open[j] - barrierRow[menu.origin[j]];
            if (shortfall > 0) v -= needWeight * shortfall / 100.0;
            if (j == current) v += switchingCost;
            utility[j] = v;
            if (v > max) max = v;
        }
        double total = 0;
        for (int j = 0; j < n; j++) {
            double e = Math.exp(utility[j] - max);
            utility[j] = e;
            total += e;
        }
        double u = random.nextDouble() * total;
        for (int j = 0; j < n; j++) {
            u -= utility[j];
            if (u < 0) return j;
        }
        return n - 1;
    }
}
