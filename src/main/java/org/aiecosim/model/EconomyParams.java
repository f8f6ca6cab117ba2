package org.aiecosim.model;

import java.io.Serializable;

/**
 * Parameters of prices, budgets, funding and reputation ({@code economics.*}), used by
 * {@link EconomyPhase}, by the budget shares of {@link ChipMarketPhase} and {@link KnowledgePhase},
 * by prices and reputation in {@link ReleasePhase} and by capital growth in {@link PolicyPhase}.
 * See {@link ParameterCatalog} for units and meaning.
 */
public record EconomyParams(double servingCost, double servingKnowhowWeight, double hostMargin, double maxMarkup,
                            double competitionBand, double openServiceShare, double chipBudgetShare, double rdBudgetShare,
                            double capitalGrowth, double blockedBudgetToResearch, double reputationDecay,
                            double openReputation) implements Serializable {

    public static final String SERVING_COST = "economics.servingCost";
    public static final String SERVING_KNOWHOW_WEIGHT = "economics.servingKnowhowWeight";
    public static final String HOST_MARGIN = "economics.hostMargin";
    public static final String MAX_MARKUP = "economics.maxMarkup";
    public static final String COMPETITION_BAND = "economics.competitionBand";
    public static final String OPEN_SERVICE_SHARE = "economics.openServiceShare";
    public static final String CHIP_BUDGET_SHARE = "economics.chipBudgetShare";
    public static final String RD_BUDGET_SHARE = "economics.rdBudgetShare";
    public static final String CAPITAL_GROWTH = "economics.capitalGrowth";
    public static final String BLOCKED_BUDGET_TO_RESEARCH = "economics.blockedBudgetToResearch";
    public static final String REPUTATION_DECAY = "economics.reputationDecay";
    public static final String OPEN_REPUTATION = "economics.openReputation";

    /** The only place that reads these keys. */
    public static EconomyParams from(ParameterSource p) {
        return new EconomyParams(p.get(SERVING_COST), p.get(SERVING_KNOWHOW_WEIGHT), p.get(HOST_MARGIN), p.get(MAX_MARKUP),
                p.get(COMPETITION_BAND),
                p.get(OPEN_SERVICE_SHARE), p.get(CHIP_BUDGET_SHARE), p.get(RD_BUDGET_SHARE), p.get(CAPITAL_GROWTH),
                p.get(BLOCKED_BUDGET_TO_RESEARCH), p.get(REPUTATION_DECAY), p.get(OPEN_REPUTATION));
    }
}
