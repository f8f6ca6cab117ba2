package org.aiecosim.model;

/**
 * Probability that a non-adopter adopts within one month under the Bass hazard {@code p + q f}.
 *
 * <p>Rather than freezing the adopting share {@code f} for the whole month (which lags the
 * continuous Bass model by up to several percentage points when {@code q} is large), the share is
 * let evolve within the month by the Bass equation {@code df/dt = (p + q f)(1 - f)}. Its solution
 * satisfies {@code (f + p/q) / (1 - f) = C e^{(p+q) t}}, so the month's adoption probability is
 * {@code (f(1) - f(0)) / (1 - f(0))}. With global mixing the expected path is then exactly the
 * closed-form Bass curve at every month (Bass 1969).
 */
public final class BassHazard {
    private BassHazard() {}

    /** Adoption probability within one month for innovation p, imitation q, adopting share f (per month). */
    public static double monthlyProbability(double p, double q, double f) {
        if (q < 1e-12) return -Math.expm1(-p);
        if (f >= 1 - 1e-12) return -Math.expm1(-(p + q));
        double a = p + q;
        double ratio = p / q;
        double u1 = (f + ratio) / (1 - f) * Math.exp(a);
        double f1 = (u1 - ratio) / (1 + u1);
        return (f1 - f) / (1 - f);
    }
}
