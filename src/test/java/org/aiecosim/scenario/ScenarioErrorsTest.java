package org.aiecosim.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.aiecosim.scenario.TestFiles.ONE_LAB;
import static org.aiecosim.scenario.TestFiles.assertProblem;
import static org.aiecosim.scenario.TestFiles.reject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad input names the file, the line, the key and what is allowed. */
class ScenarioErrorsTest {
    @TempDir
    Path dir;

    @Test
    void unknownTopLevelKeySuggestsTheClosest() {
        ScenarioException e = reject(dir, "top.yaml", "# about\nnmae: x\n" + ONE_LAB);
        assertProblem(e, 2, "nmae", "unknown top-level key", "did you mean 'name'?", "allowed: name, description");
        assertTrue(e.getMessage().contains("top.yaml:2: nmae:"));
    }

    @Test
    void labNamesThatWouldBreakIndicatorNamesAreRejected() {
        ScenarioException e = reject(dir, "labname.yaml",
                "labs:\n  - {name: Open.AI, region: US, kind: frontier, compute: 1, budget: 1, capability: 1000}\n");
        assertProblem(e, 2, "labs[0].name", "not allowed", "letters, digits, '-' and '_'");
    }

    @Test
    void unknownParameterSuggestsTheClosest() {
        ScenarioException e = reject(dir, "param.yaml", "parameters:\n  market.supplyGrwth: 0.05\n" + ONE_LAB);
        assertProblem(e, 2, "parameters.market.supplyGrwth",
                "unknown parameter; did you mean 'market.supplyGrowth'? (aiecosim params lists them all)");
    }

    @Test
    void unknownNestedParameterReportsItsOwnLine() {
        ScenarioException e = reject(dir, "nested.yaml", "parameters:\n  markt:\n    supply0: 1\n    supplyGrowth: 0.1\n" + ONE_LAB);
        assertProblem(e, 3, "parameters.markt.supply0", "did you mean 'market.supply0'?");
        assertProblem(e, 4, "parameters.markt.supplyGrowth", "did you mean 'market.supplyGrowth'?");
    }

    @Test
    void regionParameterOfAnUndeclaredRegionNamesTheRegions() {
        ScenarioException e = reject(dir, "region.yaml", "parameters:\n  region.Chna.chipAccess: 0.5\n" + ONE_LAB);
        assertProblem(e, 2, "parameters.region.Chna.chipAccess", "unknown region 'Chna'; did you mean 'China'?",
                "regions: US, China, EU, RestOfWorld");
    }

    @Test
    void wrongTypesSayWhatIsAllowedWithTheUnit() {
        ScenarioException e = reject(dir, "type.yaml", String.join("\n",
                "months: 1.5",
                "parameters:",
                "  market.supplyGrowth: abc",
                "  developers.ties: 1.5",
                "  developers.imitation: yes",
                "  developers.globalImitation: yes",
                "  market:",
                "    supply0: [1, 2]",
                "") + ONE_LAB);
        assertProblem(e, 1, "months", "expected an integer from 1 to 1200 (months), got '1.5'");
        // months failed, so the rest is checked only once it is fixed: reload without it.
        e = reject(dir, "type2.yaml", String.join("\n",
                "parameters:",
                "  market.supplyGrowth: abc",
                "  developers.ties: 1.5",
                "  developers.imitation: yes",
                "  developers.globalImitation: yes",
                "  market:",
                "    supply0: [1, 2]",
                "") + ONE_LAB);
        assertProblem(e, 2, "parameters.market.supplyGrowth", "expected a number from -0.5 to 1 (1/month), got 'abc'");
        assertProblem(e, 3, "parameters.developers.ties", "expected an integer from 0 to 200 (ties), got '1.5'");
        assertProblem(e, 4, "parameters.developers.imitation", "expected a number from 0 to 5 (1/month), got 'yes'");
        assertProblem(e, 5, "parameters.developers.globalImitation", "expected true or false (flag), got 'yes'");
        assertProblem(e, 7, "parameters.market.supply0", "got a list");
        assertEquals(5, e.problems().size(), "all problems are reported at once");
    }

    @Test
    void outOfRangeValuesSayTheRangeAndUnit() {
        ScenarioException e = reject(dir, "range.yaml", "parameters:\n  market.supplyGrowth: 3\n"
                + "labs:\n  - {name: A, region: US, kind: frontier, compute: -5, budget: 1, capability: 1000}\n");
        assertProblem(e, 2, "parameters.market.supplyGrowth", "3 is out of range: expected a number from -0.5 to 1 (1/month)");
        assertProblem(e, 4, "labs[0].compute", "-5 is out of range: expected a number from 0 to 1000000000 (H100e)");
        e = reject(dir, "range2.yaml", "replications: 0\n" + ONE_LAB);
        assertProblem(e, 1, "replications", "0 is out of range: expected an integer from 1 to 10000");
    }

