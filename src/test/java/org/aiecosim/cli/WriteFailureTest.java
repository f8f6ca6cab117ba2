package org.aiecosim.cli;

import org.aiecosim.experiment.study.StudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 15, item 4: a full disk, made real with a small tmpfs (mounting needs root; the test is skipped
 * with a message otherwise). Every write failure ends with one line naming the file and the cause,
 * exit status 1, no stack trace, no temporary files; a study says how to resume it.
 */
class WriteFailureTest {
    @TempDir
    Path tmp;
    Path disk;
    boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "full-disk tests need Linux tmpfs; skipped");
        disk = Files.createDirectory(tmp.resolve("disk"));
        mounted = sh("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString()) == 0;
        assumeTrue(mounted, "full-disk tests mount a small tmpfs, which needs root (CAP_SYS_ADMIN); skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (!mounted) return;
        for (int i = 0; i < 20 && sh("umount", disk.toString()) != 0; i++) Thread.sleep(100);
        if (sh("mountpoint", "-q", disk.toString()) == 0) sh("umount", "-l", disk.toString());
    }

    private static int sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private void resize(String size) throws Exception {
        assertEquals(0, sh("mount", "-o", "remount,size=" + size, disk.toString()));
    }

    private List<String> everything() throws IOException {
        try (Stream<Path> s = Files.walk(disk)) {
            return s.filter(p -> !p.equals(disk)).map(p -> disk.relativize(p).toString()).toList();
        }
    }

    private static void assertOneCleanLine(CliRunner r, String fileFragment) {
        System.out.println(r.err());
        assertEquals(1, r.status(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace or class names: " + r.err());
        String last = r.err().strip().lines().filter(l -> l.startsWith("aiecosim: cannot write")).findFirst().orElse("");
        assertTrue(last.contains(fileFragment) && last.endsWith(": No space left on device"), r.err());
    }

    @Test
    void runOnAFullDiskNamesTheFileAndLeavesNothing() throws Exception {
        Path out = disk.resolve("r");
        CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--reps", "1", "--set", "developers.count=300",
                "--out", out.toString());
        assertOneCleanLine(r, disk.toString());
        assertEquals(List.of(), everything(), "the .partial folder is removed");

        CliRunner c = CliRunner.run("run", "scenarios/baseline.yaml", "--reps", "2", "--threads", "1", "--set", "developers.count=300",
                "--checkpoint-every", "12", "--out", out.toString());
        assertOneCleanLine(c, disk.toString());
        assertTrue(c.err().contains(".ckpt") || c.err().contains(".csv"), c.err());
        assertEquals(List.of(), everything(), "no .partial folder, no *.ckpt.tmp");
    }

    @Test
    void aStudyThatCannotCreateItsFolderLeavesNothingAndCanSimplyBeRepeated() throws Exception {
        resize("16k");
        Path file = StudyFiles.grid(tmp, "g", 2, 1, 300);
        Path out = disk.resolve("s");
        CliRunner r = CliRunner.run("sweep", file.toString(), "--out", out.toString());
        assertOneCleanLine(r, disk.toString());
        assertEquals(List.of(), everything());
        resize("4m");
        CliRunner again = CliRunner.run("sweep", file.toString(), "--out", out.toString());
        assertEquals(0, again.status(), again.err());
    }

    @Test
    void aStudyThatFillsTheDiskSaysHowToResumeAndResumes() throws Exception {
        Path file = StudyFiles.grid(tmp, "g", 2, 1, 300);
        Path out = disk.resolve("s");
        CliRunner r = CliRunner.run("sweep", file.toString(), "--out", out.toString());
        assertOneCleanLine(r, ".png");
        String resume = "aiecosim sweep " + file + " --out " + out + " --resume";
        assertTrue(r.err().contains("continue with: " + resume), r.err());
        assertFalse(Files.exists(out), "an unfinished study does not look finished");
        assertTrue(everything().stream().noneMatch(p -> p.endsWith(".tmp")), everything().toString());

        resize("4m");
        CliRunner resumed = CliRunner.run(resume.substring("aiecosim ".length()).split(" "));
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(Files.exists(out.resolve("points.csv")) && Files.exists(out.resolve("report.html")));
        assertEquals(3, Files.readAllLines(out.resolve("runs.csv")).size());
    }
}
