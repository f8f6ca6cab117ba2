package org.aiecosim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import org.aiecosim.result.ReplicationResult;

/**
 * Writes the report of one run into its result folder: {@code indicators.csv}, {@code labs.csv},
 * {@code ensemble.csv}, {@code summary.csv}, the PNG charts of {@link ChartRenderer} and the chart of
 * adoption by vendor ({@link VendorAdoption}, from the per-lab indicators of every replication).
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
        EnsembleStatistics stats = EnsembleStatistics.of(results);
        List<PngFiles.Png> charts = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> e : new ChartRenderer(stats).charts().entrySet()) {
            charts.add(new PngFiles.Png(folder.resolve(e.getKey()), e.getValue(), ChartRenderer.WIDTH, ChartRenderer.HEIGHT));
        }
        JFreeChart vendors = VendorAdoption.chart(results, stats);
        if (vendors != null) charts.add(new PngFiles.Png(folder.resolve(VendorAdoption.FILE), vendors, ChartRenderer.WIDTH, ChartRenderer.HEIGHT));
        // The charts are drawn on other threads while this one writes the CSV files.
        try (ChartWriting.Drawing drawing = ChartWriting.start(charts)) {
            folder.writeText(IndicatorsCsv.FILE, w -> IndicatorsCsv.write(w, results));
            folder.writeText(LabsCsv.FILE, w -> LabsCsv.write(w, results));
            folder.writeText(EnsembleCsv.FILE, w -> EnsembleCsv.write(w, stats));
            folder.writeText(SummaryCsv.FILE, w -> SummaryCsv.write(w, stats));
            drawing.await();
        }
        return stats;
    }
}
