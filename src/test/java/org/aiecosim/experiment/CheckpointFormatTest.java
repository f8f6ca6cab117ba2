package org.aiecosim.experiment;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.TestConfigs;
import org.aiecosim.observation.IndicatorRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.engine.SimState;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Our checkpoints are MASON's format: the same serialized model inside a gzip stream, only compressed
 * at another level, so MASON's {@link SimState#readFromCheckpoint} (and the Console) read them.
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

    @Test
    void theUncompressedContentIsMasonsAndMasonReadsIt(@TempDir Path tmp) throws Exception {
        AiEcosystem model = modelAfter(12);
        ByteArrayOutputStream mason = new ByteArrayOutputStream();
        model.writeToCheckpoint(mason);
        Path file = tmp.resolve("rep-3-month-12.ckpt");
        Checkpoints.write(model, file);
        byte[] ours = Files.readAllBytes(file);

        assertNotEquals(mason.size(), ours.length, "compressed at another level");
        assertArrayEquals(gunzip(mason.toByteArray()), gunzip(ours), "the same serialized model");

        SimState read = SimState.readFromCheckpoint(new ByteArrayInputStream(ours));
        assertInstanceOf(AiEcosystem.class, read);
        assertEquals(12, read.schedule.getSteps());
        Checkpoints.Resumed resumed = Checkpoints.read(file);
        assertEquals(3, resumed.replication());
        assertEquals(77L, resumed.seed());
    }

    @Test
    void aCheckpointWrittenTwiceIsTheSameFile(@TempDir Path tmp) throws Exception {
        AiEcosystem model = modelAfter(6);
        Checkpoints.write(model, tmp.resolve("a.ckpt"));
        Checkpoints.write(model, tmp.resolve("b.ckpt"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.ckpt")), Files.readAllBytes(tmp.resolve("b.ckpt")));
    }
}
