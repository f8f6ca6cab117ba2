package org.aiecosim.model;

import java.io.Serializable;

/**
 * Parameters of the open/closed release decision ({@code release.*}), used by
 * {@link ReleasePhase} and {@link EconomyPhase}. See {@link ParameterCatalog} for units and meaning.
 */
public record ReleaseParams(double choiceSensitivity, double adopterValue, double spilloverCost, double reputationValue,
                            double reachBand, int demandSample) implements Serializable {

    public static final String CHOICE_SENSITIVITY = "release.choiceSensitivity";
    public static final String ADOPTER_VALUE = "release.adopterValue";
    public static final String SPILLOVER_COST = "release.spilloverCost";
    public static final String REPUTATION_VALUE = "release.reputationValue";
    public static final String REACH_BAND = "release.reachBand";
    public static final String DEMAND_SAMPLE = "release.demandSample";

    /** The only place that reads these keys. */
    public static ReleaseParams from(ParameterSource p) {
        return new ReleaseParams(p.get(CHOICE_SENSITIVITY), p.get(ADOPTER_VALUE), p.get(SPILLOVER_COST),
                p.get(REPUTATION_VALUE), p.get(REACH_BAND), p.getInt(DEMAND_SAMPLE));
    }
}
