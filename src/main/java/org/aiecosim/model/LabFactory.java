package org.aiecosim.model;

import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.List;

/** Builds the labs of a run: the listed ones, then the generated ones drawn with the run's generator. */
final class LabFactory {
    private LabFactory() {}

    /** Name of the i-th lab (from 0) of generator g. */
    static String generatedName(LabGenerator g, int i) {
        return g.region() + "-" + g.kind().key() + "-" + (i + 1);
    }

    static Lab[] create(ModelConfig config, List<String> regions, MersenneTwisterFast random) {
        List<LabSpec> specs = new ArrayList<>(config.labs());
        for (LabGenerator g : config.generators()) {
            for (int i = 0; i < g.count(); i++) {
                String name = generatedName(g, i);
                double compute = g.computeMedian() * Math.exp(g.logSpread() * random.nextGaussian());
                double budget = g.budgetMedian() * Math.exp(g.logSpread() * random.nextGaussian());
                double capability = g.capabilityMean() + g.capabilitySd() * random.nextGaussian();
                double knowhow = g.knowhowMean() + 0.05 * random.nextGaussian();
                boolean open = random.nextDouble() < g.openShare();
                specs.add(new LabSpec(name, g.region(), g.kind(), compute, budget, knowhow, capability, open, g.entryMonth()));
            }
        }
        Lab[] labs = new Lab[specs.size()];
        for (int i = 0; i < labs.length; i++) {
            LabSpec s = specs.get(i);
            int region = regions.indexOf(s.region());
            if (region < 0) throw new IllegalArgumentException("lab " + s.name() + ": unknown region " + s.region());
            labs[i] = new Lab(s, i, region);
        }
        return labs;
    }
}
