package org.aiecosim.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Small model configurations built in code for mechanism tests (independent of scenario files). */
public final class TestConfigs {
    private TestConfigs() {}

    /** Four default regions, a few labs per region, {@code developers} developers, {@code months} months. */
    public static ModelConfig small(int developers, int months, Consumer<Parameters> tweak) {
        Parameters p = new Parameters(ParameterCatalog.forRegions(ParameterCatalog.DEFAULT_REGIONS));
        p.set("developers.count", developers);
        tweak.accept(p);
        List<LabSpec> labs = new ArrayList<>();
        labs.add(new LabSpec("US-frontier", "US", LabKind.FRONTIER, 10_000, 4000, 0.0, 1060, false, 0));
        labs.add(new LabSpec("US-bigtech", "US", LabKind.BIGTECH, 20_000, 5000, -0.1, 990, true, 0));
        labs.add(new LabSpec("US-startup", "US", LabKind.STARTUP, 500, 150, -0.3, 920, false, 0));
        labs.add(new LabSpec("China-bigtech", "China", LabKind.BIGTECH, 8000, 2000, -0.15, 950, false, 0));
        labs.add(new LabSpec("China-startup", "China", LabKind.STARTUP, 2000, 300, -0.2, 920, true, 0));
        labs.add(new LabSpec("EU-startup", "EU", LabKind.STARTUP, 800, 300, -0.2, 930, true, 6));
        labs.add(new LabSpec("RoW-academic", "RestOfWorld", LabKind.ACADEMIC, 500, 50, -0.3, 900, true, 0));
        return new ModelConfig(YearMonth.of(2022, 1), months, p, labs, List.of(), List.of());
    }

    public static ModelConfig small(int developers, int months) {
        return small(developers, months, p -> { });
    }
}
