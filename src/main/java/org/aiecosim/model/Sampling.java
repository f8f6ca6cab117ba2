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
}
