package org.aiecosim.model;

import java.io.Serializable;

/**
 * A region's policy and endowments as they stand this month. Policy values are re-read from the
 * parameters every month (events may change them); the levels of domestic chip output and capital
 * are state that grows month by month and is reset when an event sets them.
 */
public final class Region implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String name;
    public final int index;

    double chipAccess;
    double leakage;
    double domesticOutput;
    double domesticPriceFactor;
    double openWeightLimit;
    double openSupport;
    double capital;
    double talent;
    double[] barrier;

    Region(String name, int index, Parameters p, java.util.List<String> regionNames) {
        this.name = name;
        this.index = index;
        this.barrier = new double[regionNames.size()];
        this.domesticOutput = p.region(name, "domesticOutput");
        this.capital = p.region(name, "capital");
        refreshPolicy(p, regionNames);
    }

    /** Re-reads policy parameters; {@code regionNames} orders the barrier row. */
    void refreshPolicy(Parameters p, java.util.List<String> regionNames) {
        chipAccess = p.region(name, "chipAccess");
        leakage = p.region(name, "leakage");
        domesticPriceFactor = p.region(name, "domesticPriceFactor");
        openWeightLimit = p.region(name, "openWeightLimit");
        openSupport = p.region(name, "openSupport");
        talent = p.region(name, "talent");
        for (int j = 0; j < regionNames.size(); j++) barrier[j] = p.region(name, "barrier." + regionNames.get(j));
    }

    /** Share of its labs' frontier-chip demand this region may buy. */
    public double effectiveAccess() { return ChipMarket.effectiveAccess(chipAccess, leakage); }

    public double domesticOutput() { return domesticOutput; }

    public double capital() { return capital; }

    public double openWeightLimit() { return openWeightLimit; }

    /** Barrier (utils) of this region's developers toward models from region {@code origin}. */
    public double barrierTo(int origin) { return barrier[origin]; }
}
