package org.aiecosim.model;

import ec.util.MersenneTwisterFast;

/**
 * How a lab chooses to release open or closed: logit choice over learned attractions.
 *
 * <p>Attractions are experience-weighted payoffs (payoff per $M of budget per month): the option a
 * lab uses is updated with its own payoff, the other option with its peers' payoffs, weighted by how
 * close their capability is (a laggard learns from laggards). The choice probability uses the
 * attraction difference normalised by their magnitudes, so it does not depend on the lab's size:
 * <pre>P(open) = 1 / (1 + exp(-lambda (A_open - A_closed) / (|A_open| + |A_closed|)))</pre>
 * A region rule that forbids open release removes that option entirely.
 */
public final class ReleaseDecision {

    private ReleaseDecision() {}

    /** Probability of releasing open given the attractions and the logit sensitivity. */
    public static double probabilityOpen(double attractionOpen, double attractionClosed, double sensitivity) {
        double scale = Math.abs(attractionOpen) + Math.abs(attractionClosed);
        if (scale == 0) return 0.5;
        double x = sensitivity * (attractionOpen - attractionClosed) / scale;
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** Draws the decision; never returns open when {@code openAllowed} is false. */
    public static boolean chooseOpen(double attractionOpen, double attractionClosed, double sensitivity,
                                     boolean openAllowed, MersenneTwisterFast random) {
        double p = probabilityOpen(attractionOpen, attractionClosed, sensitivity);
        boolean open = random.nextDouble() < p;
        return open && openAllowed;
    }

    /** Exponentially weighted update of an attraction toward an observed payoff. */
    public static double learn(double attraction, double payoff, double weight) {
        return (1 - weight) * attraction + weight * payoff;
    }

    /** Initial attractions whose normalised difference equals {@code prior} (in -1..1). */
    public static double[] initialAttractions(double prior, double scale) {
        double p = Math.max(-0.999, Math.min(0.999, prior));
        return new double[] {scale * (1 + p), scale * (1 - p)};
    }
}
