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
        List<String> lines = r.out().lines().toList();
        int unit = lines.get(0).indexOf("unit"), range = lines.get(0).indexOf("range");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.charAt(unit - 1) == ' ' && line.charAt(unit) != ' ', "unit column moved: " + line);
            assertTrue(line.charAt(range - 1) == ' ' && line.charAt(range) != ' ', "range column moved: " + line);
        }
        assertTrue(r.out().contains("0.0638281 "), r.out());
        assertTrue(r.out().contains("2558.06 "), r.out());
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
