package org.aiecosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunCommandTest {
    /** Small and short, so every shipped scenario runs in the test suite in about a second. */
    static final String[] SMALL = {"--reps", "2", "--set", "developers.count=3000"};

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "no-export-controls", "strict-export-controls", "us-open-weight-restriction", "china-chip-breakthrough"})
    void everyShippedScenarioRunsAndWritesItsResults(String name) throws IOException {
        Path out = tmp.resolve(name);
        CliRunner r = CliRunner.run(concat("run", "scenarios/" + name + ".yaml", "--out", out.toString()));
        assertEquals(0, r.status(), r.err());
        for (String f : List.of("scenario.yaml", "indicators.csv", "labs.csv", "ensemble.csv", "summary.csv", "run-info.txt", "report.html",
                "capability-by-region.png", "capability-open-vs-closed.png", "adoption-open-vs-closed.png",
                "adoption-by-origin.png", "open-release-share.png", "compute-share.png", "lags.png")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        // tidy CSV: header + replications x months x non-lab indicators
        List<String> rows = Files.readAllLines(out.resolve("indicators.csv"));
        assertEquals("replication,seed,month,date,indicator,value", rows.get(0));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("1,") && l.contains(",107,2030-12,capability.frontier,")));
        assertTrue(r.out().contains("results in " + out), r.out());
        assertTrue(r.out().contains("Frontier capability"), r.out());
        // two replications: the reader is told why the intervals are so wide
        assertTrue(r.out().contains("Note: with 2 replications the intervals are wide (t quantile 12.7)"), r.out());
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no working folder left behind");
        }
    }

    /** A --set of a value a dated event sets again holds only until that event: the user is told so. */
    @Test
    void anOverrideThatAnEventChangesLaterIsFlagged() {
        CliRunner r = CliRunner.run(concat("run", "scenarios/baseline.yaml", "--set", "region.China.chipAccess=0.2",
                "--out", tmp.resolve("w").toString()));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("warning: --set region.China.chipAccess=0.2 sets only the starting value: the scenario's events change "
                + "region.China.chipAccess later (2022-10 to 0.35,"), r.err());
        assertFalse(r.err().contains("--set developers.count=3000 sets only the starting value"), "no event warning for a key no event sets: " + r.err());
    }

    @Test
    void sameSeedGivesByteIdenticalFilesForAnyThreadCount() throws IOException {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        assertEquals(0, CliRunner.run(concat("run", "scenarios/baseline.yaml", "--threads", "1", "--seed", "7", "--out", a.toString())).status());
        assertEquals(0, CliRunner.run(concat("run", "scenarios/baseline.yaml", "--threads", "2", "--seed", "7", "--out", b.toString())).status());
        for (String f : List.of("indicators.csv", "labs.csv", "ensemble.csv", "summary.csv", "scenario.yaml")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        Path c = tmp.resolve("c");
        assertEquals(0, CliRunner.run(concat("run", "scenarios/baseline.yaml", "--seed", "8", "--out", c.toString())).status());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("indicators.csv")), Files.readAllBytes(c.resolve("indicators.csv"))));
    }

    @Test
    void theResolvedScenarioRepeatsTheRunExactly() throws IOException {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        assertEquals(0, CliRunner.run(concat("run", "scenarios/china-chip-breakthrough.yaml", "--set", "market.supplyGrowth=0.04", "--out", a.toString())).status());
        CliRunner again = CliRunner.run("run", a.resolve("scenario.yaml").toString(), "--out", b.toString());
        assertEquals(0, again.status(), again.err());
        assertArrayEquals(Files.readAllBytes(a.resolve("indicators.csv")), Files.readAllBytes(b.resolve("indicators.csv")));
    }

    @Test
    void anExistingOutputFolderIsNeverOverwritten() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "precious");
        CliRunner r = CliRunner.run(concat("run", "scenarios/baseline.yaml", "--out", out.toString()));
        assertEquals(2, r.status());
        assertTrue(r.err().contains("already exists"), r.err());
        assertEquals("precious", Files.readString(out.resolve("keep.txt")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count());
        }
    }

    static String[] concat(String... head) {
        return Stream.concat(Stream.of(head), Stream.of(SMALL)).toArray(String[]::new);
    }

    @Test
    void fewerAgentsAloneIsASmallerWorldAndTheWarningSaysHowToKeepThePopulation() throws Exception {
        var base = org.aiecosim.scenario.ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        var fewer = org.aiecosim.scenario.ScenarioLoader.applyOverrides(base, List.of("developers.count=5000"));
        String w = ScenarioInput.populationWarning(base, fewer, List.of("developers.count=5000"));
        assertTrue(w != null && w.contains("stands for 3.00M real developers instead of 30.0M")
                && w.endsWith("also --set developers.represented=6000"), w);
        var both = org.aiecosim.scenario.ScenarioLoader.applyOverrides(base, List.of("developers.count=5000", "developers.represented=6000"));
        assertEquals(null, ScenarioInput.populationWarning(base, both, List.of("developers.count=5000", "developers.represented=6000")));
        assertEquals(null, ScenarioInput.populationWarning(base, base, List.of("seed=3")));
    }

    @Test
    void aKeyGivenTwiceIsFlaggedWithTheValueThatApplies() {
        assertEquals(List.of("warning: --set developers.count given 2 times (3000, 4000): the last, 4000, applies"),
                ScenarioInput.repeatedKeyWarnings(List.of("developers.count=3000", "seed=3", "developers.count=4000")));
        assertEquals(List.of(), ScenarioInput.repeatedKeyWarnings(List.of("developers.count=3000", "seed=3")));
    }
}
