package org.aiecosim.cli;

import org.aiecosim.experiment.study.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --engine spark} from the command line: the same study folder as the local engine, byte for byte. */
class SparkSweepCommandTest {
    @TempDir
    Path tmp;

    static void assertSameFiles(Path a, Path b, List<String> files) throws Exception {
        for (String f : files) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }

    @Test
    void aSweepOnSparkWritesTheSameRowsAsTheLocalEngine() throws Exception {
        Path file = StudyFiles.grid(tmp, "g", 5, 2, 1000);
        Path local = tmp.resolve("local"), spark = tmp.resolve("spark");
        CliRunner l = CliRunner.run("sweep", file.toString(), "--threads", "2", "--out", local.toString());
        assertEquals(0, l.status(), l.err());
        CliRunner s = CliRunner.run("sweep", file.toString(), "--engine", "spark", "--master", "local[2]", "--out", spark.toString());
        assertEquals(0, s.status(), s.err());
        assertTrue(s.err().contains("runs on Spark local[2] (2 cores)"), s.err());
        assertSameFiles(local, spark, List.of("runs.csv", "points.csv", "design.csv", "scenario.yaml", "fingerprint.txt"));
        assertEquals(1 + 5 * 2, Files.readAllLines(spark.resolve("runs.csv")).size());
        assertTrue(Files.exists(spark.resolve("report.html")));
    }

    @Test
    void aSensitivityStudyOnSparkGivesTheSameIndices() throws Exception {
        String text = "name: m\nscenario: " + StudyFiles.BASELINE + "\nseed: 9\nreplications: 1\n"
                + "design: {type: morris, trajectories: 2, levels: 4, bootstrap: 20}\n"
                + "parameters:\n  region.China.chipAccess: {min: 0, max: 1}\n  market.supplyGrowth: {min: 0, max: 0.1}\n"
                + "set:\n  developers.count: 500\n"
                + "outcomes:\n  - {name: share, indicator: compute.share.China, month: 2030-12}\n";
        Path file = Files.writeString(tmp.resolve("m.yaml"), text);
        Path local = tmp.resolve("local"), spark = tmp.resolve("spark");
        assertEquals(0, CliRunner.run("sensitivity", file.toString(), "--out", local.toString()).status());
        CliRunner s = CliRunner.run("sensitivity", file.toString(), "--engine", "spark", "--master", "local[2]", "--out", spark.toString());
        assertEquals(0, s.status(), s.err());
        assertSameFiles(local, spark, List.of("runs.csv", "points.csv", "indices.csv"));
    }

    @Test
    void aMasterSparkCannotUseIsBadInputAndWritesNothing() throws Exception {
        Path file = StudyFiles.grid(tmp, "b", 2, 1, 500);
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("sweep", file.toString(), "--engine", "spark", "--master", "nonsense://x", "--out", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--engine spark: could not start Spark with --master nonsense://x"), r.err());
        assertFalse(Files.exists(out));
    }
}
