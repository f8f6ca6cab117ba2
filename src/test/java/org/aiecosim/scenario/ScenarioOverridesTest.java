package org.aiecosim.scenario;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScenarioOverridesTest {

    private static Scenario valid() throws ScenarioException {
        return ScenarioLoader.load(ScenarioLoaderTest.fixture("valid.yaml"));
    }

    private static String rejected(Scenario s, String... assignments) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.applyOverrides(s, List.of(assignments)));
        System.out.println(e.getMessage());
        assertEquals("--set", e.file());
        assertEquals(0, e.line());
        return e.getMessage();
    }

    @Test
    void overridesSetParametersAndRunSettings() throws Exception {
        Scenario s = valid();
        Scenario o = ScenarioLoader.applyOverrides(s, List.of("market.supplyGrowth=0.1", "seed=7", "replications=2",
                "months=24", "developers.globalImitation=false", "developers.ties = 3"));
        assertEquals(0.1, o.config().parameters().get("market.supplyGrowth"));
        assertEquals(0.0, o.config().parameters().get("developers.globalImitation"));
        assertEquals(3, o.config().parameters().getInt("developers.ties"));
        assertEquals(7, o.seed());
        assertEquals(2, o.replications());
        assertEquals(24, o.config().months());
        assertEquals(s.config().events().size(), o.config().events().size());
        assertEquals(0.06, s.config().parameters().get("market.supplyGrowth"), "the original is unchanged");
    }

    @Test
    void aLaterStartKeepsCalendarDates() throws Exception {
        Scenario o = ScenarioLoader.applyOverrides(valid(), List.of("start=2023-01", "months=24"));
        assertEquals(YearMonth.of(2023, 1), o.config().start());
        // The 2022-10 event has happened by then: it becomes the starting value.
        assertEquals(0.35, o.config().parameters().get("region.China.chipAccess"));
        assertEquals(List.of(9, 84), o.config().events().stream().map(e -> e.month()).toList());
        assertEquals(List.of(0, 1), o.config().labs().stream().map(l -> l.entryMonth()).toList());
        assertEquals(List.of(0, 0), o.config().generators().stream().map(g -> g.entryMonth()).toList());
    }

    @Test
    void badOverridesAreRejectedWithTheAssignment() throws Exception {
        Scenario s = valid();
        assertEquals("--set market.supplyGrowth=abc: expected a number from -0.5 to 1 (1/month), got 'abc'",
                rejected(s, "market.supplyGrowth=abc"));
        assertEquals("--set nosuch=1: unknown parameter (aiecosim params lists them all)", rejected(s, "nosuch=1"));
        assertEquals("--set foo: expected key=value, e.g. --set market.supplyGrowth=0.05", rejected(s, "foo"));
        assertEquals("--set sed=3: unknown parameter; did you mean 'seed'? (aiecosim params lists them all)",
                rejected(s, "sed=3"));
        assertEquals("--set start=2022/10: malformed date '2022/10': expected YYYY-MM, e.g. 2022-10", rejected(s, "start=2022/10"));
        assertEquals("--set months=0: expected an integer from 1 to 1200, got '0'", rejected(s, "months=0"));
        assertEquals("--set months=12: lab 'Meta-like' enters 2023-02, after the last simulated month 2022-12\n"
                        + "--set months=12: the labs of generate[0] enter 2023-01, after the last simulated month 2022-12",
                rejected(s, "months=12"));
    }
}
