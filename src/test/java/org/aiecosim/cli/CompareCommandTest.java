package org.aiecosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareCommandTest {
    @TempDir
    Path tmp;

    @Test
    void comparingARunWithItselfShowsNoDifferenceAndAPolicyChangeShowsOne() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), same = tmp.resolve("same"), cmp = tmp.resolve("cmp");
        String[] small = {"--reps", "4", "--set", "developers.count=2000"};
        assertEquals(0, CliRunner.run(cat(new String[] {"run", "scenarios/baseline.yaml", "--out", a.toString()}, small)).status());
        assertEquals(0, CliRunner.run(cat(new String[] {"run", "scenarios/baseline.yaml", "--out", same.toString()}, small)).status());
        assertEquals(0, CliRunner.run(cat(new String[] {"run", "scenarios/strict-export-controls.yaml", "--out", b.toString()}, small)).status());
        CliRunner r = CliRunner.run("compare", a.toString(), same.toString(), b.toString(), "--out", cmp.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = Files.readAllLines(cmp.resolve("differences.csv"));
        // identical runs: difference exactly 0 for every indicator
        String self = rows.stream().filter(l -> l.startsWith("baseline,baseline#2,compute.share.China,")).findFirst().orElseThrow();
        assertEquals("0.0", self.split(",", -1)[8]);
        // strict controls cut China's compute share: a negative difference whose CI excludes 0
        String[] strict = rows.stream().filter(l -> l.startsWith("baseline,strict-export-controls,compute.share.China,"))
                .findFirst().orElseThrow().split(",", -1);
        assertTrue(Double.parseDouble(strict[8]) < 0 && Double.parseDouble(strict[10]) < 0, String.join(",", strict));
        assertTrue(Double.parseDouble(strict[13]) < 0.01, "Welch p " + strict[13]);
        assertTrue(Files.exists(cmp.resolve("compare-compute.share.China.png")));
        assertTrue(Files.exists(cmp.resolve("report.html")));
        assertTrue(Files.exists(cmp.resolve("difference-compute.share.China.png")));
        String html = Files.readString(cmp.resolve("report.html"));
        assertTrue(html.indexOf("<h2>Findings</h2>") < html.indexOf("<h2>Inputs</h2>"), "findings first");
        // Compared with identical runs: said so, never a p-value.
        assertTrue(html.contains("baseline#2 and baseline give identical runs"), "identical runs");
        assertTrue(html.contains("identical runs: every replication the same"), "identical runs in the table");
        assertTrue(html.contains("Compute share China"), "human label");
        assertTrue(html.contains("percentage points"), "shares in percent");
        assertTrue(html.contains("Open-model adopters on open models from China"), "China's share of open-model adoption");
        assertTrue(html.contains("Developers in US on models from China"), "developers of each region on each region's models");
        assertFalse(java.util.regex.Pattern.compile("<img src=\"(?!data:image/png;base64,)").matcher(html).find(),
                "an image is not embedded");
        assertTrue(r.out().contains("strict-export-controls minus baseline"), r.out());
        // stdout as the report: no leading blank line, shares in percentage points, no degenerate interval
        assertTrue(r.out().startsWith("baseline#2 and baseline give identical runs"), r.out());
        assertFalse(r.out().contains("p=1.000"), r.out());
        // stdout gives the report's statistic (window means), labelled, so the two never disagree
        assertTrue(r.out().contains("strict-export-controls minus baseline: means over 2030-01 to 2030-12 of each replication, as in report.html"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("Compute share China +\u2212[0-9.]+ percentage points +95% CI \u2212[0-9.]+ to \u2212[0-9.]+; p .*")),
                r.out());
        String reportLine = html.substring(html.indexOf("Compute share China: "));
        String stdoutDiff = r.out().lines().filter(l -> l.startsWith("Compute share China ")).findFirst().orElseThrow().split(" +")[3];
        assertTrue(reportLine.startsWith("Compute share China: ") && reportLine.contains("(" + stdoutDiff + " percentage points"),
                "the report's difference is stdout's: " + stdoutDiff + " / " + reportLine.substring(0, 120));
    }

    @Test
    void aFolderThatIsNotAResultIsRejectedBeforeAnythingRuns() throws Exception {
        Path notResult = Files.createDirectories(tmp.resolve("empty"));
        Path cmp = tmp.resolve("cmp");
        CliRunner r = CliRunner.run("compare", "scenarios/baseline.yaml", notResult.toString(), "--out", cmp.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("not a result folder"), r.err());
        assertFalse(Files.exists(cmp));
    }

    @Test
    void setOverridesScenarioInputsOnlyAndUnknownOptionsAreNamed() throws Exception {
        Path cmp = tmp.resolve("cmp");
        // --set reaches the scenario inputs: a key they do not have is refused before anything runs
        CliRunner bad = CliRunner.run("compare", "scenarios/baseline.yaml", "scenarios/strict-export-controls.yaml",
                "--set", "developers.cuont=500", "--out", cmp.toString());
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("developers.cuont"), bad.err());
        assertFalse(bad.err().contains("replications of"), "nothing was simulated: " + bad.err());
        assertFalse(Files.exists(cmp));

        // a result folder was run with its own settings: overriding only the other side would mislead
        Path run = tmp.resolve("run");
        assertEquals(0, CliRunner.run("run", "scenarios/baseline.yaml", "--reps", "2", "--set", "developers.count=1000",
                "--out", run.toString()).status());
        CliRunner mixed = CliRunner.run("compare", run.toString(), "scenarios/baseline.yaml", "--set", "developers.count=1000",
                "--out", cmp.toString());
        assertEquals(2, mixed.status(), mixed.err());
        assertTrue(mixed.err().contains("--set applies to scenario inputs only") && mixed.err().contains(run.toString()), mixed.err());
        assertFalse(Files.exists(cmp));

        // --reps and --threads are checked as run checks them, naming the option typed
        CliRunner zero = CliRunner.run("compare", "scenarios/baseline.yaml", "scenarios/baseline.yaml", "--reps", "0", "--out", cmp.toString());
        assertEquals(2, zero.status());
        assertTrue(zero.err().startsWith("--reps 0: expected a number of replications from 1 to "), zero.err());

        // with a variable number of inputs, an unknown option is named as such
        CliRunner unknown = CliRunner.run("compare", run.toString(), run.toString(), "--bogus", "x", "--out", cmp.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("Unknown option: '--bogus'"), unknown.err());

        // one input, and a mistyped command: said in one line
        CliRunner one = CliRunner.run("compare", run.toString(), "--reps", "3");
        assertEquals(2, one.status());
        assertTrue(one.err().startsWith("compare needs at least two inputs") && !one.err().contains("Usage:"), one.err());
        CliRunner typo = CliRunner.run("rn", "scenarios/baseline.yaml");
        assertEquals(2, typo.status());
        assertTrue(typo.err().startsWith("unknown command 'rn'; did you mean 'run'?"), typo.err());

        // calibrate takes its replications and base values from its files: said so, instead of the whole usage
        CliRunner calibrate = CliRunner.run("calibrate", "calibration/baseline.yaml", "--set", "developers.count=3000");
        assertEquals(2, calibrate.status());
        assertTrue(calibrate.err().contains("calibrate reads these from its file") && !calibrate.err().contains("Usage:"), calibrate.err());
    }

    static String[] cat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