    @Test
    void malformedDatesSayTheFormat() {
        assertProblem(reject(dir, "d1.yaml", "start: 2022-13\n" + ONE_LAB), 1, "start",
                "malformed date '2022-13': expected YYYY-MM");
        assertProblem(reject(dir, "d2.yaml", "start: 2022/10\n" + ONE_LAB), 1, "start", "'2022/10'", "YYYY-MM");
        ScenarioException e = reject(dir, "d3.yaml", ONE_LAB + "events:\n  - date: Oct 2022\n    set: {market.supplyGrowth: 0.01}\n");
        assertProblem(e, 4, "events[0].date", "malformed date 'Oct 2022': expected YYYY-MM");
    }

    @Test
    void yamlSyntaxErrorHasItsLineAndColumn() {
        ScenarioException e = reject(dir, "syntax.yaml", "name: x\nparameters:\n  market.supplyGrowth: 0.1\n   bad: 2\n" + ONE_LAB);
        assertProblem(e, 4, "", "YAML syntax error at column 7: mapping values are not allowed here");
        e = reject(dir, "syntax2.yaml", "name: x\nregions: [US, China\nmonths: 3\n");
        assertProblem(e, 3, "", "YAML syntax error", "started on line 2");
    }

    @Test
    void duplicateYamlKeyIsAnError() {
        ScenarioException e = reject(dir, "dup.yaml", "months: 3\nmonths: 4\n" + ONE_LAB);
        assertProblem(e, 2, "months", "duplicate key (first on line 1)");
    }

    @Test
    void labProblems() {
        ScenarioException e = reject(dir, "labs.yaml", String.join("\n",
                "labs:",
                "  - {name: A, region: Japn, kind: frontier, compute: 1, budget: 1, capability: 1000}",
                "  - {name: B, region: US, kind: frontierr, compute: 1, budget: 1, capability: 1000, opn: true}",
                "  - {name: A, region: US, kind: startup, compute: 1, budget: 1, capability: 1000}",
                "  - {name: C, region: US, kind: startup, compute: 1, budget: 1}",
                "  - {name: D, region: US, kind: startup, compute: 1, budget: 1, capability: 1, entry: 2031-01}",
                ""));
        assertProblem(e, 2, "labs[0].region", "unknown region 'Japn'", "(regions: US, China, EU, RestOfWorld)");
        assertProblem(e, 3, "labs[1].kind", "unknown lab kind 'frontierr'; did you mean 'frontier'?",
                "allowed: frontier, bigtech, startup, academic");
        assertProblem(e, 3, "labs[1].opn", "unknown lab field; did you mean 'open'?");
        assertProblem(e, 4, "labs[2].name", "duplicate lab name 'A' (first on line 2)");
        assertProblem(e, 5, "labs[3].capability", "missing required lab field: expected a number from 0 to 10000 (points)");
        assertProblem(e, 6, "labs[4].entry", "expected 2022-01 to 2030-12");
    }

    @Test
    void generatorProblems() {
        ScenarioException e = reject(dir, "gen.yaml",
                "generate:\n  - {region: US, kind: startup, count: 0, compute: 1, budget: 1, capability: 900, openShare: 2}\n");
        assertProblem(e, 2, "generate[0].count", "0 is out of range: expected an integer from 1 to 10000 (labs)");
        assertProblem(e, 2, "generate[0].openShare", "2 is out of range: expected a number from 0 to 1 (share)");
    }

    @Test
    void eventProblems() {
        ScenarioException e = reject(dir, "events.yaml", ONE_LAB + String.join("\n",
                "events:",
                "  - date: 2021-06",
                "    set: {market.supplyGrowth: 0.01}",
                "  - date: 2023-01",
                "    set: {}",
                "  - date: 2023-01",
                "    set:",
                "      region.China.chipAccess: 1.5",
                "  - date: 2023-02",
                "    note: missing set",
                ""));
        assertProblem(e, 4, "events[0].date", "event date 2021-06 is before the start 2022-01");
        assertProblem(e, 7, "events[1].set", "an event must set at least one parameter");
        assertProblem(e, 10, "events[2].set.region.China.chipAccess", "1.5 is out of range: expected a number from 0 to 1 (share)");
        assertProblem(e, 11, "events[3].set", "missing required event field");
    }

    @Test
    void aScenarioNeedsALab() {
        ScenarioException e = reject(dir, "nolabs.yaml", "name: x\nmonths: 12\n");
        assertProblem(e, 1, "", "a scenario needs at least one lab: add labs: or generate:");
    }

    @Test
    void badRegionListsAreRejected() {
        ScenarioException e = reject(dir, "regions.yaml", "regions: [US, US, 9x]\n" + ONE_LAB);
        assertProblem(e, 1, "regions[1]", "region 'US' is listed twice");
        assertProblem(e, 1, "regions[2]", "expected a region name");
    }

    @Test
    void emptyAndNonMapFilesAreRejected() {
        assertTrue(reject(dir, "empty.yaml", "# only a comment\n").getMessage().contains("empty.yaml: the scenario file is empty"));
        assertProblem(reject(dir, "list.yaml", "- a\n- b\n"), 1, "", "a scenario file must be a map of keys");
    }
}
