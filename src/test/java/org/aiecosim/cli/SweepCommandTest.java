package org.aiecosim.cli;

import org.aiecosim.experiment.study.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepCommandTest {
    @TempDir
    Path tmp;

    @Test
    void sweepIsReproducibleAndIndependentOfThreads() throws IOException {
        Path file = StudyFiles.grid(tmp, "g", 3, 2, 1000);
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        CliRunner ra = CliRunner.run("sweep", file.toString(), "--threads", "1", "--out", a.toString());
        assertEquals(0, ra.status(), ra.err());
        assertEquals(0, CliRunner.run("sweep", file.toString(), "--threads", "2", "--out", b.toString()).status());
        for (String f : List.of("runs.csv", "points.csv", "design.csv", "scenario.yaml", "fingerprint.txt")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        List<String> runs = Files.readAllLines(a.resolve("runs.csv"));
        assertEquals(1 + 3 * 2, runs.size());
        assertEquals("run,point,replication,seed,region.China.chipAccess,lag,share,status,error", runs.get(0));
        assertTrue(runs.stream().skip(1).allMatch(l -> l.endsWith(",ok,")), runs.toString());
        // points.csv: one row per point and outcome
        assertEquals(1 + 3 * 2, Files.readAllLines(a.resolve("points.csv")).size());
    }

    @Test
    void setAndRepsShrinkTheStudyAndAreRecorded() throws IOException {
        Path file = StudyFiles.grid(tmp, "o", 2, 3, 1000);
        Path a = tmp.resolve("a");
        CliRunner r = CliRunner.run("sweep", file.toString(), "--set", "developers.count=600", "--reps", "1", "--out", a.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(1 + 2, Files.readAllLines(a.resolve("runs.csv")).size(), "2 points x 1 replication");
        assertTrue(Files.readString(a.resolve("scenario.yaml")).contains("developers.count: 600 "), "the resolved base scenario has it");
        assertTrue(Files.readString(a.resolve("report.html")).contains("--set developers.count=600 --reps 1"), "recorded in the report");

        // a parameter the design varies cannot be fixed from the command line
        CliRunner fixed = CliRunner.run("sweep", file.toString(), "--set", "region.China.chipAccess=0.5", "--out", tmp.resolve("b").toString());
        assertEquals(2, fixed.status());
        assertTrue(fixed.err().startsWith("--set region.China.chipAccess=0.5: 'region.China.chipAccess' is a parameter the design varies"),
                fixed.err());
        CliRunner zero = CliRunner.run("sweep", file.toString(), "--reps", "0", "--out", tmp.resolve("c").toString());
        assertEquals(2, zero.status());
        assertTrue(zero.err().startsWith("--reps 0: expected a number of replications from 1 to "), zero.err());
        assertFalse(Files.exists(tmp.resolve("b")) || Files.exists(tmp.resolve("c")), "nothing written");
    }

    /**
     * Known answer of common random numbers: two points with the same parameter values give the same
     * outcomes run for run, while with independent seeds they differ; the fingerprint and the report say which.
     */
    @Test
    void commonRandomNumbersMakeEqualPointsEqual() throws IOException {
        String body = "name: crn\nscenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\nseed: 9\nreplications: 2\n"
                + "parameters:\n  region.China.chipAccess: {values: [0.3, 0.3]}\n"
                + "set:\n  developers.count: 800\n  developers.represented: 37500\n"
                + "outcomes:\n  - {name: lag, indicator: lag.region.China, from: 2029-01, to: 2030-12}\n";
        Path common = Files.writeString(tmp.resolve("common.yaml"), body.replace("replications: 2\n",
                "replications: 2\ndesign: {type: grid, commonRandomNumbers: true}\n"));
        Path independent = Files.writeString(tmp.resolve("independent.yaml"), body.replace("replications: 2\n",
                "replications: 2\ndesign: {type: grid}\n"));
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        assertEquals(0, CliRunner.run("sweep", common.toString(), "--out", a.toString()).status());
        assertEquals(0, CliRunner.run("sweep", independent.toString(), "--out", b.toString()).status());
        // runs.csv: run,point,replication,seed,region.China.chipAccess,lag,status,error; points 0 and 1, replications 0 and 1
        List<String[]> ra = Files.readAllLines(a.resolve("runs.csv")).stream().skip(1).map(l -> l.split(",", -1)).toList();
        List<String[]> rb = Files.readAllLines(b.resolve("runs.csv")).stream().skip(1).map(l -> l.split(",", -1)).toList();
        for (int rep = 0; rep < 2; rep++) {
            assertEquals(ra.get(rep)[3], ra.get(2 + rep)[3], "same seed for replication " + rep);
            assertEquals(ra.get(rep)[5], ra.get(2 + rep)[5], "same outcome for replication " + rep);
            assertFalse(rb.get(rep)[3].equals(rb.get(2 + rep)[3]), "independent seeds");
        }
        assertFalse(Files.readString(a.resolve("fingerprint.txt")).equals(Files.readString(b.resolve("fingerprint.txt"))));
        assertTrue(Files.readString(a.resolve("report.html")).contains("common (commonRandomNumbers: true)"), "said in the report");
        assertTrue(Files.readString(b.resolve("report.html")).contains("independent: every run has its own seed"));
    }

    /** A sweep killed midway (kill -9 of a real JVM) and resumed gives exactly the uninterrupted result. */
    @Test
    void aKilledSweepResumesToTheUninterruptedResult() throws Exception {
        Path file = StudyFiles.grid(tmp, "k", 30, 2, 4000);
        Path whole = tmp.resolve("whole"), killed = tmp.resolve("killed");
        assertEquals(0, CliRunner.run("sweep", file.toString(), "--out", whole.toString()).status());

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sweep", file.toString(), "--threads", "1", "--out", killed.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        // an unfinished study lives in the hidden .killed.partial folder; killed/ appears only when it is complete
        Path runs = tmp.resolve(".killed.partial").resolve("runs.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (!Files.exists(runs) || Files.readAllLines(runs).size() < 8)) Thread.sleep(10);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long done = Files.readAllLines(runs).size() - 1;
        assertTrue(done >= 7 && done < 60, "killed after " + done + " of 60 runs");
        assertFalse(Files.exists(killed), "the killed sweep must not look finished");
        assertFalse(Files.exists(runs.resolveSibling("points.csv")));

        CliRunner resumed = CliRunner.run("sweep", file.toString(), "--out", killed.toString(), "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.err().contains("resuming after"), resumed.err());
        for (String f : List.of("runs.csv", "points.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        assertFalse(Files.exists(runs.getParent()), "the working folder is renamed on completion");
        assertFalse(Files.exists(killed.resolve(".lock")), "the finished folder carries no lock file");
        CliRunner again = CliRunner.run("sweep", file.toString(), "--out", killed.toString(), "--resume");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("already complete"), again.out());
    }

    @Test
    void resumeRefusesAFolderOfAnotherStudyAndNewRunsRefuseExistingFolders() throws IOException {
        Path a = StudyFiles.grid(tmp, "a", 2, 1, 500);
        Path b = StudyFiles.grid(tmp, "b", 3, 1, 500);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRunner.run("sweep", a.toString(), "--out", out.toString()).status());
        byte[] before = Files.readAllBytes(out.resolve("runs.csv"));
        CliRunner other = CliRunner.run("sweep", b.toString(), "--out", out.toString(), "--resume");
        assertEquals(2, other.status());
        assertTrue(other.err().contains("different study"), other.err());
        CliRunner again = CliRunner.run("sweep", a.toString(), "--out", out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already exists"), again.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("runs.csv")));
        CliRunner noOut = CliRunner.run("sweep", a.toString(), "--resume");
        assertEquals(2, noOut.status());
        assertTrue(noOut.err().contains("--resume needs --out"), noOut.err());
    }

    @Test
    void badSweepFilesAreRejectedWithLineAndKeyAndNothingWritten() throws IOException {
        String base = "scenario: " + StudyFiles.BASELINE + "\n";
        String[][] cases = {
                {"design: {type: morris}\nparameters: {region.China.chipAccess: {min: 0, max: 1}}\noutcomes: [{name: x, indicator: chips.price, month: 2030-12}]\n",
                        "bad.yaml: this is a sensitivity study file: aiecosim sensitivity "},
                {"design: {type: morriss}\nparameters: {region.China.chipAccess: {min: 0, max: 1}}\noutcomes: [{name: x, indicator: chips.price, month: 2030-12}]\n",
                        ":2: design.type: unknown design type 'morriss'"},
                {"design: {type: grid}\nparameters: {region.China.chipAcess: {values: [0, 1]}}\noutcomes: [{name: x, indicator: chips.price, month: 2030-12}]\n",
                        ":3: parameters.region.China.chipAcess: unknown parameter; did you mean 'region.China.chipAccess'?"},
                {"design: {type: grid}\nparameters: {region.China.chipAccess: {values: [0, 1.5]}}\noutcomes: [{name: x, indicator: chips.price, month: 2030-12}]\n",
                        "parameters.region.China.chipAccess.values[1]: 1.5 is out of range"},
                {"design: {type: grid}\nparameters: {region.China.chipAccess: {values: [0, 1]}}\noutcomes: [{name: x, indicator: chips.prize, month: 2030-12}]\n",
                        ":4: outcomes[0].indicator: unknown indicator 'chips.prize'; did you mean 'chips.price'?"},
                {"design: {type: grid}\nparameters: {region.China.chipAccess: {values: [0, 1]}}\noutcomes: [{name: x, indicator: chips.price, month: 2031-12}]\n",
                        "outcomes[0].month: 2031-12 is outside the simulated months 2022-01 to 2030-12"},
        };
        for (String[] c : cases) {
            Path f = Files.writeString(tmp.resolve("bad.yaml"), base + c[0]);
            Path out = tmp.resolve("out-bad");
            CliRunner r = CliRunner.run("sweep", f.toString(), "--out", out.toString());
            assertEquals(2, r.status(), r.err());
            assertTrue(r.err().contains(c[1]), "expected [" + c[1] + "] in: " + r.err());
            assertFalse(Files.exists(out));
        }
    }
}
