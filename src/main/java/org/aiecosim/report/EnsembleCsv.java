package org.aiecosim.report;

import org.aiecosim.io.CsvRows;
import org.aiecosim.stats.MeanEstimate;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code ensemble.csv}: across-replication statistics of each non-lab indicator in each month,
 * {@code indicator,month,date,n,mean,sd,ci95_low,ci95_high}, ordered by indicator then month.
 * Statistics that are undefined (no values, or a single one for sd and interval) are empty.
 */
public final class EnsembleCsv {

    /** File name inside the result folder. */
    public static final String FILE = "ensemble.csv";

    private EnsembleCsv() {
    }

    /** Writes the CSV of {@code stats} to {@code w}. */
    public static void write(Writer w, EnsembleStatistics stats) throws IOException {
        CsvRows csv = new CsvRows(w);
        csv.row("indicator", "month", "date", "n", "mean", "sd", "ci95_low", "ci95_high");
        for (String name : stats.names()) {
            MeanEstimate[] series = stats.series(name);
            for (int m = 0; m < series.length; m++) {
                MeanEstimate e = series[m];
                csv.text(name).integer(m).text(stats.monthAt(m).toString()).integer(e.n())
                        .number(e.mean()).number(e.sd()).number(e.low()).number(e.high());
                csv.endRow();
            }
        }
        csv.flush();
    }
}
