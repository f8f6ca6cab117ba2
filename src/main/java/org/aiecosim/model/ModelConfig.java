package org.aiecosim.model;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the model needs to build a run except the seed: time frame, regions, parameter values,
 * the labs (listed and generated) and the dated policy events. Built by the scenario loader.
 *
 * @param start      first simulated month
 * @param months     number of months simulated
 * @param parameters parameter values at the start (a copy is taken per run)
 * @param labs       labs listed one by one
 * @param generators labs generated from distributions
 * @param events     dated parameter changes, sorted by month
 */
public record ModelConfig(YearMonth start, int months, Parameters parameters, List<LabSpec> labs,
                          List<LabGenerator> generators, List<PolicyEvent> events) implements Serializable {
    public ModelConfig {
        labs = List.copyOf(labs);
        generators = List.copyOf(generators);
        events = events.stream().sorted(java.util.Comparator.comparingInt(PolicyEvent::month)).toList();
        if (months < 1) throw new IllegalArgumentException("months must be at least 1");
    }

    /** Names of all labs, listed then generated, in the order the model creates them. */
    public List<String> labNames() {
        List<String> names = new java.util.ArrayList<>();
        labs.forEach(l -> names.add(l.name()));
        for (LabGenerator g : generators) for (int i = 0; i < g.count(); i++) names.add(LabFactory.generatedName(g, i));
        return names;
    }

    /** A copy with different starting parameter values (same regions). */
    public ModelConfig withParameters(Parameters p) {
        return new ModelConfig(start, months, p, labs, generators, events);
    }

    /** Regions of this configuration, in order. */
    public List<String> regions() { return parameters.catalog().regions(); }
}
