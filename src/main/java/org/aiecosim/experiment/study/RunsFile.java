package org.aiecosim.experiment.study;

import org.aiecosim.io.CsvDialect;
import org.aiecosim.io.WriteFailedException;
import org.aiecosim.scenario.StudySpec;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code runs.csv}: one row per finished run, {@code run,point,replication,seed,<parameters>,<outcomes>,status,error},
 * appended and flushed as runs finish (in run order), so it doubles as the journal a resumed study
 * continues from. A line cut short by an interruption is dropped on resume. One run is one line: line
 * breaks in an error message are written as spaces, so the last complete run is the last complete line.
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
        return CsvDialect.line(columns(spec));
    }

    private static List<String> columns(StudySpec spec) {
        List<String> h = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        h.addAll(spec.factorKeys());
        h.addAll(spec.outcomeNames());
        h.add("status");
        h.add("error");
        return h;
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
        if (checkRuns(file, complete, columns(spec).size()) != lines) {
            throw new IOException(file + ": blank lines or rows over several lines; the file was changed by hand?");
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

    /** Checks that row i (after the header) of {@code complete} is run i with every column; returns the number of runs. */
    private static long checkRuns(Path file, String complete, int columns) throws IOException {
        try (CSVParser csv = CsvDialect.parser(new StringReader(complete))) {
            long run = -1; // the header
            for (CSVRecord row : csv) {
                if (run >= 0 && (!row.get(0).equals(Long.toString(run)) || row.size() != columns)) {
                    throw new IOException(file + ": line " + (run + 2) + " is not run " + run + "; the file was changed by hand?");
                }
                run++;
            }
            return run;
        } catch (UncheckedIOException e) {
            throw CsvDialect.malformed(file.toString(), e);
        }
    }

    /** Appends and flushes one run. */
    public void append(StudyRun r) throws IOException {
        StringBuilder b = new StringBuilder();
        CSVPrinter csv = CsvDialect.printer(b);
        csv.print(Long.toString(r.index()));
        csv.print(Integer.toString(r.point()));
        csv.print(Integer.toString(r.replication()));
        csv.print(Long.toString(r.seed()));
        for (double p : r.parameters()) csv.print(CsvDialect.number(p));
        for (double o : r.outcomes()) csv.print(CsvDialect.number(o));
        csv.print(r.failed() ? "error" : "ok");
        // A failed run's error was always written in quotes; an ok run's is empty.
        if (r.failed()) CsvDialect.printQuoted(csv, r.error().replace('\n', ' ').replace('\r', ' '));
        else csv.print("");
        csv.println();
        try {
            out.write(b.toString());
            out.flush();
        } catch (IOException e) {
            throw new WriteFailedException(file, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw new WriteFailedException(file, e);
        }
    }
}
