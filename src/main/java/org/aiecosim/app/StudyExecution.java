package org.aiecosim.app;

import org.aiecosim.experiment.study.PointSummary;
import org.aiecosim.experiment.study.PointsCsv;
import org.aiecosim.experiment.study.RunsFile;
import org.aiecosim.experiment.study.RunsReader;
import org.aiecosim.experiment.study.StudyEngine;
import org.aiecosim.experiment.study.StudyFolder;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.io.FolderLock;
import org.aiecosim.io.WriteFailedException;
import org.aiecosim.scenario.ScenarioWriter;
import org.aiecosim.scenario.StudySpec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What {@code sweep} and {@code sensitivity} share: open (or resume) the study folder, run the
 * remaining runs on the chosen engine (local threads or Spark) while streaming them to
 * {@code runs.csv}, then summarise per point and hand the summaries to the command's own analysis and
 * charts. Whatever the engine, every output is written here, by this JVM.
 *
 * <p>The study lives in the hidden working folder {@code .DIR.partial} until every output is written,
 * then it is renamed to {@code DIR}: {@code DIR} exists only for a finished study, and
 * {@code --resume --out DIR} continues {@code .DIR.partial}. The working folder is locked
 * ({@link FolderLock}) for the whole study, so a second process cannot write into it.
 */
public final class StudyExecution {

    /** The command-specific outputs written once every run is finished. */
    @FunctionalInterface
    public interface Analysis {
        void write(Path dir, List<PointSummary> points, Summary summary) throws IOException;
    }

    /** Facts about the finished study, for reports. */
    public record Summary(long runs, long failed, String firstError, int threads, double seconds, long resumedFrom, List<String> options) {
        public Summary {
            options = List.copyOf(options);
        }
    }

    private StudyExecution() {}

    /**
     * The command that continues the study in {@code dir} where it stopped, quoted for a POSIX shell:
     * same file, folder and engine options, plus {@code --resume}.
     */
    public static String resumeCommand(String kind, Path file, Path dir, EngineChoice engine) {
        return resumeCommand(kind, file, dir, engine, List.of());
    }

    /** As {@link #resumeCommand(String, Path, Path, EngineChoice)} with the study's own options ({@code --set}, {@code --reps}) too. */
    public static String resumeCommand(String kind, Path file, Path dir, EngineChoice engine, List<String> optionWords) {
        List<String> words = new ArrayList<>(List.of(Status.program(), kind, file.toString(), "--out", dir.toString(), "--resume"));
        words.addAll(optionWords);
        if (engine.engine() == EngineChoice.Engine.spark) {
            words.addAll(List.of("--engine", "spark"));
            if (engine.master() != null) words.addAll(List.of("--master", engine.master()));
        } else if (engine.threads() != null) {
            words.addAll(List.of("--threads", engine.threads().toString()));
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(b.length() == 0 ? "" : " ").append(shellQuote(w));
        return b.toString();
    }

    /** What an interrupted study prints on its way out. */
    public static String interruptedMessage(String kind, long finished, long total, String resumeCommand) {
        return String.format(Locale.ROOT, "aiecosim %s interrupted: %d of %d runs finished (kept in %s); to continue:%n  %s",
                kind, finished, total, RunsFile.FILE, resumeCommand);
    }

    /** {@code word} as one shell word: unchanged when it is plain, else in single quotes. */
    static String shellQuote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./=:@%+,-]+")) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }

    public static int execute(StudySpec spec, List<double[]> points, EngineChoice engineOptions, Path out, boolean resume,
                       String kind, Analysis analysis) throws IOException, InterruptedException {
        return execute(spec, points, engineOptions, out, resume, kind, analysis, List.of());
    }

