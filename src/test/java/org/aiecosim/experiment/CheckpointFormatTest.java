package org.aiecosim.experiment;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.TestConfigs;
import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.result.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.engine.SimState;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our checkpoints (format 2) are gzip streams of the serialized model that MASON's
 * {@link SimState#readFromCheckpoint} (and so the Console) reads back into the very same model; the
 * Console's own saves (format 1) resume too; damaged, foreign and newer files are refused with a message.
 */
class CheckpointFormatTest {

    private static AiEcosystem modelAfter(int months) {
        AiEcosystem model = new AiEcosystem(TestConfigs.small(4000, 36), 77L);
        model.addObserver(new IndicatorRecorder());
        Checkpoints.label(model, 3, 77L, 5L);
        model.start();
        for (int m = 0; m < months; m++) model.schedule.step(model);
        return model;
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** MASON's own checkpoint of {@code model}, uncompressed: its plain Java serialization. */
    private static byte[] masonContent(SimState model) throws IOException {
        ByteArrayOutputStream mason = new ByteArrayOutputStream();
        model.writeToCheckpoint(mason);
        return gunzip(mason.toByteArray());
    }

    @Test
    void masonReadsOurCheckpointBackIntoTheSameModel(@TempDir Path tmp) throws Exception {
        AiEcosystem model = modelAfter(12);
        Path file = tmp.resolve("rep-3-month-12.ckpt");
        Checkpoints.write(model, file);
        byte[] ours = Files.readAllBytes(file);

        SimState read = SimState.readFromCheckpoint(new ByteArrayInputStream(ours));
        assertInstanceOf(AiEcosystem.class, read);
        assertEquals(12, read.schedule.getSteps());
        assertArrayEquals(masonContent(model), masonContent(read), "the model read back serializes exactly as the original");

        byte[] plain = masonContent(model);
        assertTrue(ours.length < 0.8 * plain.length, "packed arrays: " + ours.length + " bytes against " + plain.length + " serialized plainly");
        assertEquals(Checkpoints.FORMAT, Checkpoints.format(file));
        Checkpoints.Resumed resumed = Checkpoints.read(file);
        assertEquals(3, resumed.replication());
        assertEquals(77L, resumed.seed());
    }

    @Test
    void aConsoleSaveIsFormatOneAndResumesLikeOurs(@TempDir Path tmp) throws Exception {
        Path ours = tmp.resolve("ours.ckpt"), console = tmp.resolve("console.ckpt");
        AiEcosystem model = modelAfter(10);
        Checkpoints.write(model, ours);
        model.writeToCheckpoint(console.toFile());
        assertEquals(1, Checkpoints.format(console));

        ReplicationResult a = Checkpoints.read(ours).runToEnd(), b = Checkpoints.read(console).runToEnd();
        assertEquals(a.table().months(), b.table().months());
        for (String name : a.table().names()) assertArrayEquals(a.table().series(name), b.table().series(name), name);
    }

    @Test
    void aCheckpointWrittenTwiceIsTheSameFile(@TempDir Path tmp) throws Exception {
        AiEcosystem model = modelAfter(6);
        Checkpoints.write(model, tmp.resolve("a.ckpt"));
        Checkpoints.write(model, tmp.resolve("b.ckpt"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.ckpt")), Files.readAllBytes(tmp.resolve("b.ckpt")));
    }

    @Test
    void damagedForeignAndNewerFilesAreRefusedWithAReason(@TempDir Path tmp) throws Exception {
        Path good = tmp.resolve("good.ckpt");
        Checkpoints.write(modelAfter(6), good);
        byte[] bytes = Files.readAllBytes(good);

        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x10;
        assertRefused(tmp, "flipped.ckpt", flipped, "a damaged or incomplete checkpoint");
        assertRefused(tmp, "truncated.ckpt", Arrays.copyOf(bytes, bytes.length - 100), "a damaged or incomplete checkpoint");
        assertRefused(tmp, "text.ckpt", "months: 12\n".getBytes(StandardCharsets.UTF_8), "not a MASON checkpoint (not a gzip file)");
        assertRefused(tmp, "header.ckpt", Arrays.copyOf(bytes, 14), "not a MASON checkpoint (it ends inside the gzip header)");

        String declared = "aiecosim checkpoint " + Checkpoints.FORMAT;
        byte[] newer = new String(bytes, StandardCharsets.ISO_8859_1)
            .replaceFirst(declared, "aiecosim checkpoint " + (Checkpoints.FORMAT + 1)).getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(tmp, "newer.ckpt", newer, "a checkpoint of format " + (Checkpoints.FORMAT + 1) + ", written by a newer aiecosim");
    }

    private static void assertRefused(Path tmp, String name, byte[] content, String reason) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, content);
        IOException e = assertThrows(IOException.class, () -> Checkpoints.read(file));
        assertTrue(e.getMessage().startsWith(file + ": " + reason), e.getMessage());
    }
}
