package org.aiecosim.cli;

import org.aiecosim.app.OutputLocation;
import org.aiecosim.app.RunExecution;
import org.aiecosim.report.SummaryTable;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code aiecosim run SCENARIO}: runs replications and writes CSV time series, a summary and charts. */
@Command(name = "run", description = "Run a scenario's replications and write CSV time series, summary statistics and PNG charts.")
final class RunCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

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

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter, e.g. developers.count=20000 (repeatable; a value that a dated event also sets holds only until that event, and a warning says so)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--checkpoint-every", paramLabel = "N",
            description = "write a MASON checkpoint of every replication every N months into checkpoints/ of the result folder (aiecosim resume continues one)")
    Integer checkpointEvery;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (reps != null && (reps < 1 || reps > org.aiecosim.scenario.ScenarioLoader.MAX_REPLICATIONS)) {
            System.err.println("--reps " + reps + ": expected a number of replications from 1 to " + org.aiecosim.scenario.ScenarioLoader.MAX_REPLICATIONS);
            return Main.EXIT_BAD_INPUT;
        }
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
        int months = scenario.config().months();
        if (checkpointEvery != null && (checkpointEvery < 1 || checkpointEvery >= months)) {
            System.err.println("--checkpoint-every " + checkpointEvery + ": expected a number of months from 1 to " + (months - 1)
                    + " (the run has " + months + " months; no checkpoint is taken after the last)");
            return Main.EXIT_BAD_INPUT;
        }
        Path target = out != null ? out : OutputLocation.defaultFolder(Path.of("results"), scenario.name(), scenario.seed());
        RunExecution.Outcome done;
        try {
            done = RunExecution.execute(new RunExecution.Request(scenario, scenarioFile, t, target, checkpointEvery == null ? 0 : checkpointEvery));
        } catch (OutputLocation.Unusable e) {
            System.err.println("--out: " + e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        System.out.println(SummaryTable.render(done.stats()));
        int n = scenario.replications();
        if (n > 1 && n < 5) {
            // Student t with n-1 degrees of freedom: 12.7 times the standard error for 2, 4.3 for 3, 3.2 for 4.
            System.out.printf(Locale.ROOT, "Note: with %d replications the intervals are wide (t quantile %.1f); 10 or more give usable ones.%n",
                    n, new org.apache.commons.math3.distribution.TDistribution(n - 1).inverseCumulativeProbability(0.975));
        }
        System.out.printf(Locale.ROOT, "%d replications in %.1f s; results in %s%n", scenario.replications(), done.seconds(), target);
        return 0;
    }
}
