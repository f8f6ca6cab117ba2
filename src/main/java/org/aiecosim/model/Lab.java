package org.aiecosim.model;

import java.io.Serializable;

/**
 * An AI company: its resources, know-how, current model, and what it has learned about releasing
 * open or closed. Mutated only by the model's phases.
 */
public final class Lab implements Serializable {
    private static final long serialVersionUID = 1L;

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

    /** Learned attractions of the two release options (payoff per $M of budget per month). */
    double attractionOpen;
    double attractionClosed;
    /** Know-how lead over the public frontier given away at the last open release (decades). */
    double leadGivenAway;
    double reputation;

    // Flows of the current month.
    double revenue;
    double funding;
    double chipSpend;
    double rdSpend;
    double payoff;
    int adopters;
    int contributions;
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
}
