package org.aiecosim.cli;

import org.aiecosim.app.OutputLocation;
import org.aiecosim.experiment.study.StudyFiles;
import org.aiecosim.io.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15, items 1 and 5: one process at a time owns an output folder; the second is told who does. */
class StudyLockTest {
    @TempDir
    Path tmp;

    /** Two processes on one study folder: the second (resume or new) fails at once naming the holder; nothing is corrupted. */
    @Test
    void aSecondProcessCannotWriteIntoARunningStudy() throws Exception {
        Path file = StudyFiles.grid(tmp, "k", 30, 2, 4000);
        Path whole = tmp.resolve("whole"), out = tmp.resolve("out");
        assertEquals(0, CliRunner.run("sweep", file.toString(), "--out", whole.toString()).status());

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sweep", file.toString(), "--threads", "1", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            Path runs = tmp.resolve(".out.partial").resolve("runs.csv");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && (!Files.exists(runs) || Files.readAllLines(runs).size() < 4)) Thread.sleep(10);
            assertTrue(p.isAlive(), "the first sweep is still running");

            CliRunner resume = CliRunner.run("sweep", file.toString(), "--out", out.toString(), "--resume");
            assertEquals(2, resume.status(), resume.err());
            assertTrue(resume.err().contains("in use by another aiecosim process (pid " + p.pid() + " on "), resume.err());
            assertTrue(resume.err().contains("started 20"), resume.err());
            assertEquals(1, resume.err().strip().lines().count(), resume.err());

            CliRunner fresh = CliRunner.run("sweep", file.toString(), "--out", out.toString());
            assertEquals(2, fresh.status(), fresh.err());
            assertTrue(fresh.err().contains("pid " + p.pid()), fresh.err());

            CliRunner sensitivity = CliRunner.run("sensitivity", Path.of("scenarios/sweeps/behaviour-sensitivity.yaml").toString(),
                    "--out", out.toString(), "--resume");
            assertEquals(2, sensitivity.status(), sensitivity.err());
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // the OS released the killed holder's lock: the study resumes and ends exactly like an uninterrupted one
        CliRunner resumed = CliRunner.run("sweep", file.toString(), "--out", out.toString(), "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        for (String f : List.of("runs.csv", "points.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve("runs.csv")).subList(1, 61)) assertTrue(ids.add(line.split(",")[0]), line);
    }

    /** Two threads of one JVM: the lock is refused to the second as well. */
    @Test
    void theLockIsExclusiveBetweenThreadsToo() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("d"));
        try (FolderLock first = FolderLock.acquire(dir)) {
            Exception[] second = new Exception[1];
            Thread t = new Thread(() -> second[0] = assertThrows(FolderLock.HeldException.class, () -> FolderLock.acquire(dir)));
            t.start();
            t.join();
            assertTrue(second[0].getMessage().contains("pid " + ProcessHandle.current().pid()), second[0].getMessage());
            assertTrue(FolderLock.isHeld(dir));
        }
        assertFalse(FolderLock.isHeld(dir));
        FolderLock.acquire(dir).close();
    }

    /** run, calibrate and compare claim their working folder first: a concurrent second claim fails at once, naming the holder. */
    @Test
    void aClaimedOutputFolderIsRefusedToASecondRun() throws Exception {
        Path target = tmp.resolve("r");
        try (OutputLocation.Claim claim = OutputLocation.claim(target)) {
            OutputLocation.Unusable e = assertThrows(OutputLocation.Unusable.class, () -> OutputLocation.claim(target));
            assertTrue(e.getMessage().contains("in use by another aiecosim process (pid " + ProcessHandle.current().pid()), e.getMessage());
            CliRunner run = CliRunner.run("run", "scenarios/baseline.yaml", "--reps", "1", "--set", "developers.count=300", "--out", target.toString());
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().contains("in use by another aiecosim process"), run.err());
            assertFalse(run.err().contains("replications of"), "nothing was simulated: " + run.err());
            // compare refuses a claimed folder before running its scenario inputs, too
            CliRunner compare = CliRunner.run("compare", "scenarios/baseline.yaml", "scenarios/no-export-controls.yaml", "--reps", "1",
                    "--out", target.toString());
            assertEquals(2, compare.status(), compare.err());
            assertTrue(compare.err().contains("in use by another aiecosim process"), compare.err());
            assertFalse(compare.err().contains("replications of"), "nothing was simulated: " + compare.err());
            assertTrue(Files.isDirectory(claim.work()));
        }
        assertFalse(Files.exists(OutputLocation.partial(target)), "an unpublished claim is removed");
        assertFalse(Files.exists(target));
    }

    /** A folder that cannot be created fails before any simulation, saying why. */
    @Test
    void anUnwritableOutFailsBeforeSimulating() {
        // (the same population at another resolution: no warning about it before the one expected here)
        CliRunner run = CliRunner.run("run", "scenarios/baseline.yaml", "--reps", "1", "--set", "developers.count=300",
                "--set", "developers.represented=60000", "--out", "/proc/x");
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith("--out: cannot create /proc/.x.partial: "), run.err());
        assertFalse(run.err().contains("replications of"), "nothing was simulated: " + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    /** Issue 15, item 7: an empty --out is an empty path, not a folder that "already exists". */
    @Test
    void anEmptyOutIsNamedAsSuch() {
        for (String command : List.of("run", "sweep")) {
            String file = command.equals("run") ? "scenarios/baseline.yaml" : "scenarios/sweeps/export-controls.yaml";
            CliRunner r = CliRunner.run(command, file, "--out", "");
            assertEquals(2, r.status(), r.err());
            assertEquals("--out: an empty path is not a folder name", r.err().strip());
        }
    }
}
