package org.aiecosim.model;

import org.aiecosim.model.lineage.EcosystemEffects;
import org.aiecosim.model.lineage.PostTraining;

import java.io.Serializable;

/**
 * Parameters of model lineage and derivative families ({@code lineage.*}), used by {@link ReleasePhase}
 * (building on open bases), {@link KnowledgePhase} (the owner's gain from its family) and prices.
 * See {@link ParameterCatalog} for units and meaning.
 */
public record LineageParams(double postTrainingEfficiency, double capabilitySensitivity, double servingCostWeight,
                            double licenceWeight, double ecosystemWeight, double servingHalf, double servingExponent,
                            double ownerGainMax, double ownerGainHalf, double recentDecay) implements Serializable {

    public static final String POST_TRAINING_EFFICIENCY = "lineage.postTrainingEfficiency";
    public static final String CAPABILITY_SENSITIVITY = "lineage.capabilitySensitivity";
    public static final String SERVING_COST_WEIGHT = "lineage.servingCostWeight";
    public static final String LICENCE_WEIGHT = "lineage.licenceWeight";
    public static final String ECOSYSTEM_WEIGHT = "lineage.ecosystemWeight";
    public static final String SERVING_HALF = "lineage.servingHalf";
    public static final String SERVING_EXPONENT = "lineage.servingExponent";
    public static final String OWNER_GAIN_MAX = "lineage.ownerGainMax";
    public static final String OWNER_GAIN_HALF = "lineage.ownerGainHalf";
    public static final String RECENT_DECAY = "lineage.recentDecay";

    /** The only place that reads these keys. */
    public static LineageParams from(ParameterSource p) {
        return new LineageParams(p.get(POST_TRAINING_EFFICIENCY), p.get(CAPABILITY_SENSITIVITY), p.get(SERVING_COST_WEIGHT),
                p.get(LICENCE_WEIGHT), p.get(ECOSYSTEM_WEIGHT), p.get(SERVING_HALF), p.get(SERVING_EXPONENT),
                p.get(OWNER_GAIN_MAX), p.get(OWNER_GAIN_HALF), p.get(RECENT_DECAY));
    }

    /** Capability of a model built on an open base (post-training compute at the lab's know-how). */
    public PostTraining postTraining(ScalingLaw law) {
        return new PostTraining(postTrainingEfficiency, law.referenceCompute(), law.referenceCapability(), law.slope());
    }

    /** What a family's derivatives do: lower its serving cost, feed its owner's know-how. */
    public EcosystemEffects ecosystem() {
        return new EcosystemEffects(servingHalf, servingExponent, ownerGainMax, ownerGainHalf);
    }
}
