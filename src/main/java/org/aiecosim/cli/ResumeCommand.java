package org.aiecosim.cli;

import org.aiecosim.app.OutputLocation;
import org.aiecosim.app.Status;
import org.aiecosim.app.Version;
import org.aiecosim.experiment.Checkpoints;
import org.aiecosim.report.EnsembleStatistics;
import org.aiecosim.report.ResultFolder;
import org.aiecosim.report.RunReportWriter;
import org.aiecosim.report.SummaryTable;
import org.aiecosim.result.ReplicationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code aiecosim resume CHECKPOINT}: continues one replication from a MASON checkpoint (written by
 * {@code run --checkpoint-every} or the Console's Save) to its last month and writes its files in the
 * formats of {@code run}. The rows equal those of the uninterrupted replication.
 */
@Command(name = "resume", description = "Continue a replication from a checkpoint (run --checkpoint-every, or the GUI's File > Save) and write its indicators.")
final class ResumeCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "CHECKPOINT", description = "checkpoint file, e.g. rep-0-month-24.ckpt in checkpoints/ of a result folder")
    Path checkpoint;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder; must not exist (default: results/resumed/<run-id>)")
    Path out;

    /**
     * The default folder's tag: the replication and the month it resumed from (its seed, derived from
     * the base seed, is often negative and says nothing to a reader; run-info.txt has it).
     */
    static String folderTag(int replication, int month) {
        return "rep" + replication + "-month" + month;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(checkpoint)) {
            System.err.println(checkpoint + ": " + (Files.isDirectory(checkpoint) ? "is a folder, expected a .ckpt file" : "no such checkpoint file"));
            return Main.EXIT_BAD_INPUT;
        }
        if (out != null) {
            String problem = OutputLocation.problem(out);
            if (problem != null) {
                System.err.println("--out: " + problem);
                return Main.EXIT_BAD_INPUT;
            }
        }
        Checkpoints.Resumed resumed;
        try {
            resumed = Checkpoints.read(checkpoint);
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        Path target = out != null ? out : OutputLocation.defaultFolder(Path.of("results"), "resumed",
                folderTag(resumed.replication(), resumed.monthsDone()));
        OutputLocation.Claim claim = OutFolder.claimOrExplain(target);
        if (claim == null) return Main.EXIT_BAD_INPUT;
        try (claim) {
            return finish(resumed, claim);
        }
    }

    private int finish(Checkpoints.Resumed resumed, OutputLocation.Claim claim) throws IOException {
        int from = resumed.monthsDone();
        int months = resumed.model().config().months();
        Path target = claim.target();
        Status.info("aiecosim: resuming replication %d (seed %d) after %d of %d months",
                resumed.replication(), resumed.seed(), from, months);
        Instant began = Instant.now();
        long t0 = System.nanoTime();
        ReplicationResult result = resumed.runToEnd();
        double seconds = (System.nanoTime() - t0) / 1e9;

        ResultFolder folder = claim.folder();
        EnsembleStatistics stats = RunReportWriter.write(folder, List.of(result));
        folder.writeText("run-info.txt", w -> w.write(String.format(Locale.ROOT,
                "aiecosim %s%nresumed from: %s%nreplication: %d%nseed: %d%nmonths before the checkpoint: %d of %d%nstarted: %s%nsimulation time: %.2f s%n",
                Version.get(), checkpoint.toAbsolutePath(), resumed.replication(), resumed.seed(), from, months, began, seconds)));
        claim.publish();
        System.out.println(SummaryTable.render(stats));
        System.out.printf(Locale.ROOT, "replication %d resumed at month %d and run to month %d in %.1f s; results in %s%n",
                resumed.replication(), from, months, seconds, target);
        return 0;
    }
}
