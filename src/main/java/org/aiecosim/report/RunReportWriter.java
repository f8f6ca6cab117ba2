package org.aiecosim.report;

import java.io.IOException;
import java.util.List;

import org.aiecosim.result.ReplicationResult;

/**
 * Writes the report of one run into its result folder: {@code indicators.csv}, {@code labs.csv},
 * {@code ensemble.csv}, {@code summary.csv} and the PNG charts of {@link ChartRenderer}.
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
        folder.writeText(IndicatorsCsv.FILE, w -> IndicatorsCsv.write(w, results));
        folder.writeText(LabsCsv.FILE, w -> LabsCsv.write(w, results));
        folder.writeText(EnsembleCsv.FILE, w -> EnsembleCsv.write(w, stats));
        folder.writeText(SummaryCsv.FILE, w -> SummaryCsv.write(w, stats));
        new ChartRenderer(stats).writeAll(folder);
        return stats;
    }
}
