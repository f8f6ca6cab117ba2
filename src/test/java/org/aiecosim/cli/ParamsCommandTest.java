package org.aiecosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code params}: columns stay aligned whatever the values. */
class ParamsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void longValuesDoNotBreakTheColumns() throws Exception {
        Path scenario = tmp.resolve("fitted.yaml");
        Files.writeString(scenario, "base: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\nparameters:\n"
                + "  market.supplyGrowth: 0.06382813314353779\n  release.spilloverCost: 2558.0599492012766\n");
        CliRunner r = CliRunner.run("params", "--scenario", scenario.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().takeWhile(l -> !l.isEmpty()).toList(); // the table; the footnote on events follows
        assertTrue(lines.size() > 100, r.out());
        int unit = lines.get(0).indexOf("unit"), range = lines.get(0).indexOf("range");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.charAt(unit - 1) == ' ' && line.charAt(unit) != ' ', "unit column moved: " + line);
            assertTrue(line.charAt(range - 1) == ' ' && line.charAt(range) != ' ', "range column moved: " + line);
        }
        assertTrue(r.out().contains("0.0638281 "), r.out());
        assertTrue(r.out().contains("2558.06 "), r.out());
    }

    @Test
    void aGrepThatMatchesNothingIsBadInputWithASuggestion() {
        CliRunner none = CliRunner.run("params", "--grep", "zzzz");
        assertEquals(Main.EXIT_BAD_INPUT, none.status());
        assertEquals("", none.out());
        assertTrue(none.err().startsWith("no parameter key or meaning contains 'zzzz' ("), none.err());

        CliRunner typo = CliRunner.run("params", "--grep", "supplyGrwth");
        assertEquals(Main.EXIT_BAD_INPUT, typo.status());
        assertTrue(typo.err().contains("no parameter key or meaning contains 'supplyGrwth'; did you mean 'supplyGrowth'?"), typo.err());

        CliRunner some = CliRunner.run("params", "--grep", "supplyGrowth");
        assertEquals(0, some.status(), some.err());
        assertTrue(some.out().contains("market.supplyGrowth"), some.out());

        // the words a researcher types: any case, and the meaning as well as the key
        CliRunner china = CliRunner.run("params", "--grep", "china");
        assertEquals(0, china.status(), china.err());
        assertTrue(china.out().contains("region.China.chipAccess"), china.out());
        CliRunner smuggling = CliRunner.run("params", "--grep", "Smuggling");
        assertEquals(0, smuggling.status(), smuggling.err());
        assertTrue(smuggling.out().contains("region.China.leakage") && !smuggling.out().contains("chipAccess"), smuggling.out());
    }

    @Test
    void startingValuesThatEventsChangeAreMarkedWithTheirMonths() throws Exception {
        Path scenario = tmp.resolve("events.yaml");
        Files.writeString(scenario, "start: 2022-01\nmonths: 36\n" + BadInputTest.LAB
                + "events:\n  - {date: 2023-06, set: {market.supplyGrowth: 0.02}}\n  - {date: 2022-09, set: {market.supplyGrowth: 0.5}}\n");
        CliRunner r = CliRunner.run("params", "--scenario", scenario.toString(), "--grep", "market.");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        String row = lines.stream().filter(l -> l.startsWith("market.supplyGrowth ")).findFirst().orElseThrow();
        assertTrue(row.matches("market\\.supplyGrowth +\\S+ \\* .*"), row);
        assertTrue(lines.stream().filter(l -> l.startsWith("market.") && !l.startsWith("market.supplyGrowth ")).noneMatch(l -> l.contains(" * ")), r.out());
        assertTrue(r.out().contains("\n* starting value: the scenario's dated events set it later"), r.out());
        assertTrue(r.out().contains("  market.supplyGrowth: 2022-09 to 0.5, 2023-06 to 0.02"), r.out());

        CliRunner defaults = CliRunner.run("params", "--grep", "market.");
        assertTrue(!defaults.out().contains("*"), defaults.out());
    }

    @Test
    void briefKeepsShortValuesAndRoundsLongOnes() {
        assertEquals("0.3", ParamsCommand.brief("0.3"));
        assertEquals("1000000", ParamsCommand.brief("1000000"));
        assertEquals("0.010239", ParamsCommand.brief("0.010239034344677555"));
        assertEquals("-3.92219", ParamsCommand.brief("-3.922194111240205"));
        assertEquals("1.23457e-07", ParamsCommand.brief("1.2345678901234e-07"));
        assertEquals(List.of("aa bb", "cc"), ParamsCommand.wrap("aa bb cc", 5));
    }
}
