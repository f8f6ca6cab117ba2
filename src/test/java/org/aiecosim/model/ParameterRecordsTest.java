package org.aiecosim.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every catalogue key is read by exactly one typed parameter record, through that record's factory. */
class ParameterRecordsTest {

    /** A scenario region besides the defaults, so barriers toward it are covered too. */
    private static final List<String> REGIONS = List.of("US", "China", "EU", "RestOfWorld", "Japan");

    @Test
    void everyCatalogueKeyIsReadByExactlyOneFactory() {
        Parameters p = new Parameters(ParameterCatalog.forRegions(REGIONS));
        Map<String, Integer> reads = new TreeMap<>();
        ParameterSource recording = key -> {
            reads.merge(key, 1, Integer::sum);
            return p.get(key);
        };
        DeveloperParams.from(recording);
        MarketParams.from(recording);
        KnowledgeParams.from(recording);
        TrainingParams.from(recording);
        ReleaseParams.from(recording);
        EconomyParams.from(recording);
        LineageParams.from(recording);
        CapitalParams.from(recording);
        for (DeveloperKind k : DeveloperKind.values()) DeveloperKindParams.from(recording, k);
        for (LabKind k : LabKind.values()) LabKindParams.from(recording, k);
        for (String r : REGIONS) RegionPolicy.from(recording, r, REGIONS);

        Map<String, Integer> once = new TreeMap<>();
        for (ParameterSpec s : p.catalog().specs()) once.put(s.key(), 1);
        assertEquals(once, reads);
    }

    @Test
    void theGroupsKnowWhichRecordEveryKeyBelongsTo() {
        Parameters p = new Parameters(ParameterCatalog.forRegions(REGIONS));
        ParameterGroups groups = new ParameterGroups(p);
        assertEquals(p.catalog().specs().size(), groups.groupOfKey().size());
        for (ParameterSpec s : p.catalog().specs()) assertEquals(true, groups.groupOfKey().containsKey(s.key()), s.key());
    }

    @Test
    void recordsCarryTheValuesOfTheirKeys() {
        Parameters p = new Parameters(ParameterCatalog.forRegions(REGIONS));
        p.set(KnowledgeParams.ABSORPTION, 0.2);
        p.set(LabKindParams.key(LabKind.ACADEMIC, LabKindParams.RELEASE_INTERVAL), 7);
        p.set(RegionPolicy.barrierKey("Japan", "China"), 3.5);
        ParameterGroups g = new ParameterGroups(p);
        assertEquals(0.2, g.knowledge().absorption());
        assertEquals(7, g.labKind(LabKind.ACADEMIC).releaseInterval());
        assertEquals(3.5, g.region(4).barrier()[1]);
        assertEquals("Japan", g.region(4).region());
    }
}
