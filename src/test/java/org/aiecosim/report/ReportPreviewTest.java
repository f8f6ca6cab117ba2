package org.aiecosim.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.aiecosim.result.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders the full report of a realistic synthetic run for a human to look at. Runs only when
 * asked: {@code mvn test -Dtest=ReportPreviewTest -Dreport.preview=/tmp/report-preview} (the folder
 * must not exist). {@code -Dreport.preview.short=DIR} renders a short single-replication run, to
 * check month ticks and charts without confidence bands.
 */
class ReportPreviewTest {

    @Test
    @EnabledIfSystemProperty(named = "report.preview", matches = ".+")
    void writePreview() throws Exception {
        List<ReplicationResult> results = SyntheticRun.generate(List.of("US", "China", "EU", "RestOfWorld"),
                List.of("OpenAI", "DeepSeek", "Mistral", "Meta"), YearMonth.of(2022, 1), 108, 5, 42);
        EnsembleStatistics stats = RunReportWriter.write(ResultFolder.create(Path.of(System.getProperty("report.preview"))), results);
        System.out.print(SummaryTable.render(stats));
    }

    @Test
    @EnabledIfSystemProperty(named = "report.preview.short", matches = ".+")
    void writeShortPreview() throws Exception {
        List<ReplicationResult> results = SyntheticRun.generate(List.of("A", "B"), List.of("L1"),
                YearMonth.of(2024, 7), 18, 1, 5);
        EnsembleStatistics stats = RunReportWriter.write(
                ResultFolder.create(Path.of(System.getProperty("report.preview.short"))), results);
        System.out.print(SummaryTable.render(stats));
    }
}
