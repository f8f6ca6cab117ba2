package org.aiecosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code aiecosim calibrate}: the trace with no budget, multi-start identifiability outputs, and the findings. */
class CalibrateCommandTest {

    private static Path file(Path dir) throws Exception {
        Path f = dir.resolve("small.yaml");
        Files.writeString(f, "# A small fit.\n# Question: which of two parameters do the targets pin down?\n"
                + "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
                + "targets: " + Path.of("calibration/targets.yaml").toAbsolutePath() + "\n"
                + "seed: 5\nreplications: 2\nmonths: 48\nmaxEvaluations: 3\n"
                + "parameters:\n  market.supplyGrowth: {min: 0.03, max: 0.08}\n  developers.kind.enterprise.openPreference: {min: -8, max: 1}\n");
        return f;
    }

    @Test
    void withNoBudgetTheTraceHoldsTheStartingEvaluationAndTheTimeIsMeasured(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("fit");
        CliRunner r = CliRunner.run("calibrate", file(tmp).toString(), "--max-evaluations", "0", "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.status(), r.err());
        List<String> trace = Files.readAllLines(out.resolve("trace.csv"));
        assertEquals("start,evaluation,market.supplyGrowth,developers.kind.enterprise.openPreference,distance", trace.get(0));
        assertEquals(2, trace.size(), "one row: the scenario's own values");
        assertTrue(trace.get(1).startsWith("0,0,"), trace.get(1));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.matches("(?s).*Optimisation time</dt><dd>\\d+\\.\\d s for 1 evaluation \\(.*"), "the real time of the one evaluation");
        assertTrue(html.contains("--starts 3"), "the findings say how to check identifiability");
        assertTrue(!Files.exists(out.resolve("starts.csv")), "no identifiability files from one start");
        // Intervals of shares stay within [0, 1] (bootstrap over replications), even with two replications.
        for (String line : Files.readAllLines(out.resolve("fit.csv"))) {
            String[] c = line.split(",");
            if (!List.of("enterprise-open-share", "vendor-concentration-2025", "top-vendor-share-2025", "china-compute-share-2025").contains(c[0])) continue;
            double lo = Double.parseDouble(c[10]), hi = Double.parseDouble(c[11]);
            assertTrue(lo >= 0 && hi <= 1 && lo <= hi, c[0] + " interval " + lo + ".." + hi);
        }
    }

    @Test
    void severalStartsReportWhereEachLandedAndTheFindingsComeFirst(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("fit");
        CliRunner r = CliRunner.run("calibrate", file(tmp).toString(), "--starts", "3", "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.status(), r.err());
        List<String> starts = Files.readAllLines(out.resolve("starts.csv"));
        assertEquals(4, starts.size(), "header and three starts");
        assertTrue(starts.get(1).startsWith("0,5,"), "start 0 uses the file's seed: " + starts.get(1));
        List<String> spreads = Files.readAllLines(out.resolve("identifiability.csv"));
        assertEquals(3, spreads.size(), "header and one row per parameter");
        assertTrue(spreads.get(1).startsWith("market.supplyGrowth,0.03,0.08,"));
        assertTrue(Files.size(out.resolve("identifiability.png")) > 10_000);
        List<String> trace = Files.readAllLines(out.resolve("trace.csv"));
        for (int s = 0; s < 3; s++) {
            String prefix = s + ",0,";
            assertTrue(trace.stream().anyMatch(l -> l.startsWith(prefix)), "start " + s + " traced from its starting point");
        }
        String html = Files.readString(out.resolve("report.html"));
        int findings = html.indexOf("<h2>Findings</h2>"), run = html.indexOf("<h2>What was run</h2>");
        assertTrue(findings >= 0 && findings < run, "findings open the report");
        assertTrue(html.contains("Question: which of two parameters do the targets pin down?"));
        assertTrue(html.contains("independent starts reached an equally good distance"));
        assertTrue(html.contains("calibration targets met"));
    }
}
