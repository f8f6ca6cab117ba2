package org.aiecosim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** A complete run folder (CSV files, charts, report.html) of a synthetic run, for report tests and previews. */
final class SampleRunReport {

    private SampleRunReport() {
    }

    static RunReportContext context(int replications) {
        return new RunReportContext("baseline <test> & \"quotes\"",
                "Status quo: US export controls as of 2023,\nleaky enforcement.\n\nSecond paragraph, not shown.",
                "0.1.0-test", "2026-01-02T03:04:05Z", replications, 4, 20220101L, 2.345,
                "aiecosim run results/baseline/x/scenario.yaml --out NEW_FOLDER",
                List.of(new String[] {"market.supplyGrowth", "0.03", "1/month"},
                        new String[] {"region.China.chipAccess", "0.35", "share"},
                        new String[] {"policy.openWeightBan", "false", ""}),
                List.of(new String[] {"2023-10", "October 2023 export-control update", "region.China.chipAccess=0.2"},
                        new String[] {"2025-01", "AI diffusion rule <draft>", "region.RestOfWorld.chipAccess=0.6"}));
    }

    /** Writes the folder {@code dir} (must not exist) and returns its report file. */
    static Path write(Path dir, int months, int replications) throws IOException {
        ResultFolder folder = ResultFolder.create(dir);
        EnsembleStatistics stats = RunReportWriter.write(folder, SyntheticRun.generate(
                List.of("US", "China", "EU", "RestOfWorld"), List.of("OpenAI", "DeepSeek"), YearMonth.of(2022, 1),
                months, replications, 42));
        folder.writeText("run-info.txt", w -> w.write("aiecosim test\n"));
        return RunHtmlReport.write(folder, context(replications), stats);
    }
}
