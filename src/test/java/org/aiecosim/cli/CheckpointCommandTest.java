package org.aiecosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run --checkpoint-every} leaves results unchanged, and {@code resume} continues a replication to the same rows. */
class CheckpointCommandTest {
    private static final String[] SMALL = {"scenarios/baseline.yaml", "--reps", "2", "--threads", "2", "--set", "developers.count=3000"};

    @TempDir
    Path tmp;

    @Test
    void aResumedReplicationHasExactlyTheRowsOfTheUninterruptedRun() throws IOException {
        Path plain = tmp.resolve("plain"), checkpointed = tmp.resolve("checkpointed"), resumed = tmp.resolve("resumed");
        assertEquals(0, CliRunner.run(concat(concat(new String[] {"run"}, SMALL), "--out", plain.toString())).status());
        CliRunner r = CliRunner.run(concat(concat(new String[] {"run"}, SMALL), "--checkpoint-every", "24", "--out", checkpointed.toString()));
        assertEquals(0, r.status(), r.err());
        for (String f : List.of("indicators.csv", "labs.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(checkpointed.resolve(f)), f + " unchanged by checkpointing");
        }
        try (Stream<Path> s = Files.list(checkpointed.resolve("checkpoints"))) {
            assertEquals(List.of("rep-0-month-24.ckpt", "rep-0-month-48.ckpt", "rep-0-month-72.ckpt", "rep-0-month-96.ckpt",
                    "rep-1-month-24.ckpt", "rep-1-month-48.ckpt", "rep-1-month-72.ckpt", "rep-1-month-96.ckpt"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }

        CliRunner again = CliRunner.run("resume", checkpointed.resolve("checkpoints/rep-1-month-48.ckpt").toString(), "--out", resumed.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("replication 1 resumed at month 48"), again.out());
        for (String f : List.of("indicators.csv", "labs.csv")) {
            List<String> all = Files.readAllLines(plain.resolve(f));
            List<String> expected = all.stream().filter(l -> l.startsWith("1,")).toList();
            List<String> got = Files.readAllLines(resumed.resolve(f));
            assertEquals(all.get(0), got.get(0), f + " header");
            assertTrue(expected.size() > 1000, f + " has rows of replication 1");
            assertEquals(expected, got.subList(1, got.size()), f + ": rows of replication 1, byte for byte");
        }
    }

    @Test
    void badCheckpointInputIsRefusedAndNothingIsWritten() throws IOException {
        Path out = tmp.resolve("out");
        CliRunner missing = CliRunner.run("resume", tmp.resolve("nope.ckpt").toString(), "--out", out.toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such checkpoint file"), missing.err());

        Path text = Files.writeString(tmp.resolve("text.ckpt"), "not a checkpoint\n");
        CliRunner notOne = CliRunner.run("resume", text.toString(), "--out", out.toString());
        assertEquals(2, notOne.status());
        assertTrue(notOne.err().contains("not a MASON checkpoint"), notOne.err());

        for (String n : List.of("0", "108", "-3")) {
            CliRunner badN = CliRunner.run(concat(concat(new String[] {"run"}, SMALL), "--checkpoint-every", n, "--out", out.toString()));
            assertEquals(2, badN.status(), n);
            assertTrue(badN.err().contains("expected a number of months from 1 to 107"), badN.err());
        }
        CliRunner notNumber = CliRunner.run(concat(concat(new String[] {"run"}, SMALL), "--checkpoint-every", "often", "--out", out.toString()));
        assertEquals(2, notNumber.status());
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no working folder left behind");
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
