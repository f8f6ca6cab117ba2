package org.aiecosim.observation;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.TestConfigs;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue's names are unique and each leads back to the one declaration it came from. */
class IndicatorCatalogTest {
    private static final List<String> LABS = List.of("Alpha", "Beta");

    @Test
    void everyNameMatchesExactlyItsOwnDeclaration() {
        List<String> regions = ParameterCatalog.DEFAULT_REGIONS;
        for (IndicatorFamily f : IndicatorCatalog.families()) {
            for (Indicator declared : f.members()) {
                List<String> names = new java.util.ArrayList<>();
                new IndicatorFamily(f.dimension(), List.of(declared)).names(regions, LABS, names);
                assertTrue(!names.isEmpty(), declared.pattern());
                for (String name : names) {
                    long matches = IndicatorCatalog.families().stream().flatMap(g -> g.members().stream())
                            .filter(i -> i.matches(name)).count();
                    assertEquals(1, matches, name + " matches " + matches + " declarations");
                    assertEquals(declared, IndicatorCatalog.find(name));
                }
            }
        }
    }

    @Test
    void namesAreUniqueAndFamiliesInterleaveByIndex() {
        List<String> names = IndicatorCatalog.names(List.of("US", "China"), LABS);
        assertEquals(names.size(), new HashSet<>(names).size());
        int us = names.indexOf("capability.region.US");
        assertEquals(List.of("capability.region.US", "capability.region.US.open", "capability.region.US.closed",
                "capability.region.China"), names.subList(us, us + 4));
        assertTrue(names.contains("lag.region.China") && !names.contains("lag.region.US"));
        assertTrue(names.contains("adoption.users.China.origin.US"));
        assertEquals(List.of("lab.Beta.capability", "lab.Beta.open"),
                names.subList(names.indexOf("lab.Beta.capability"), names.indexOf("lab.Beta.capability") + 2));
    }

    @Test
    void unitsComeFromTheDeclarations() {
        assertEquals(Unit.POINTS, IndicatorCatalog.unitOf("capability.region.EU.open"));
        assertEquals(Unit.SHARE_OF_ADOPTERS, IndicatorCatalog.unitOf("adoption.origin.China"));
        assertEquals(Unit.MONTHS, IndicatorCatalog.unitOf("lag.region.EU"));
        assertNull(IndicatorCatalog.unitOf("no.such.indicator"));
        assertEquals("Capability (points)", Unit.POINTS.axisLabel("Capability"));
    }

    @Test
    void aPatternMustUseItsFamilyPlaceholders() {
        Reporter zero = (a, i) -> 0;
        assertThrows(IllegalArgumentException.class,
                () -> new IndicatorFamily(Dimension.REGION, List.of(new Indicator("x.L", Unit.POINTS, "", zero))));
    }

    @Test
    void theRecorderUsesTheCatalogueNames() {
        ModelConfig config = TestConfigs.small(500, 3);
        AiEcosystem model = new AiEcosystem(config, 1L);
        IndicatorRecorder recorder = new IndicatorRecorder();
        model.addObserver(recorder);
        model.runToEnd();
        assertEquals(IndicatorRecorder.names(config.regions(), config.labNames()), recorder.table().names());
    }
}
