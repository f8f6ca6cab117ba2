package org.aiecosim.model.demand;

import ec.util.MersenneTwisterFast;

/**
 * Multinomial-logit choice probabilities and draws. With i.i.d. Gumbel noise on utilities V_j the choice
 * probability is P_j = exp(V_j) / sum_k exp(V_k) (McFadden 1974; Train 2009 ch. 3).
 *
 * <p>A utility of {@code Double.NEGATIVE_INFINITY} marks a barred option: its probability is exactly 0 and
 * it is never drawn. If every option is barred, {@link #shares} writes zeros and {@link #draw} returns -1.
 * Utilities must not be NaN or +infinity. Neither method allocates.
 */
public final class Logit {

    private Logit() {}

    /**
     * Writes the logit shares of the first {@code n} utilities of {@code v} into {@code out} (which may be
     * {@code v} itself) and returns the sum of exp(V_j - max), 0 if every option is barred.
     */
    public static double shares(double[] v, int n, double[] out) {
        double total = expShifted(v, n, out);
        if (total == 0) return 0;
        // P_j = exp(V_j - max) / sum_k exp(V_k - max)  (max-subtraction avoids overflow; exp(-inf) = 0)
        double inv = 1.0 / total;
        for (int j = 0; j < n; j++) out[j] *= inv;
        return total;
    }

    /**
     * Draws an option index in [0, n) with the logit probabilities of {@code v}, using {@code scratch}
     * (length at least n) as work space; returns -1 if every option is barred. {@code v} is not modified.
     */
    public static int draw(double[] v, int n, double[] scratch, MersenneTwisterFast random) {
        double total = expShifted(v, n, scratch);
        if (total == 0) return -1;
        // inverse-CDF draw on the unnormalised weights exp(V_j - max)
        double u = random.nextDouble() * total;
        int last = -1;
        for (int j = 0; j < n; j++) {
            double w = scratch[j];
            if (w == 0) continue;            // barred (or underflowed): never drawn
            last = j;
            u -= w;
            if (u < 0) return j;
        }
        return last;                         // rounding left u >= 0: the last drawable option
    }

    /** out_j = exp(V_j - max V), 0 for barred options; returns the sum (0 if all are barred). */
    private static double expShifted(double[] v, int n, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) if (v[j] > max) max = v[j];
        if (max == Double.NEGATIVE_INFINITY) {
            for (int j = 0; j < n; j++) out[j] = 0;
            return 0;
        }
        double total = 0;
        for (int j = 0; j < n; j++) {
            double e = v[j] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(v[j] - max);
            out[j] = e;
            total += e;
        }
        return total;
    }
}
