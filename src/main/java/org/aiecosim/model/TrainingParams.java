package org.aiecosim.model;

import java.io.Serializable;

/**
 * Parameters of training runs ({@code scaling.*}, {@code training.*}, {@code history.*}), used by
 * {@link ReleasePhase}. The pre-start frontier growth is read by the observers that date lags.
 * See {@link ParameterCatalog} for units and meaning.
 *
 * @param scaling the scaling law ({@code scaling.*}, read by {@link ScalingLaw#of})
 */
public record TrainingParams(ScalingLaw scaling, double computeShare, double computeShareGrowth,
                             double historyCapabilityGrowth) implements Serializable {

    public static final String COMPUTE_SHARE = "training.computeShare";
    public static final String COMPUTE_SHARE_GROWTH = "training.computeShareGrowth";
    public static final String HISTORY_CAPABILITY_GROWTH = "history.capabilityGrowth";

    /** The only place that reads these keys (the scaling keys through {@link ScalingLaw#of}). */
    public static TrainingParams from(ParameterSource p) {
        return new TrainingParams(ScalingLaw.of(p), p.get(COMPUTE_SHARE), p.get(COMPUTE_SHARE_GROWTH),
                p.get(HISTORY_CAPABILITY_GROWTH));
    }

    /** Share of the compute-months since the last release that a run started in {@code month} uses (at most 1). */
    public double shareAt(int month) {
        return Math.min(1.0, computeShare * Math.pow(1 + computeShareGrowth, month));
    }
}