    /**
     * As {@link #execute(StudySpec, List, EngineChoice, Path, boolean, String, Analysis)} for a study changed by
     * command-line options ({@code --set}, {@code --reps}): {@code optionWords} are repeated in the command that
     * resumes it, which must give the same study.
     */
    public static int execute(StudySpec spec, List<double[]> points, EngineChoice engineOptions, Path out, boolean resume,
                       String kind, Analysis analysis, List<String> optionWords) throws IOException, InterruptedException {
        try {
            engineOptions.check();
        } catch (EngineChoice.BadEngine e) {
            System.err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (resume && out == null) {
            System.err.println("--resume needs --out DIR: the folder of the interrupted " + kind);
            return ExitCodes.BAD_INPUT;
        }
        Path dir = out != null ? out : OutputLocation.defaultFolder(Path.of("results"), spec.name(), spec.seed());
        // The engine starts before anything is written, so a Spark that cannot start leaves no folder behind.
        StudyEngine engine;
        try {
            engine = engineOptions.open("aiecosim " + kind + " " + spec.name());
        } catch (EngineChoice.BadEngine e) {
            System.err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (engine) {
            return execute(spec, points, engine, dir, resume, kind, analysis, resumeCommand(kind, spec.source(), dir, engineOptions, optionWords),
                    optionWords);
        }
    }

    private static int execute(StudySpec spec, List<double[]> points, StudyEngine engine, Path dir, boolean resume,
                               String kind, Analysis analysis, String resumeCommand, List<String> optionWords)
            throws IOException, InterruptedException {
        StringWriter resolved = new StringWriter();
        ScenarioWriter.writeResolved(spec.base(), Version.get(), resolved);
        Path work = OutputLocation.partial(dir);
        FolderLock lock;
        StudyFolder folder;
        if (resume) {
            if (!Files.isDirectory(work)) {
                if (Files.isDirectory(dir) && Files.exists(dir.resolve(PointsCsv.FILE))) {
                    try {
                        StudyFolder.checkSameStudy(dir, spec, points, resolved.toString());
                    } catch (IOException e) {
                        System.err.println("--out: " + e.getMessage());
                        return ExitCodes.BAD_INPUT;
                    }
                    System.out.println("the " + kind + " in " + dir + " is already complete; nothing to do");
                    return 0;
                }
                System.err.println("--out: " + (Files.exists(dir) ? dir + " is not an unfinished study (an unfinished one is in " + work + ")"
                        : "no unfinished study to resume: " + work + " does not exist"));
                return ExitCodes.BAD_INPUT;
            }
            try {
                lock = FolderLock.acquire(work);
            } catch (FolderLock.HeldException e) {
                System.err.println("--out: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (!Files.isDirectory(work)) {
                // the holder finished and published it while we waited for the lock
                lock.close();
                System.out.println("the " + kind + " in " + dir + " is already complete; nothing to do");
                return 0;
            }
            try {
                folder = StudyFolder.resume(work, spec, points, resolved.toString());
            } catch (WriteFailedException e) {
                lock.close();
                System.err.println("aiecosim: " + e.getMessage());
                return ExitCodes.FAILURE;
            } catch (IOException e) {
                lock.close();
                System.err.println("--out: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        } else {
            OutputLocation.Claim claim;
            try {
                claim = OutputLocation.claim(dir);
            } catch (OutputLocation.Unusable e) {
                System.err.println("--out: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            try {
                folder = StudyFolder.create(work, spec, points, resolved.toString());
            } catch (IOException e) {
                // nothing was run yet: remove the half-made folder, so the same command can simply be repeated
                claim.close();
                System.err.println("aiecosim: " + (e instanceof WriteFailedException ? e.getMessage() : "cannot create the study folder " + work
                        + ": " + WriteFailedException.reason(e)));
                return ExitCodes.FAILURE;
            }
            lock = claim.keep();
        }
        try {
            return run(spec, points, engine, dir, work, folder, kind, analysis, lock, resumeCommand, optionWords);
        } catch (IOException | RuntimeException e) {
            String message = e instanceof WriteFailedException ? e.getMessage()
                    : (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            System.err.println("aiecosim: " + message);
            System.err.println("the runs finished so far are kept in " + work + "; continue with: " + resumeCommand);
            return ExitCodes.FAILURE;
        } finally {
            lock.close();
        }
    }

    private static int run(StudySpec spec, List<double[]> points, StudyEngine engine, Path dir, Path work, StudyFolder folder,
                           String kind, Analysis analysis, FolderLock lock, String resumeCommand, List<String> optionWords)
            throws IOException, InterruptedException {
        long total = (long) points.size() * spec.replications();
        if (!Files.exists(work.resolve(PointsCsv.FILE))) {
            Status.info("aiecosim %s: %s, %d points x %d replications = %d runs on %s%s", kind, spec.name(),
                    points.size(), spec.replications(), total, engine.description(),
                    folder.finished() > 0 ? " (resuming after " + folder.finished() + " finished runs)" : "");
        }
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long t0 = System.nanoTime();
        AtomicLong finished = new AtomicLong(folder.finished());
        try (ProgressBar bar = Status.progress("runs", total, folder.finished());
             RunsFile runs = folder.runs()) {
            // Ctrl-C (or a kill) ends the JVM through its shutdown hooks: end the bar's line and say how to go on.
            PrintStream err = System.err;
            Thread onInterrupt = new Thread(() -> {
                bar.close();
                err.println(interruptedMessage(kind, finished.get(), total, resumeCommand));
                err.flush();
            }, "interrupted-study");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                engine.run(spec, points, folder.finished(), r -> {
                    runs.append(r);
                    if (r.failed()) {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, "run " + r.index() + ": " + r.error());
                    }
                    // The count, not the run's index: right whatever order an engine hands runs back in.
                    bar.update(finished.incrementAndGet());
                });
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to: it prints the message
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<PointSummary> summaries = RunsReader.summarise(work.resolve(RunsFile.FILE), spec);
        long allFailed = summaries.stream().mapToLong(PointSummary::failed).sum();
        Summary summary = new Summary(total, allFailed, firstError.get(), engine.parallelism(), seconds, folder.finished(), optionWords);
        // Outputs of an earlier attempt that stopped while writing them are written again from runs.csv.
        for (Path p : leftovers(work)) Files.delete(p);
        analysis.write(work, summaries, summary);
        AtomicFiles.writeText(work.resolve(PointsCsv.FILE), w -> PointsCsv.write(w, spec, summaries));
        lock.deleteAndRelease();
        OutputLocation.publish(work, dir);
        System.out.printf(Locale.ROOT, "%d runs (%d this time) in %.1f s on %s; results in %s%n",
                total, total - folder.finished(), seconds, engine.description(), dir);
        if (allFailed > 0) {
            System.out.printf(Locale.ROOT, "%d runs failed (status=error in runs.csv)%s%n", allFailed,
                    firstError.get() != null ? "; first: " + firstError.get() : "");
        }
        return 0;
    }

    /** Files of the study folder that are outputs of the analysis rather than its definition or journal. */
    private static List<Path> leftovers(Path work) throws IOException {
        java.util.Set<String> keep = java.util.Set.of(StudyFolder.FINGERPRINT, StudyFolder.DESIGN, RunsFile.FILE, "study.yaml",
                "scenario.yaml", FolderLock.FILE);
        try (java.util.stream.Stream<Path> s = Files.list(work)) {
            return s.filter(p -> !keep.contains(p.getFileName().toString()) && Files.isRegularFile(p)).toList();
        }
    }
}
