package org.aiecosim.experiment;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.io.WriteFailedException;
import org.aiecosim.result.ReplicationResult;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * MASON checkpoints of replications: the whole model (gzipped Java serialization, as
 * {@link SimState#writeToCheckpoint} writes it but compressed at the fastest level) including its indicator recorder, so a resumed replication keeps the rows of the
 * months before the checkpoint and produces exactly the rows of an uninterrupted one. The files are
 * the ones MASON's Console saves and opens.
 *
 * <p>A checkpoint named {@code rep-<i>-month-<m>.ckpt} holds replication {@code i} after {@code m}
 * months; resuming it simulates month index {@code m} onward. The replication index and its seed
 * travel inside the model as labels ({@link AiEcosystem#label(String)}).
 */
public final class Checkpoints {
    /** Folder of a result folder that holds the checkpoints. */
    public static final String FOLDER = "checkpoints";
    static final String REPLICATION = "replication";
    static final String SEED = "seed";
    static final String BASE_SEED = "baseSeed";

    private Checkpoints() {}

    /** A checkpoint read back: the model, its recorder, and which replication it is. */
    public record Resumed(AiEcosystem model, IndicatorRecorder recorder, int replication, long seed) {
        /** Simulates the remaining months and returns the whole replication's indicators. */
        public ReplicationResult runToEnd() {
            Replication.toEnd(model, null, "replication " + replication + " (seed " + seed + ")");
            return new ReplicationResult(replication, seed, recorder.table());
        }

        /** Months simulated before the checkpoint was taken. */
        public int monthsDone() { return (int) model.schedule.getSteps(); }
    }

    /** File name of replication {@code replication}'s checkpoint after {@code months} months. */
    public static String fileName(int replication, int months) {
        return String.format(Locale.ROOT, "rep-%d-month-%d.ckpt", replication, months);
    }

    /** Labels a model with its replication and seeds, so its checkpoints can be resumed as that replication. */
    public static void label(AiEcosystem model, int replication, long seed, long baseSeed) {
        model.label(REPLICATION, Integer.toString(replication));
        model.label(SEED, Long.toString(seed));
        model.label(BASE_SEED, Long.toString(baseSeed));
    }

    /**
     * Runs replication {@code replication} like {@link ReplicationRunner#runOne} and writes a checkpoint
     * into {@code folder} after every {@code every} months (not after the last month: nothing is left
     * to resume). Checkpointing reads the model only, so the results are those of a plain run.
     */
    public static ReplicationResult runOne(ModelConfig config, long baseSeed, int replication, int every, Path folder) throws IOException {
        if (every < 1) throw new IllegalArgumentException("checkpoint interval must be at least 1 month");
        Replication run = Replication.numbered(config, baseSeed, replication);
        run.prepare(model -> label(model, replication, run.seed(), baseSeed)).afterEachMonth((model, done) -> {
            if (done % every == 0 && done < config.months()) write(model, folder.resolve(fileName(replication, done)));
        });
        try {
            return run.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes {@code model}'s checkpoint to {@code file} through a temporary file, so a file present is complete. */
    public static void write(AiEcosystem model, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writeCheckpoint(model, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file);
            }
            moved = true;
        } catch (IOException e) {
            throw new WriteFailedException(file, e);
        } catch (RuntimeException e) {
            // a serializer may fail in its own way on a failing stream
            throw new WriteFailedException(file, e);
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /** Buffer between the serializer and the compressor, and between the compressor and the file. */
    private static final int BUFFER = 1 << 16;

    /**
     * Writes {@code model} to {@code out} as {@link SimState#writeToCheckpoint(OutputStream)} does (its
     * {@code preCheckpoint()}, one {@code ObjectOutputStream.writeObject(model)} into a gzip stream,
     * {@code postCheckpoint()}), so the uncompressed content is the same and MASON's Console and
     * {@link SimState#readFromCheckpoint} read it; but the gzip stream deflates at
     * {@link Deflater#BEST_SPEED} instead of MASON's default level 6, which took 95% of a checkpointed
     * run's time for a file of about the same size, and the serializer's small writes are buffered
     * before the compressor. Does not close {@code out}.
     */
    static void writeCheckpoint(SimState model, OutputStream out) throws IOException {
        model.preCheckpoint();
        FastGzip gzip = new FastGzip(out);
        try {
            ObjectOutputStream s = new ObjectOutputStream(new BufferedOutputStream(gzip, BUFFER));
            s.writeObject(model);
            s.flush();
            gzip.finish();
            gzip.flush();
        } finally {
            gzip.end();
        }
        model.postCheckpoint();
    }

    /** A gzip stream at {@link Deflater#BEST_SPEED}; its output is buffered in the stream's own 64 KiB buffer. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }

        /** Frees the compressor's native memory without closing the underlying stream. */
        void end() { def.end(); }
    }

    /**
     * Reads a checkpoint written by {@link #write}, {@code aiecosim run --checkpoint-every} or the
     * Console's Save. Without replication labels (a Console save of a GUI run) it is replication 0
     * with the model's own seed.
     *
     * @throws IOException when the file is not an aiecosim checkpoint (the message says why)
     */
    public static Resumed read(Path file) throws IOException {
        SimState state;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            state = SimState.readFromCheckpoint(in);
        } catch (java.util.zip.ZipException | java.io.StreamCorruptedException | java.io.EOFException e) {
            throw new IOException(file + ": not a MASON checkpoint (" + e.getMessage() + ")", e);
        } catch (ClassNotFoundException | ClassCastException | java.io.InvalidClassException e) {
            throw new IOException(file + ": a checkpoint of another program or version (" + e.getMessage() + ")", e);
        }
        if (!(state instanceof AiEcosystem model)) throw new IOException(file + ": a checkpoint of another MASON model, not aiecosim");
        IndicatorRecorder recorder = null;
        for (Steppable o : model.observers()) if (o instanceof IndicatorRecorder r) recorder = r;
        if (recorder == null) throw new IOException(file + ": the checkpoint has no indicator recorder, so its rows cannot be continued");
        String rep = model.label(REPLICATION), seed = model.label(SEED);
        return new Resumed(model, recorder, rep == null ? 0 : Integer.parseInt(rep), seed == null ? model.seed() : Long.parseLong(seed));
    }
}
