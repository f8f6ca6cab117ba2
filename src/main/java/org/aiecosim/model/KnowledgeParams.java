package org.aiecosim.model;

import org.aiecosim.model.knowledge.AbsorptiveCapacity;
import org.aiecosim.model.knowledge.DirectedResearch;
import org.aiecosim.model.knowledge.Distillation;
import org.aiecosim.model.knowledge.ResearchProduction;

import java.io.Serializable;

/**
 * Parameters of know-how production and spillover ({@code knowledge.*}), used by {@link KnowledgePhase},
 * with the pure rules of {@code model.knowledge} built from them once per rebuild.
 * See {@link ParameterCatalog} for units and meaning.
 */
public record KnowledgeParams(double rdProductivity, double rdReference, double absorption, double closedLeakage,
                              double effortElasticity, double labourShare, double difficulty,
                              double experimentReference, double absorptionHalfEffort, int spilloverLag,
                              double distillationRate, double distillationEnforcement, double distillationWorkaround,
                              double efficiencyShare, double scarcityElasticity) implements Serializable {

    public static final String RD_PRODUCTIVITY = "knowledge.rdProductivity";
    public static final String RD_REFERENCE = "knowledge.rdReference";
    public static final String ABSORPTION = "knowledge.absorption";
    public static final String CLOSED_LEAKAGE = "knowledge.closedLeakage";
    public static final String EFFORT_ELASTICITY = "knowledge.effortElasticity";
    public static final String LABOUR_SHARE = "knowledge.labourShare";
    public static final String DIFFICULTY = "knowledge.difficulty";
    public static final String EXPERIMENT_REFERENCE = "knowledge.experimentReference";
    public static final String ABSORPTION_HALF_EFFORT = "knowledge.absorptionHalfEffort";
    public static final String SPILLOVER_LAG = "knowledge.spilloverLag";
    public static final String DISTILLATION_RATE = "knowledge.distillationRate";
    public static final String DISTILLATION_ENFORCEMENT = "knowledge.distillationEnforcement";
    public static final String DISTILLATION_WORKAROUND = "knowledge.distillationWorkaround";
    public static final String EFFICIENCY_SHARE = "knowledge.efficiencyShare";
    public static final String SCARCITY_ELASTICITY = "knowledge.scarcityElasticity";

    /** The only place that reads these keys. */
    public static KnowledgeParams from(ParameterSource p) {
        return new KnowledgeParams(p.get(RD_PRODUCTIVITY), p.get(RD_REFERENCE), p.get(ABSORPTION),
                p.get(CLOSED_LEAKAGE), p.get(EFFORT_ELASTICITY), p.get(LABOUR_SHARE), p.get(DIFFICULTY),
                p.get(EXPERIMENT_REFERENCE), p.get(ABSORPTION_HALF_EFFORT), p.getInt(SPILLOVER_LAG),
                p.get(DISTILLATION_RATE), p.get(DISTILLATION_ENFORCEMENT), p.get(DISTILLATION_WORKAROUND),
                p.get(EFFICIENCY_SHARE), p.get(SCARCITY_ELASTICITY));
    }

    /** Own research: semi-endogenous (Jones 1995) in researchers and experimental compute. */
    public ResearchProduction research() {
        return new ResearchProduction(rdProductivity, effortElasticity, labourShare, difficulty, rdReference, experimentReference);
    }

    /** Absorption of public know-how, scaled by absorptive capacity (Cohen &amp; Levinthal 1990). */
    public AbsorptiveCapacity absorptive() { return new AbsorptiveCapacity(absorptionHalfEffort, absorption); }

    /** Distillation from closed models' outputs (Hinton, Vinyals &amp; Dean 2015). */
    public Distillation distillation() { return new Distillation(distillationRate, distillationEnforcement); }

    /** Direction of research by the shadow price of compute (Hicks 1932; Acemoglu 2002; Popp 2002). */
    public DirectedResearch directed() { return new DirectedResearch(efficiencyShare, scarcityElasticity); }
}
