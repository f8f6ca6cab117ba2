package org.aiecosim.experiment;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.io.WriteFailedException;
import org.aiecosim.result.ReplicationResult;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.io.BufferedInputStream;
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
import java.util.zip.GZIPInputStream;

/**
 * MASON checkpoints of replications: the whole model (Java serialization in a gzip stream, as
 * {@link SimState#writeToCheckpoint} writes it, but with large primitive arrays packed and the gzip
 * stream stored rather than deflated: {@link #writeCheckpoint}) including its indicator recorder, so a
 * resumed replication keeps the rows of the months before the checkpoint and produces exactly the
 * rows of an uninterrupted one. MASON's Console opens these files, and {@link #read} opens the
 * Console's.
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

    /** Format of the checkpoints this version writes (named in the gzip header's comment); see {@link #read}. */
    public static final int FORMAT = 2;
    private static final String FORMAT_COMMENT = "aiecosim checkpoint ";

    /**
     * Writes {@code model} to {@code out} as {@link SimState#writeToCheckpoint(OutputStream)} does (its
     * {@code preCheckpoint()}, one {@code ObjectOutputStream.writeObject(model)} into a gzip stream,
     * {@code postCheckpoint()}), so MASON's {@link SimState#readFromCheckpoint} and the Console read it;
     * but large {@code int[]} and {@code byte[]} go in as {@link PackedArray}s and the gzip stream stores
     * instead of deflating ({@link StoredGzipOutputStream}, its header naming format {@value #FORMAT}).
     * Deflating took most of a checkpointed run's extra CPU, and would make the packed file only a
     * quarter smaller. Does not close {@code out}.
     */
    static void writeCheckpoint(SimState model, OutputStream out) throws IOException {
        model.preCheckpoint();
        StoredGzipOutputStream gzip = new StoredGzipOutputStream(out, FORMAT_COMMENT + FORMAT);
        ObjectOutputStream s = new Packing(gzip);
        s.writeObject(model);
        s.flush();
        gzip.finish();
        gzip.flush();
        model.postCheckpoint();
    }

    /** Serializes with large primitive arrays packed. */
    private static final class Packing extends ObjectOutputStream {
        Packing(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) { return PackedArray.replace(obj); }
    }

    /**
     * Reads a checkpoint written by {@link #write}, {@code aiecosim run --checkpoint-every} or the
     * Console's Save. Without replication labels (a Console save of a GUI run) it is replication 0
     * with the model's own seed. Formats: 1, MASON's own (a deflated gzip stream without a format
     * comment: the Console's saves and aiecosim's checkpoints before format 2), and {@value #FORMAT}.
     * The whole file's checksum is verified before the model is rebuilt, so a damaged file is refused
     * rather than resumed.
     *
     * @throws IOException when the file is not an aiecosim checkpoint this version reads (the message says why)
     */
    public static Resumed read(Path file) throws IOException {
        int format = format(file);
        if (format > FORMAT) {
            throw new IOException(file + ": a checkpoint of format " + format + ", written by a newer aiecosim; this one reads formats 1 to "
                + FORMAT + " (resume it with the version that wrote it)");
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), BUFFER)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException(file + ": a damaged or incomplete checkpoint (" + e.getMessage() + ")", e);
        }
        SimState state;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            state = SimState.readFromCheckpoint(in);
        } catch (java.util.zip.ZipException | java.io.StreamCorruptedException | java.io.EOFException | java.io.OptionalDataException e) {
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

    /** Buffer for reading a checkpoint through gzip. */
    private static final int BUFFER = 1 << 16;

    /**
     * The format a checkpoint file declares in its gzip header's comment ({@value #FORMAT_COMMENT} and a
     * number), 1 when it has none (MASON's own).
     *
     * @throws IOException when the file is not gzip at all
     */
    static int format(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] head = in.readNBytes(10);
            if (head.length < 10 || head[0] != 0x1f || head[1] != (byte) 0x8b || head[2] != 8) {
                throw new IOException(file + ": not a MASON checkpoint (not a gzip file)");
            }
            int flags = head[3];
            if ((flags & 4) != 0) in.skipNBytes((in.read() & 0xff) | (in.read() & 0xff) << 8); // FEXTRA
            if ((flags & 8) != 0) zeroTerminated(in, file);                                  // FNAME
            if ((flags & 16) == 0) return 1;                                                 // no FCOMMENT
            String comment = zeroTerminated(in, file);
            if (!comment.startsWith(FORMAT_COMMENT)) return 1;
            try {
                return Integer.parseInt(comment.substring(FORMAT_COMMENT.length()));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": an aiecosim checkpoint of unknown format \"" + comment + "\"");
            }
        } catch (java.io.EOFException e) {
            throw new IOException(file + ": not a MASON checkpoint (it ends inside the gzip header)", e);
        }
    }

    /** A gzip header's zero-terminated Latin-1 field (at most 1 KiB read). */
    private static String zeroTerminated(InputStream in, Path file) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int b = in.read(); b != 0; b = in.read()) {
            if (b < 0) throw new java.io.EOFException();
            if (s.length() == 1024) throw new IOException(file + ": not a MASON checkpoint (a gzip header field longer than 1 KiB)");
            s.append((char) b);
        }
        return s.toString();
    }
}
