package org.aiecosim.cli;

import org.aiecosim.experiment.study.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An ablation study goes through {@code sweep} and {@code validate}, writes its outputs, and resumes like a sweep. */
class AblationCommandTest {
    @TempDir
    Path tmp;

    private Path file() throws Exception {
        String text = "# Which mechanism matters?\nscenario: " + StudyFiles.BASELINE + "\nseed: 3\nreplications: 3\n"
                + "design: {type: ablation}\nmechanisms:\n  distillation: {knowledge.distillationRate: 0}\n"
                + "  spilloverLag: {knowledge.spilloverLag: 0}\nset: {developers.count: 1500}\n"
                + "outcomes:\n  - {name: chinaLag, indicator: lag.region.China, from: 2030-01, to: 2030-12}\n"
                + "  - {name: newOnChina, indicator: derivatives.baseOrigin.China, from: 2025-01, to: 2030-12,\n"
                + "     newShareOf: [derivatives.baseOrigin.US, derivatives.baseOrigin.China, derivatives.baseOrigin.EU, derivatives.baseOrigin.RestOfWorld]}\n";
        return Files.writeString(tmp.resolve("abl.yaml"), text);
    }

    @Test
    void anAblationRunsThroughSweepWritesItsTableAndChartsAndResumes() throws Exception {
        Path f = file();
        CliRunner v = CliRunner.run("validate", f.toString());
        assertEquals(0, v.status(), v.err());
        assertTrue(v.out().contains("ablation study 'abl' of 2 mechanisms (2 parameters) on baseline, 4 points x 3 replications = 12 runs"), v.out());

        Path whole = tmp.resolve("whole");
        CliRunner r = CliRunner.run("sweep", f.toString(), "--threads", "2", "--out", whole.toString());
        assertEquals(0, r.status(), r.err());
        List<String> table = Files.readAllLines(whole.resolve("ablation.csv"));
        assertEquals(1 + 3 * 2, table.size(), table.toString());
        assertTrue(table.get(1).startsWith("distillation,chinaLag,3,"), table.get(1));
        assertTrue(table.get(5).startsWith("all off,chinaLag,3,"), table.get(5));
        for (String png : List.of("ablation-chinaLag.png", "ablation-newOnChina.png")) assertTrue(Files.size(whole.resolve(png)) > 1000, png);
        String html = Files.readString(whole.resolve("report.html"));
        assertTrue(html.contains("Findings") && html.contains("ablation-chinaLag.png") && html.contains("ablation.csv"), "report");
        // common random numbers: 3 seeds, replication r has the same one at every point
        List<String> runs = Files.readAllLines(whole.resolve("runs.csv"));
        Set<String> seeds = new HashSet<>();
        for (String line : runs.subList(1, runs.size())) {
            String[] c = line.split(",");
            seeds.add(c[2] + ":" + c[3]);
        }
        assertEquals(3, seeds.size(), seeds.toString());

        // an interrupted study: its working folder with the first 5 runs only, then --resume
        Path out = tmp.resolve("part");
        Path work = tmp.resolve(".part.partial");
        Files.createDirectories(work);
        for (String keep : List.of("fingerprint.txt", "design.csv", "study.yaml", "scenario.yaml")) {
            Files.copy(whole.resolve(keep), work.resolve(keep));
        }
        Files.write(work.resolve("runs.csv"), runs.subList(0, 6));
        CliRunner resumed = CliRunner.run("sweep", f.toString(), "--threads", "1", "--out", out.toString(), "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.err().contains("resuming after 5"), resumed.err());
        for (String name : List.of("runs.csv", "points.csv", "ablation.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
        }
    }
}
