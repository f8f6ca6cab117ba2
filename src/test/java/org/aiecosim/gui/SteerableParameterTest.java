package org.aiecosim.gui;

import org.aiecosim.model.ParameterCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Model tab offers only declared parameters. */
class SteerableParameterTest {

    @Test
    void everySteerableKeyIsDeclared() {
        List<String> regions = List.of("US", "China", "Japan");
        ParameterCatalog catalog = ParameterCatalog.forRegions(regions);
        for (SteerableParameter s : SteerableParameter.forRegions(regions)) assertTrue(catalog.contains(s.key()), s.key());
    }
}
