package org.aiecosim.experiment.study;

import org.aiecosim.io.WriteFailedException;
import org.aiecosim.scenario.StudySpec;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code runs.csv}: one row per finished run, {@code run,point,replication,seed,<parameters>,<outcomes>,status,error},
 * appended and flushed as runs finish (in run order), so it doubles as the journal a resumed study
 * continues from. A line cut short by an interruption is dropped on resume.
 */
public final class RunsFile implements Closeable {
    public static final String FILE = "runs.csv";

    private final Path file;
    private final BufferedWriter out;

    private RunsFile(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    /** Header line of a study's runs file. */
    public static String header(StudySpec spec) {
        List<String> h = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        h.addAll(spec.factorKeys());
        h.addAll(spec.outcomeNames());
        h.add("status");
        h.add("error");
        return String.join(",", h);
    }

    /** Creates a new runs file with its header. */
    public static RunsFile create(Path file, StudySpec spec) throws IOException {
        BufferedWriter w = null;
        try {
            w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            w.write(header(spec));
            w.write('\n');
            w.flush();
            return new RunsFile(file, w);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // the write failure is what is reported
                }
            }
            throw new WriteFailedException(file, e);
        }
    }

    /**
     * Opens an existing runs file to continue it: checks its header, drops a trailing incomplete line
     * and returns the number of complete runs via {@code finished[0]}.
     */
    public static RunsFile resume(Path file, StudySpec spec, long[] finished) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int lastNewline = text.lastIndexOf('\n');
        if (lastNewline < 0 || !text.substring(0, text.indexOf('\n')).equals(header(spec))) {
            throw new IOException(file + " does not belong to this study (its header differs); start a new folder");
        }
        String complete = text.substring(0, lastNewline + 1);
        long lines = complete.chars().filter(c -> c == '\n').count() - 1;
        int expectedFields = header(spec).split(",", -1).length;
        String[] rows = complete.split("\n");
        for (int i = 1; i < rows.length; i++) {
            if (!rows[i].startsWith((i - 1) + ",") || fieldCount(rows[i]) != expectedFields) {
                throw new IOException(file + ": line " + (i + 1) + " is not run " + (i - 1) + "; the file was changed by hand?");
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(complete.getBytes(StandardCharsets.UTF_8).length);
        } catch (IOException e) {
            throw new WriteFailedException(file, e);
        }
        finished[0] = lines;
        try {
            return new RunsFile(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new WriteFailedException(file, e);
        }
    }

    private static int fieldCount(String row) {
        int n = 1;
        boolean quoted = false;
        for (char c : row.toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) n++;
        }
        return n;
    }

    /** Appends and flushes one run. */
    public void append(StudyRun r) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(r.index()).append(',').append(r.point()).append(',').append(r.replication()).append(',').append(r.seed());
        for (double p : r.parameters()) b.append(',').append(number(p));
        for (double o : r.outcomes()) b.append(',').append(number(o));
        b.append(',').append(r.failed() ? "error" : "ok").append(',');
        if (r.failed()) b.append('"').append(r.error().replace('"', '\'').replace('\n', ' ').replace('\r', ' ')).append('"');
        b.append('\n');
        try {
            out.write(b.toString());
            out.flush();
        } catch (IOException e) {
            throw new WriteFailedException(file, e);
        }
    }

    static String number(double v) { return Double.isNaN(v) ? "" : Double.toString(v); }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw new WriteFailedException(file, e);
        }
    }
}
