package org.aiecosim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.jfree.chart.JFreeChart;

import org.aiecosim.result.ReplicationResult;

/**
 * Writes the report of one run into its result folder: {@code indicators.csv}, {@code labs.csv},
 * {@code ensemble.csv}, {@code summary.csv}, the PNG charts of {@link ChartRenderer} and the chart of
 * adoption by vendor ({@link VendorAdoption}, from the per-lab indicators of every replication). The
 * large CSV files, the statistics and the charts are written concurrently; the files do not depend on it.
 */
public final class RunReportWriter {

    private RunReportWriter() {
    }

    /**
     * Writes all report files of {@code results} into {@code folder}.
     *
     * @return the ensemble statistics, e.g. for printing a {@link SummaryTable}
     */
    public static EnsembleStatistics write(ResultFolder folder, List<ReplicationResult> results) throws IOException {
        // The two large CSV files need no statistics: they are written on their own thread from the
        // start, while this one computes the statistics and builds the charts, and two more draw them.
        FutureTask<Void> rows = new FutureTask<>(() -> {
            folder.writeText(IndicatorsCsv.FILE, w -> IndicatorsCsv.write(w, results));
            folder.writeText(LabsCsv.FILE, w -> LabsCsv.write(w, results));
            return null;
        });
        Thread writer = new Thread(rows, "aiecosim-csv");
        writer.setDaemon(true);
        writer.start();
        EnsembleStatistics stats;
        try {
            stats = EnsembleStatistics.of(results);
            List<PngFiles.Png> charts = new ArrayList<>();
            for (Map.Entry<String, JFreeChart> e : new ChartRenderer(stats).charts().entrySet()) {
                charts.add(new PngFiles.Png(folder.resolve(e.getKey()), e.getValue(), ChartRenderer.WIDTH, ChartRenderer.HEIGHT));
            }
            JFreeChart vendors = VendorAdoption.chart(results, stats);
            if (vendors != null) charts.add(new PngFiles.Png(folder.resolve(VendorAdoption.FILE), vendors, ChartRenderer.WIDTH, ChartRenderer.HEIGHT));
            try (ChartWriting.Drawing drawing = ChartWriting.start(charts)) {
                folder.writeText(EnsembleCsv.FILE, w -> EnsembleCsv.write(w, stats));
                folder.writeText(SummaryCsv.FILE, w -> SummaryCsv.write(w, stats));
                drawing.await();
            }
        } catch (IOException | RuntimeException | Error e) {
            // Never leave (the caller may remove the folder) while the CSV thread still writes into it, and
            // if both sides failed, the CSV thread's failure goes with this one.
            joinUninterruptibly(writer);
            Throwable other = failure(rows);
            if (other != null) e.addSuppressed(other);
            throw e;
        }
        joinUninterruptibly(writer);
        Throwable failed = failure(rows);
        if (failed instanceof IOException io) throw io;
        if (failed instanceof RuntimeException r) throw r;
        if (failed instanceof Error err) throw err;
        if (failed != null) throw new IllegalStateException(failed);
        return stats;
    }

    /** The finished CSV thread's failure, or null. */
    private static Throwable failure(FutureTask<Void> rows) {
        try {
            rows.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
