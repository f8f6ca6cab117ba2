package org.aiecosim.cli;

import org.aiecosim.experiment.ReplicationResult;
import org.aiecosim.experiment.ReplicationRunner;
import org.aiecosim.report.EnsembleStatistics;
import org.aiecosim.report.ResultFolder;
import org.aiecosim.report.RunReportWriter;
import org.aiecosim.report.SummaryTable;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code aiecosim run SCENARIO}: runs replications and writes CSV time series, a summary and charts. */
@Command(name = "run", description = "Run a scenario's replications and write CSV time series, summary statistics and PNG charts.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "scenario file, e.g. scenarios/baseline.yaml")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "base seed (default: the scenario's)")
    Long seed;

    @Option(names = "--reps", paramLabel = "R", description = "replications (default: the scenario's, usually 10)")
    Integer reps;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder; must not exist (default: results/<scenario>/<run-id>)")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter (repeatable), e.g. --set region.China.chipAccess=0.2")
    List<String> overrides = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Scenario scenario;
        try {
            List<String> all = new ArrayList<>(overrides);
            if (seed != null) all.add("seed=" + seed);
            if (reps != null) all.add("replications=" + reps);
            scenario = ScenarioInput.load(scenarioFile, all);
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1 || t > 1024) {
            System.err.println("--threads " + t + ": expected 1 to 1024");
            return Main.EXIT_BAD_INPUT;
        }
        Path target = out != null ? out : OutputLocation.defaultFolder(Path.of("results"), scenario.name(), scenario.seed());
        String problem = OutputLocation.problem(target);
        if (problem != null) {
            System.err.println("--out: " + problem);
            return Main.EXIT_BAD_INPUT;
        }

        int n = scenario.replications();
        System.err.printf(Locale.ROOT, "aiecosim: %s, %d replications of %d months on %d threads, seed %d%n",
                scenario.name(), n, scenario.config().months(), t, scenario.seed());
        Instant began = Instant.now();
        long t0 = System.nanoTime();
        List<ReplicationResult> results;
        try (ProgressBar bar = new ProgressBar(System.err, "replications", n, System.console() != null)) {
            results = new ReplicationRunner(t).run(scenario.config(), scenario.seed(), n, bar::update);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        Path work = OutputLocation.partial(target);
        ResultFolder folder = ResultFolder.create(work);
        folder.writeText("scenario.yaml", w -> ScenarioWriter.writeResolved(scenario, Version.get(), w));
        EnsembleStatistics stats = RunReportWriter.write(folder, results);
        folder.writeText("run-info.txt", w -> w.write(String.format(Locale.ROOT,
                "aiecosim %s%nscenario: %s (%s)%nstarted: %s%nreplications: %d%nthreads: %d%nbase seed: %d%nsimulation time: %.2f s%n"
                        + "repeat with: aiecosim run %s/scenario.yaml --out NEW_FOLDER%n",
                Version.get(), scenario.name(), scenarioFile, began, n, t, scenario.seed(), seconds, target)));
        OutputLocation.publish(work, target);

        System.out.println(SummaryTable.render(stats));
        System.out.printf(Locale.ROOT, "%d replications in %.1f s; results in %s%n", n, seconds, target);
        return 0;
    }
}
