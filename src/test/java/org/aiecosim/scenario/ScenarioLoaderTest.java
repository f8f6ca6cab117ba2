package org.aiecosim.scenario;

import org.aiecosim.model.LabGenerator;
import org.aiecosim.model.LabKind;
import org.aiecosim.model.LabSpec;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.PolicyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioLoaderTest {
    @TempDir
    Path dir;


    static Path fixture(String name) {
        try {
            return Path.of(ScenarioLoaderTest.class.getResource("/scenario/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void validFileLoadsWithExpectedValues() throws Exception {
        Scenario s = ScenarioLoader.load(fixture("valid.yaml"));
        assertEquals("valid-fixture", s.name());
        assertEquals("Do US export controls on advanced chips slow Chinese open models?\n"
                + "Test fixture: small but uses every section.", s.description());
        assertEquals(20220101L, s.seed());
        assertEquals(3, s.replications());
        ModelConfig c = s.config();
        assertEquals(YearMonth.of(2022, 1), c.start());
        assertEquals(36, c.months());
        assertEquals(ParameterCatalog.DEFAULT_REGIONS, c.regions());

        // Nested and dotted forms, booleans, integers; untouched keys keep their defaults.
        assertEquals(0.06, c.parameters().get("market.supplyGrowth"));
        assertEquals(0.025, c.parameters().get("market.depreciation"));
        assertEquals(1.0, c.parameters().get("region.China.chipAccess"));
        assertTrue(c.parameters().getBoolean("developers.globalImitation"));
        assertEquals(12, c.parameters().getInt("developers.ties"));
        assertEquals(4, c.parameters().getInt("lab.kind.startup.releaseInterval"));
        assertEquals(0.09, c.parameters().get("developers.imitation"));

        assertEquals(List.of(
                new LabSpec("OpenAI-like", "US", LabKind.FRONTIER, 10000, 3000, 0.0, 1010, false, 0),
                new LabSpec("Meta-like", "US", LabKind.BIGTECH, 20000, 5000, -0.1, 980, true, 13)), c.labs());
        assertEquals(List.of(
                new LabGenerator("China", LabKind.STARTUP, 5, 500, 100, 0.4, -0.3, 900, 30, 0.5, 12),
                new LabGenerator("EU", LabKind.ACADEMIC, 2, 50, 10, 0.5, 0.0, 850, 0.0, 0.0, 0)), c.generators());

        // Sorted by date; month index counted from the start; events after the end are kept.
        List<PolicyEvent> events = c.events();
        assertEquals(3, events.size());
        assertEquals(9, events.get(0).month());
        assertEquals(Map.of("region.China.chipAccess", 0.35, "region.China.leakage", 0.1), events.get(0).changes());
        assertEquals("US export controls on advanced chips to China (BIS, 7 Oct 2022)", events.get(0).note());
        assertEquals(21, events.get(1).month());
        assertEquals(96, events.get(2).month());
    }

    @Test
    void defaultsApplyWhenKeysAreAbsent() throws Exception {
        Scenario s = TestFiles.load(dir, "minimal.yaml", TestFiles.ONE_LAB);
        assertEquals("minimal", s.name());
        assertEquals("", s.description());
        assertEquals(ScenarioLoader.DEFAULT_START, s.config().start());
        assertEquals(ScenarioLoader.DEFAULT_MONTHS, s.config().months());
        assertEquals(ScenarioLoader.DEFAULT_SEED, s.seed());
        assertEquals(ScenarioLoader.DEFAULT_REPLICATIONS, s.replications());
    }

    @Test
    void emptySectionsAreAllowed() throws Exception {
        Scenario s = TestFiles.load(dir, "e.yaml", "parameters:\nevents:\ngenerate:\n" + TestFiles.ONE_LAB);
        assertEquals(List.of(), s.config().events());
        assertEquals(1, s.config().labs().size());
    }

    @Test
    void descriptionKeyWinsOverLeadingComment() throws Exception {
        Scenario s = TestFiles.load(dir, "d.yaml", "# comment\ndescription: \"the field\"\n" + TestFiles.ONE_LAB);
        assertEquals("the field", s.description());
    }

    @Test
    void customRegionsDefineTheRegionParameters() throws Exception {
        Scenario s = TestFiles.load(dir, "r.yaml", "regions: [US, Japan]\nparameters:\n  region.Japan.chipAccess: 0.5\n"
                + "  region.US.barrier.Japan: 1.5\n" + TestFiles.ONE_LAB);
        assertEquals(List.of("US", "Japan"), s.config().regions());
        assertEquals(0.5, s.config().parameters().get("region.Japan.chipAccess"));
        assertEquals(1.5, s.config().parameters().get("region.US.barrier.Japan"));
        assertFalse(s.config().parameters().catalog().contains("region.China.chipAccess"));
    }

    @Test
    void leadingCommentSkipsBlankLinesAndStopsAtTheFirstOtherLine() {
        assertEquals("a\nb", ScenarioLoader.leadingComment("\n# a\n#b\nname: x\n# not this\n"));
        assertEquals("", ScenarioLoader.leadingComment("name: x\n# later\n"));
    }

    @Test
    void numbersMayUseExponentsAndUnderscores() throws Exception {
        Scenario s = TestFiles.load(dir, "n.yaml", "parameters:\n  market.flopPerH100eMonth: 2.5E21\n  market.supply0: 60_000\n"
                + TestFiles.ONE_LAB);
        assertEquals(2.5e21, s.config().parameters().get("market.flopPerH100eMonth"));
        assertEquals(60000, s.config().parameters().get("market.supply0"));
        assertNull(Scalars.number("yes"));
    }
}
