package org.aiecosim.model;

import java.io.Serializable;

/**
 * An AI company: its resources, know-how, current model, and what it has learned about releasing
 * open or closed. Mutated only by the model's phases.
 */
public final class Lab implements Serializable {
    // 2: lineage, scarcity and funding state (model v2).
    private static final long serialVersionUID = 2L;

    public final String name;
    public final int index;
    public final int region;
    public final LabKind kind;
    public final int entryMonth;

    double budget;
    double compute;
    double knowhow;
    double capability;
    boolean open;
    double price;

    /** Compute-months accumulated since the last release (what the next training run can use). */
    double computeSinceRelease;
    int nextRelease;
    int releases;
    /** Physical training FLOP of the current model (NaN for the model the lab started with). */
    double trainingFlop = Double.NaN;
    int openReleases;

    // Lineage (see ReleasePhase): the family the current model belongs to (the lab index of the family's
    // root, its own index for a model trained from scratch) and the lab whose open base it was built on.
    int family;
    int base = -1;
    /** Best open weights this lab has released (they stay available), NaN when none, and their family. */
    double openCapability = Double.NaN;
    int openFamily;
    /** Physical FLOP behind the current model, including its base's (NaN for the starting model). */
    double totalFlop = Double.NaN;
    double openTotalFlop = Double.NaN;
    /** Whether the last release was built on a base from another region. */
    boolean foreignBase;

    // Knowledge and scarcity (see ChipMarketPhase and KnowledgePhase).
    /** Chips it would have bought at the market price over chips obtained, to the power 1/elasticity (1: not scarce). */
    double shadowPriceRatio = 1;
    /** Chip budget that caps or short domestic supply kept from buying chips this month, $M. */
    double blockedBudget;
    double researchEffort;
    double efficiencyShare;
    /** Know-how gained this month, decades (for the algorithmic-progress indicators). */
    double knowhowGain;

    // Funding this month by channel, $M, and the starting budget (the size of a big-tech parent).
    double fundingVenture;
    double fundingParent;
    double fundingState;
    final double initialBudget;

    /** Payoffs ($M over the release horizon) the lab expected of each mode at its last release. */
    double attractionOpen;
    double attractionClosed;
    /** Cost of serving a developer for a month on its current model, $. */
    double servingCost;
    /** Know-how lead over the public frontier given away at the last open release (decades). */
    double leadGivenAway;
    double reputation;

    // Flows of the current month.
    /** Market revenue: API sales of a closed model, or its share of hosting spend on an open one, $M. */
    double revenue;
    double policySupport;
    double funding;
    double chipSpend;
    double rdSpend;
    int adopters;
    long derivatives;

    Lab(LabSpec spec, int index, int region) {
        this.name = spec.name();
        this.index = index;
        this.region = region;
        this.kind = spec.kind();
        this.entryMonth = spec.entryMonth();
        this.budget = spec.budget();
        this.compute = spec.compute();
        this.knowhow = spec.knowhow();
        this.capability = spec.capability();
        this.open = spec.open();
        this.family = index;
        this.openFamily = index;
        this.initialBudget = spec.budget();
    }

    /** Whether the lab has entered the market by {@code month}. */
    public boolean active(int month) { return month >= entryMonth; }

    public double budget() { return budget; }
    public double compute() { return compute; }
    public double knowhow() { return knowhow; }
    public double capability() { return capability; }
    public boolean isOpen() { return open; }
    public double price() { return price; }
    public double revenue() { return revenue; }
    public int adopters() { return adopters; }
    public long derivatives() { return derivatives; }
    public int releases() { return releases; }
    public double trainingFlop() { return trainingFlop; }
    public int openReleases() { return openReleases; }
    public double attractionOpen() { return attractionOpen; }
    public double attractionClosed() { return attractionClosed; }
    public double reputation() { return reputation; }
    /** Lab index of the root of the family the current model belongs to (its own index if trained from scratch). */
    public int family() { return family; }
    /** Lab index of the open base the current model was built on, -1 when trained from scratch. */
    public int base() { return base; }
    /** Physical FLOP behind the current model including its base's, NaN for the starting model. */
    public double totalFlop() { return totalFlop; }
    public boolean foreignBase() { return foreignBase; }
    public double shadowPriceRatio() { return shadowPriceRatio; }
    public double efficiencyShare() { return efficiencyShare; }
    public double researchEffort() { return researchEffort; }
    public double knowhowGain() { return knowhowGain; }
    public double funding() { return funding; }
    public double policySupport() { return policySupport; }
    public double servingCost() { return servingCost; }
    public double fundingVenture() { return fundingVenture; }
    public double fundingParent() { return fundingParent; }
    public double fundingState() { return fundingState; }
}
