package org.aiecosim.model;

import java.io.Serializable;

/**
 * Parameters of the developer population as a whole ({@code developers.*} except the per-kind
 * {@code developers.kind.*} of {@link DeveloperKindParams}): its size, adoption (Bass), social
 * ties, choice utilities and contributions. Used by {@link DeveloperPopulation},
 * {@link DeveloperPhase} and, for how many developers an agent stands for, {@link EconomyPhase}.
 * See {@link ParameterCatalog} for units and meaning.
 */
public record DeveloperParams(int count, double represented, double initialAdoption, double innovation,
                              double imitation, boolean globalImitation, int ties, double homophily,
                              double reevaluationRate, double switchingCost, double taskFloor,
                              double taskConcentration, double shortfallWeight, double surplusWeight,
                              double surplusScale, double capabilityTasteSd, double priceTasteSd,
                              double networkWeight, double openPreferenceSd,
                              double contributionRate, double derivativeShare,
                              double ecosystemWeight) implements Serializable {

    public static final String COUNT = "developers.count";
    public static final String REPRESENTED = "developers.represented";
    public static final String INITIAL_ADOPTION = "developers.initialAdoption";
    public static final String INNOVATION = "developers.innovation";
    public static final String IMITATION = "developers.imitation";
    public static final String GLOBAL_IMITATION = "developers.globalImitation";
    public static final String TIES = "developers.ties";
    public static final String HOMOPHILY = "developers.homophily";
    public static final String REEVALUATION_RATE = "developers.reevaluationRate";
    public static final String SWITCHING_COST = "developers.switchingCost";
    public static final String TASK_FLOOR = "developers.taskFloor";
    public static final String TASK_CONCENTRATION = "developers.taskConcentration";
    public static final String SHORTFALL_WEIGHT = "developers.shortfallWeight";
    public static final String SURPLUS_WEIGHT = "developers.surplusWeight";
    public static final String SURPLUS_SCALE = "developers.surplusScale";
    public static final String CAPABILITY_TASTE_SD = "developers.capabilityTasteSd";
    public static final String PRICE_TASTE_SD = "developers.priceTasteSd";
    public static final String NETWORK_WEIGHT = "developers.networkWeight";
    public static final String OPEN_PREFERENCE_SD = "developers.openPreferenceSd";
    public static final String CONTRIBUTION_RATE = "developers.contributionRate";
    public static final String DERIVATIVE_SHARE = "developers.derivativeShare";
    public static final String ECOSYSTEM_WEIGHT = "developers.ecosystemWeight";

    /** The only place that reads these keys. */
    public static DeveloperParams from(ParameterSource p) {
        return new DeveloperParams(p.getInt(COUNT), p.get(REPRESENTED), p.get(INITIAL_ADOPTION), p.get(INNOVATION),
                p.get(IMITATION), p.getBoolean(GLOBAL_IMITATION), p.getInt(TIES), p.get(HOMOPHILY),
                p.get(REEVALUATION_RATE), p.get(SWITCHING_COST), p.get(TASK_FLOOR), p.get(TASK_CONCENTRATION),
                p.get(SHORTFALL_WEIGHT), p.get(SURPLUS_WEIGHT), p.get(SURPLUS_SCALE), p.get(CAPABILITY_TASTE_SD), p.get(PRICE_TASTE_SD),
                p.get(NETWORK_WEIGHT), p.get(OPEN_PREFERENCE_SD), p.get(CONTRIBUTION_RATE), p.get(DERIVATIVE_SHARE),
                p.get(ECOSYSTEM_WEIGHT));
    }

    /** Task requirements whose upper tail moves with the frontier. */
    public org.aiecosim.model.demand.TaskRequirement tasks() {
        return new org.aiecosim.model.demand.TaskRequirement(taskFloor, taskConcentration);
    }

    /** Utility of capability against a task's requirement: steep below, saturating above. */
    public org.aiecosim.model.demand.CapabilityUtility capabilityUtility() {
        return new org.aiecosim.model.demand.CapabilityUtility(shortfallWeight, surplusWeight, surplusScale);
    }
}
