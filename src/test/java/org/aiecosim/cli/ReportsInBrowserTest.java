package org.aiecosim.cli;

import org.aiecosim.experiment.study.StudyFiles;
import org.aiecosim.report.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report.html of run, sweep, sensitivity and compare opens from the file system in Chromium, with every chart. */
class ReportsInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void everyCommandsReportLoadsWithAllItsCharts() throws Exception {
        HeadlessChromium.requireInstalled();
        Path run1 = tmp.resolve("run1"), run2 = tmp.resolve("run2"), sweep = tmp.resolve("sweep"), sens = tmp.resolve("sens"), cmp = tmp.resolve("cmp");
        assertEquals(0, CliRunner.run("run", "scenarios/baseline.yaml", "--reps", "2", "--set", "developers.count=2000", "--out", run1.toString()).status());
        assertEquals(0, CliRunner.run("run", "scenarios/no-export-controls.yaml", "--reps", "2", "--set", "developers.count=2000", "--out", run2.toString()).status());
        Path sweepFile = StudyFiles.grid(tmp, "g", 3, 2, 1000);
        assertEquals(0, CliRunner.run("sweep", sweepFile.toString(), "--out", sweep.toString()).status());
        Path sensFile = Files.writeString(tmp.resolve("m.yaml"), "scenario: " + StudyFiles.BASELINE + "\nreplications: 1\n"
                + "design: {type: morris, trajectories: 4, bootstrap: 50}\n"
                + "parameters:\n  release.spilloverCost: {min: 0, max: 2000}\n  lineage.postTrainingEfficiency: {min: 0, max: 1}\n"
                + "set: {developers.count: 1000}\n"
                + "outcomes: [{name: lag, indicator: lag.region.China, from: 2029-01, to: 2030-12}]\n");
        CliRunner s = CliRunner.run("sensitivity", sensFile.toString(), "--out", sens.toString());
        assertEquals(0, s.status(), s.err());
        assertEquals(0, CliRunner.run("compare", run1.toString(), run2.toString(), "--out", cmp.toString()).status());

        HeadlessChromium browser = new HeadlessChromium(Files.createDirectories(tmp.resolve("browser")));
        for (Path dir : new Path[] {run1, sweep, sens, cmp}) {
            Path html = dir.resolve("report.html");
            browser.assertAllImagesLoad(html);
            HeadlessChromium.assertNotBlank(browser.screenshot(html, dir.resolve("screenshot.png"), 1200, 1600));
        }
    }
}
