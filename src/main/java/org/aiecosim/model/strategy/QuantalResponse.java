package org.aiecosim.model.strategy;

/**
 * Quantal-response (logit) choice between releasing open and closed over expected payoffs
 * (McKelvey &amp; Palfrey 1995): P(open) = 1 / (1 + exp(&minus;&lambda; (&Pi;_open &minus; &Pi;_closed) / scale)),
 * with the payoff difference normalised by |&Pi;_open| + |&Pi;_closed| so that a lab's size does
 * not set how sure it is. &lambda; &rarr; &infin; is best response; &lambda; = 0 a coin flip.
 *
 * <p>Why quantal response over expected payoffs rather than learned attractions (EWA, Camerer &amp;
 * Ho 1999): the payoffs are computed at each release from the market as it is, in the same units
 * for both options, so no initial attraction or peer-weighting convention sets the result.
 */
public final class QuantalResponse {
    private QuantalResponse() {}

    /** Probability of choosing open; exactly 0.5 when both payoffs are 0. */
    public static double probabilityOpen(double payoffOpen, double payoffClosed, double sensitivity) {
        double scale = Math.abs(payoffOpen) + Math.abs(payoffClosed);
        if (scale == 0) return 0.5;
        return 1.0 / (1.0 + Math.exp(-sensitivity * (payoffOpen - payoffClosed) / scale));
    }

    /**
     * The symmetric quantal-response equilibrium of a two-player open/closed game with payoffs
     * {@code a[mine][theirs]} (index 1 = open): the p solving p = P(open | opponent opens with p),
     * found by bisection on the monotone-in-p difference (unique when the response is monotone).
     */
    public static double symmetricEquilibrium(double[][] a, double sensitivity) {
        double lo = 0, hi = 1;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (response(a, mid, sensitivity) - mid > 0) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** P(open) against an opponent who opens with probability {@code q}, by expected payoffs. */
    public static double response(double[][] a, double q, double sensitivity) {
        double open = q * a[1][1] + (1 - q) * a[1][0];
        double closed = q * a[0][1] + (1 - q) * a[0][0];
        return probabilityOpen(open, closed, sensitivity);
    }
}
