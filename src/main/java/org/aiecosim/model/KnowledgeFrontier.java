package org.aiecosim.model;

import java.io.Serializable;

/**
 * The public know-how frontier: the algorithmic efficiency (decades) anyone can absorb.
 * An open release moves it to the releaser's know-how at once; know-how kept closed leaks
 * towards it slowly (papers, staff moving, distillation).
 */
public final class KnowledgeFrontier implements Serializable {
    private static final long serialVersionUID = 1L;

    private double level;

    public KnowledgeFrontier(double initialLevel) { this.level = initialLevel; }

    public double level() { return level; }

    /**
     * Publishes know-how with an open release.
     *
     * @return the lead over the public frontier the release gave away (0 when behind it)
     */
    public double publish(double knowhow) {
        double lead = Math.max(0, knowhow - level);
        level = Math.max(level, knowhow);
        return lead;
    }

    /** One month of leakage from the best unpublished know-how. */
    public void leak(double bestPrivateKnowhow, double rate) {
        if (bestPrivateKnowhow > level) level += rate * (bestPrivateKnowhow - level);
    }
}
