package org.aiecosim.model;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

/** Configurations built in code for the demand and strategy tests through the whole model (issue 12). */
final class DemandScenarios {
    private DemandScenarios() {}

    /** Parameters for {@code regions} with {@code developers} agents, then {@code tweak}. */
    static Parameters parameters(List<String> regions, int developers, Consumer<Parameters> tweak) {
        Parameters p = new Parameters(ParameterCatalog.forRegions(regions));
        p.set("developers.count", developers);
        tweak.accept(p);
        return p;
    }

    static ModelConfig config(Parameters p, int months, List<LabSpec> labs, List<PolicyEvent> events) {
        return new ModelConfig(YearMonth.of(2022, 1), months, p, labs, List.of(), events);
    }

    /** Every mechanism but the one tested switched off: homogeneous tastes, no network, ecosystem or switching term. */
    static void neutralDemand(Parameters p) {
        p.set("developers.capabilityTasteSd", 0);
        p.set("developers.priceTasteSd", 0);
        p.set("developers.openPreferenceSd", 0);
        p.set("developers.networkWeight", 0);
        p.set("developers.ecosystemWeight", 0);
        p.set("developers.switchingCost", 0);
    }

    /** Only developers of {@code kind} (the other kinds' weights 0). */
    static void onlyKind(Parameters p, DeveloperKind kind) {
        for (DeveloperKind k : DeveloperKind.values()) p.set("developers.kind." + k.key() + ".share", k == kind ? 1 : 0);
    }

    static LabSpec lab(String name, String region, LabKind kind, double capability, double knowhow, boolean open) {
        return new LabSpec(name, region, kind, 2000, 2000, knowhow, capability, open, 0);
    }
}
