package org.aiecosim.model;

import ec.util.MersenneTwisterFast;

/** Small sampling helpers over the run's generator. */
final class Sampling {
    private Sampling() {}

    /** Index drawn with probability proportional to {@code weights} (non-negative, positive sum). */
    static int categorical(double[] weights, MersenneTwisterFast random) {
        double total = 0;
        for (double w : weights) total += w;
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) return i;
        }
        for (int i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
        return weights.length - 1;
    }

    /**
     * {@code ln(1 - p)}, the argument {@link #nextSelected} takes for selection probability {@code p}
     * (0 for p &le; 0: nothing is selected; &minus;&infin; for p &ge; 1: everything is).
     */
    static double logNotSelected(double p) {
        return p <= 0 ? 0 : p >= 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-p);
    }

    /**
     * Next position after {@code after} selected when each of the positions {@code 0..n-1} is selected
     * independently with the same probability p, given {@code logNot = ln(1 - p)} from
     * {@link #logNotSelected}; {@code n} when none is left. The gap of unselected positions is
     * geometric, P(gap &ge; k) = (1 - p)^k, drawn by inversion from one uniform: floor(ln V / ln(1 - p))
     * with V = 1 - U uniform on (0, 1]. So selecting k of n positions costs k + 1 draws instead of n
     * Bernoulli draws, with the same distribution.
     */
    static int nextSelected(int after, int n, double logNot, MersenneTwisterFast random) {
        if (logNot == 0) return n;
        if (logNot == Double.NEGATIVE_INFINITY) return Math.min(after + 1, n);
        double gap = Math.floor(Math.log1p(-random.nextDouble()) / logNot);
        double next = (double) after + 1 + gap;
        return next >= n ? n : (int) next;
    }
}
