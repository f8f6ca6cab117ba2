package org.aiecosim.model;

import java.io.Serializable;

/**
 * Parameters of the open/closed release decision and its learning ({@code release.*}), used by
 * {@link ReleasePhase} and {@link EconomyPhase}. See {@link ParameterCatalog} for units and meaning.
 */
public record ReleaseParams(double choiceSensitivity, double learningRate, double peerWeight, double peerBandwidth,
                            double adopterValue, double spilloverCost, double reputationValue) implements Serializable {

    public static final String CHOICE_SENSITIVITY = "release.choiceSensitivity";
    public static final String LEARNING_RATE = "release.learningRate";
    public static final String PEER_WEIGHT = "release.peerWeight";
    public static final String PEER_BANDWIDTH = "release.peerBandwidth";
    public static final String ADOPTER_VALUE = "release.adopterValue";
    public static final String SPILLOVER_COST = "release.spilloverCost";
    public static final String REPUTATION_VALUE = "release.reputationValue";

    /** The only place that reads these keys. */
    public static ReleaseParams from(ParameterSource p) {
        return new ReleaseParams(p.get(CHOICE_SENSITIVITY), p.get(LEARNING_RATE), p.get(PEER_WEIGHT),
                p.get(PEER_BANDWIDTH), p.get(ADOPTER_VALUE), p.get(SPILLOVER_COST), p.get(REPUTATION_VALUE));
    }
}
