package org.aiecosim.app;

import org.aiecosim.experiment.Checkpoints;
import org.aiecosim.experiment.ReplicationRunner;
import org.aiecosim.report.EnsembleStatistics;
import org.aiecosim.report.ResultFolder;
import org.aiecosim.report.RunHtmlReport;
import org.aiecosim.report.RunReportWriter;
import org.aiecosim.result.ReplicationResult;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioWriter;

import org.aiecosim.io.WriteFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Runs a scenario's replications and writes its result folder (shared by {@code run} and
 * {@code compare}; usable without the command line, e.g. from the GUI or tests):
 *
 * <pre>{@code
 * RunExecution.Outcome done = RunExecution.execute(new RunExecution.Request(scenario, file, 4, Path.of("out"), 0));
 * }</pre>
 */
public final class RunExecution {

    /** What a finished run produced. */
    public record Outcome(Path folder, List<ReplicationResult> results, EnsembleStatistics stats, double seconds) {}

    /**
     * What to run.
     *
     * @param scenario        the loaded scenario (overrides applied)
     * @param scenarioFile    the file it came from, for run-info.txt and the report
     * @param threads         worker threads
     * @param target          result folder to create; must not exist
     * @param checkpointEvery months between checkpoints, 0 for none
     */
    public record Request(Scenario scenario, Path scenarioFile, int threads, Path target, int checkpointEvery) {}

    private RunExecution() {}

    /**
     * Runs {@code request} and publishes its result folder.
     *
     * @throws OutputLocation.Unusable when the target cannot be claimed (nothing was simulated)
     * @throws IOException when a file cannot be written; the working folder is then removed
     */
    public static Outcome execute(Request request) throws IOException, InterruptedException {
        return execute(request.scenario(), request.scenarioFile(), request.threads(), request.target(), request.checkpointEvery());
    }

    public static Outcome execute(Scenario scenario, Path scenarioFile, int threads, Path target) throws IOException, InterruptedException {
        return execute(scenario, scenarioFile, threads, target, 0);
    }

    /**
     * As {@link #execute(Scenario, Path, int, Path)}; with {@code checkpointEvery} &gt; 0 every replication
     * also writes a MASON checkpoint every that many months into {@code checkpoints/} of the result folder.
     */
    public static Outcome execute(Scenario scenario, Path scenarioFile, int threads, Path target, int checkpointEvery)
            throws IOException, InterruptedException {
        int n = scenario.replications();
        // Claimed before anything is simulated: a folder that cannot be written, or that another run
        // is writing, fails now rather than after the simulation.
        try (OutputLocation.Claim claim = OutputLocation.claim(target)) {
            Status.info("aiecosim: %s, %d replication%s of %d months on %d thread%s, seed %d",
                    scenario.name(), n, n == 1 ? "" : "s", scenario.config().months(), threads, threads == 1 ? "" : "s", scenario.seed());
            Instant began = Instant.now();
            long t0 = System.nanoTime();
            ResultFolder folder = claim.folder();
            ReplicationRunner.Task task = ReplicationRunner::runOne;
            if (checkpointEvery > 0) {
                Path dir = folder.resolve(Checkpoints.FOLDER);
                try {
                    Files.createDirectory(dir);
                } catch (IOException e) {
                    throw new WriteFailedException(dir, e);
                }
                task = (config, baseSeed, rep) -> Checkpoints.runOne(config, baseSeed, rep, checkpointEvery, dir);
            }
            List<ReplicationResult> results;
            try (ProgressBar bar = Status.progress("replications", n, 0)) {
                results = new ReplicationRunner(threads).run(scenario.config(), scenario.seed(), n, bar::update, task);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;

            folder.writeText("scenario.yaml", w -> ScenarioWriter.writeResolved(scenario, Version.get(), w));
            EnsembleStatistics stats = RunReportWriter.write(folder, results);
            folder.writeText("run-info.txt", w -> w.write(String.format(Locale.ROOT,
                    "aiecosim %s%nscenario: %s (%s)%nstarted: %s%nreplications: %d%nthreads: %d%nbase seed: %d%nsimulation time: %.2f s%n"
                            + "repeat with: aiecosim run %s/scenario.yaml --out NEW_FOLDER%n%s",
                    Version.get(), scenario.name(), scenarioFile, began, n, threads, scenario.seed(), seconds, target,
                    checkpointEvery > 0 ? String.format(Locale.ROOT, "checkpoints: every %d months of every replication in %s/ "
                            + "(continue one with: aiecosim resume %s/%s/%s)%n", checkpointEvery, Checkpoints.FOLDER, target,
                            Checkpoints.FOLDER, Checkpoints.fileName(0, checkpointEvery)) : "")));
            RunHtmlReport.write(folder, ReportContexts.of(scenario, scenarioFile, began, threads, seconds), stats);
            claim.publish();
            return new Outcome(target, results, stats, seconds);
        }
    }
}
