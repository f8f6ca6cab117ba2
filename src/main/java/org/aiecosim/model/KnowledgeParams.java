package org.aiecosim.model;

import java.io.Serializable;

/**
 * Parameters of know-how growth and spillover ({@code knowledge.*}), used by {@link KnowledgePhase}.
 * See {@link ParameterCatalog} for units and meaning.
 */
public record KnowledgeParams(double rdProductivity, double rdReference, double absorption, double closedLeakage,
                              double communityEffect, double communityScale) implements Serializable {

    public static final String RD_PRODUCTIVITY = "knowledge.rdProductivity";
    public static final String RD_REFERENCE = "knowledge.rdReference";
    public static final String ABSORPTION = "knowledge.absorption";
    public static final String CLOSED_LEAKAGE = "knowledge.closedLeakage";
    public static final String COMMUNITY_EFFECT = "knowledge.communityEffect";
    public static final String COMMUNITY_SCALE = "knowledge.communityScale";

    /** The only place that reads these keys. */
    public static KnowledgeParams from(ParameterSource p) {
        return new KnowledgeParams(p.get(RD_PRODUCTIVITY), p.get(RD_REFERENCE), p.get(ABSORPTION),
                p.get(CLOSED_LEAKAGE), p.get(COMMUNITY_EFFECT), p.get(COMMUNITY_SCALE));
    }
}
