package org.aiecosim.experiment.study;

import org.aiecosim.io.AtomicFiles;
import org.aiecosim.io.CsvDialect;
import org.aiecosim.scenario.StudySpec;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The folder of a sweep or sensitivity study. It holds what defines the study ({@code study.yaml},
 * the resolved base {@code scenario.yaml}, {@code design.csv}) and a fingerprint of all of it, so
 * {@code --resume} can refuse a folder that belongs to a different study, and the runs journal.
 */
public final class StudyFolder {
    public static final String FINGERPRINT = "fingerprint.txt";
    public static final String DESIGN = "design.csv";

    private final Path dir;
    private final RunsFile runs;
    private final long finished;

    private StudyFolder(Path dir, RunsFile runs, long finished) {
        this.dir = dir;
        this.runs = runs;
        this.finished = finished;
    }

    /**
     * Starts a new study in {@code dir}, a folder the caller has just created and owns (it may hold the
     * lock file); the fingerprint is written last, so a folder without one holds no runs.
     */
    public static StudyFolder create(Path dir, StudySpec spec, List<double[]> points, String resolvedScenario) throws IOException {
        if (Files.exists(dir.resolve(FINGERPRINT)) || Files.exists(dir.resolve(RunsFile.FILE))) {
            throw new FileAlreadyExistsException(dir.toString(), null, "already holds a study; existing results are never overwritten");
        }
        Files.createDirectories(dir);
        String design = designCsv(spec, points);
        AtomicFiles.writeText(dir.resolve("study.yaml"), w -> w.write(Files.readString(spec.source())));
        AtomicFiles.writeText(dir.resolve("scenario.yaml"), w -> w.write(resolvedScenario));
        AtomicFiles.writeText(dir.resolve(DESIGN), w -> w.write(design));
        RunsFile runs = RunsFile.create(dir.resolve(RunsFile.FILE), spec);
        try {
            AtomicFiles.writeText(dir.resolve(FINGERPRINT), w -> w.write(fingerprint(spec, design, resolvedScenario) + "\n"));
        } catch (IOException e) {
            runs.close();
            throw e;
        }
        return new StudyFolder(dir, runs, 0);
    }

    /** Continues the study in {@code dir}, which must hold the same study. */
    public static StudyFolder resume(Path dir, StudySpec spec, List<double[]> points, String resolvedScenario) throws IOException {
        checkSameStudy(dir, spec, points, resolvedScenario);
        long[] finished = new long[1];
        RunsFile runs = RunsFile.resume(dir.resolve(RunsFile.FILE), spec, finished);
        return new StudyFolder(dir, runs, finished[0]);
    }

    /** Checks that {@code dir} (finished or not) holds this study, by its fingerprint. */
    public static void checkSameStudy(Path dir, StudySpec spec, List<double[]> points, String resolvedScenario) throws IOException {
        Path fp = dir.resolve(FINGERPRINT);
        if (!Files.isRegularFile(fp)) throw new NoSuchFileException(fp.toString(), null, "not a study folder: nothing to resume");
        String expected = fingerprint(spec, designCsv(spec, points), resolvedScenario);
        if (!Files.readString(fp).strip().equals(expected)) {
            throw new IOException(dir + " holds a different study (its design, scenario, seed, replications or outcomes differ); "
                    + "resume with the same study file and options, or start a new folder");
        }
    }

    public Path dir() { return dir; }

    public RunsFile runs() { return runs; }

    /** Runs already in the journal when the folder was opened. */
    public long finished() { return finished; }

    /** {@code design.csv}: {@code point,<parameters>}; also part of the fingerprint, so its bytes must not change. */
    static String designCsv(StudySpec spec, List<double[]> points) {
        StringBuilder b = new StringBuilder();
        try {
            CSVPrinter csv = CsvDialect.printer(b);
            List<String> header = new ArrayList<>(List.of("point"));
            header.addAll(spec.factorKeys());
            csv.printRecord(header);
            for (int i = 0; i < points.size(); i++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(i)));
                for (double v : points.get(i)) row.add(Double.toString(v));
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return b.toString();
    }

    static String fingerprint(StudySpec spec, String design, String resolvedScenario) {
        StringBuilder b = new StringBuilder(resolvedScenario).append('\n').append(design)
                .append("seed=").append(spec.seed()).append("\nreplications=").append(spec.replications()).append('\n')
                .append(RunsFile.header(spec)).append('\n');
        spec.outcomes().forEach(o -> b.append(o).append('\n'));
        // Only ablation studies add a line, so folders of other designs keep their fingerprints.
        // Common random numbers change every run's seed: a line of their own, absent (as before) without them.
        if (spec.design().commonRandomNumbers() && spec.design().type() != StudySpec.DesignType.ABLATION) {
            b.append("common random numbers\n");
        }
        if (spec.design().type() == StudySpec.DesignType.ABLATION) {
            b.append("design=ablation, common random numbers\n");
            spec.mechanisms().forEach(m -> b.append("mechanism ").append(m.name()).append(' ').append(m.settings()).append('\n'));
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
