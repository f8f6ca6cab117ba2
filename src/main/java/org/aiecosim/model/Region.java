package org.aiecosim.model;

import java.io.Serializable;

/**
 * A region's policy and endowments as they stand this month. The policy is the region's
 * {@link RegionPolicy} record, replaced when an event changes one of its keys; the levels of domestic
 * chip output and capital are state that grows month by month and is reset when an event sets them.
 */
public final class Region implements Serializable {
    // 2: the policy became a record (checkpoints of earlier versions cannot be resumed).
    private static final long serialVersionUID = 2L;

    public final String name;
    public final int index;

    RegionPolicy policy;
    /** The policy's barrier row, shared with {@link AiEcosystem}'s barrier matrix. */
    double[] barrier;
    double domesticOutput;
    double capital;

    Region(int index, RegionPolicy policy) {
        this.name = policy.region();
        this.index = index;
        this.domesticOutput = policy.domesticOutput();
        this.capital = policy.capital();
        setPolicy(policy);
    }

    /** Takes a new policy (after an event changed one of its keys). */
    void setPolicy(RegionPolicy policy) {
        this.policy = policy;
        this.barrier = policy.barrier();
    }

    /** The policy in force this month. */
    public RegionPolicy policy() { return policy; }

    /** Share of its labs' frontier-chip demand this region may buy. */
    public double effectiveAccess() { return policy.effectiveAccess(); }

    public double domesticOutput() { return domesticOutput; }

    public double capital() { return capital; }

    public double openWeightLimit() { return policy.openWeightLimit(); }

    /** Barrier (utils) of this region's developers toward models from region {@code origin}. */
    public double barrierTo(int origin) { return barrier[origin]; }
}
