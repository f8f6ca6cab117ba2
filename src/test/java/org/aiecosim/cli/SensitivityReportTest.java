package org.aiecosim.cli;

import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.experiment.study.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sensitivity command's report through the command line, on the real model (small): the noise
 * reference is the spread computed independently from runs.csv (or noise-runs.csv), the tables are
 * ranked, the mu*–sigma plots exist, and the Findings quote the numbers of indices.csv.
 */
class SensitivityReportTest {
    @TempDir
    Path tmp;

    Path study(String name, int replications, String design) throws IOException {
        return Files.writeString(tmp.resolve(name + ".yaml"), "# Which of two release parameters moves China's lag?\n# Second paragraph.\n"
                + "name: " + name + "\nscenario: " + StudyFiles.BASELINE + "\nseed: 21\nreplications: " + replications + "\n"
                + "design: " + design + "\n"
                + "parameters:\n  release.spilloverCost: {min: 0, max: 2000}\n  lineage.postTrainingEfficiency: {min: 0, max: 1}\n"
                + "  developers.switchingCost: {min: 0, max: 3}\n"
                + "set: {developers.count: 800}\n"
                + "outcomes: [{name: lag, indicator: lag.region.China, from: 2029-01, to: 2030-12}]\n");
    }

    static Map<String, String[]> csv(Path file, String key) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, String[]> rows = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            rows.put(f[header.indexOf(key)] + (key.equals("outcome") ? "" : "/" + rows.size()), f);
        }
        return rows;
    }

    @Test
    void morrisReportHasNoiseFromRunsCsvRankedTablesScatterPlotsAndFindingsFromTheIndices() throws IOException {
        Path out = tmp.resolve("m");
        CliRunner r = CliRunner.run("sensitivity", study("m", 2, "{type: morris, trajectories: 3, bootstrap: 100}").toString(),
                "--threads", "2", "--out", out.toString());
        assertEquals(0, r.status(), r.err());

        // noise: pooled within-point sd of the outcome, recomputed from runs.csv
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        Map<String, List<Double>> byPoint = new HashMap<>();
        for (String l : runs.subList(1, runs.size())) {
            String[] f = l.split(",", -1);
            byPoint.computeIfAbsent(f[1], k -> new ArrayList<>()).add(Double.parseDouble(f[7]));
        }
        double ss = 0;
        int df = 0;
        for (List<Double> v : byPoint.values()) {
            double m = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            for (double x : v) ss += (x - m) * (x - m);
            df += v.size() - 1;
        }
        String[] noise = Files.readAllLines(out.resolve("noise.csv")).get(1).split(",", -1);
        assertEquals("lag", noise[0]);
        assertEquals(Math.sqrt(ss / df), Double.parseDouble(noise[4]), 1e-9);
        double floor = Double.parseDouble(noise[8]);
        // Δ = 2/3 for 4 levels: mu* of pure noise = 2 (sd/√2) / (2/3 √π)
        assertEquals(2 * Math.sqrt(ss / df) / Math.sqrt(2) / (2.0 / 3 * Math.sqrt(Math.PI)), floor, 1e-9);
        assertFalse(Files.exists(out.resolve("noise-runs.csv")), "two replications a point: no extra runs");

        // ranked table: rows in decreasing mu*, ranks 1..3
        Map<String, Double> muStar = new HashMap<>();
        Map<String, String[]> idx = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("indices.csv"))) {
            String[] f = l.split(",", -1);
            if (f[3].equals("muStar")) {
                muStar.put(f[1], Double.parseDouble(f[4]));
                idx.put(f[1], f);
            }
        }
        List<String> expected = muStar.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .map(Map.Entry::getKey).toList();
        String html = Files.readString(out.resolve("report.html"));
        int at = html.indexOf("lag, ranked by mu*");
        assertTrue(at > 0, "ranked table");
        int last = at;
        for (int i = 0; i < expected.size(); i++) {
            int row = html.indexOf("<td class=\"num\">" + (i + 1) + "</td><td>" + expected.get(i) + "</td>", at);
            assertTrue(row > last, "rank " + (i + 1) + " is " + expected.get(i));
            last = row;
        }
        // the console table: no leading blank line, rows in the same decreasing mu*, noise reference marked
        assertTrue(r.out().startsWith("lag (lag.region.China), ranked by muStar; muStar and sigma in months"), r.out());
        List<String> console = r.out().lines().filter(l -> muStar.keySet().stream().anyMatch(l::startsWith))
                .map(l -> l.split(" ")[0]).toList();
        assertEquals(expected, console, r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("~ not above the noise reference: replication noise sd")
                && l.contains(" months (")), r.out());
        assertTrue(Files.exists(out.resolve("morris-lag.png")) && html.contains("morris-lag.png"), "mu*-sigma plot");

        // findings first, with the question and numbers of the results
        int findings = html.indexOf("<h2>Findings</h2>");
        assertTrue(findings > 0 && findings < html.indexOf("<h2>What was run</h2>"), "findings open the report");
        assertTrue(html.contains("Question: Which of two release parameters moves China&#39;s lag?")
                || html.contains("Question: Which of two release parameters moves China's lag?"), "the question");
        String level = String.format(Locale.ROOT, "%.3g", floor);
        assertTrue(html.contains("replication-noise level of " + String.format(Locale.ROOT, "%,." + decimals(floor) + "f", floor)),
                "noise level " + level + " quoted in the findings");
        String top = expected.get(0);
        assertTrue(html.contains(top + " (mu* "), "the largest parameter is named with its mu*");
        assertTrue(html.contains("indices below this are within replication noise"), html.substring(0, 200));
    }

    private static int decimals(double v) {
        return Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(v))));
    }

    @Test
    void oneReplicationPerPointMeasuresNoiseOnTenExtraBaseRunsWhoseSpreadIsInNoiseCsv() throws IOException {
        Path out = tmp.resolve("s");
        CliRunner r = CliRunner.run("sensitivity", study("s", 1, "{type: saltelli, baseSamples: 4, bootstrap: 50}").toString(),
                "--threads", "2", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> extra = Files.readAllLines(out.resolve("noise-runs.csv"));
        assertEquals(1 + 10, extra.size());
        assertEquals(Files.readAllLines(out.resolve("runs.csv")).get(0), extra.get(0), "same columns as runs.csv");
        long designRuns = Files.readAllLines(out.resolve("runs.csv")).size() - 1;
        double[] v = new double[10];
        for (int k = 0; k < 10; k++) {
            String[] f = extra.get(k + 1).split(",", -1);
            assertEquals(designRuns + k, Long.parseLong(f[0]));
            assertEquals(SeedSequence.derive(21, designRuns + k), Long.parseLong(f[3]));
            v[k] = Double.parseDouble(f[7]);
        }
        String[] noise = Files.readAllLines(out.resolve("noise.csv")).get(1).split(",", -1);
        assertEquals(new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation(true).evaluate(v),
                Double.parseDouble(noise[4]), 1e-9);
        assertEquals("ST", noise[7]);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("lag, ranked by ST"), "ranked by ST");
        assertTrue(html.contains("10 extra replications of the base scenario"), "the report says where the noise comes from");
        assertTrue(html.contains("noise-runs.csv"));
    }
}
