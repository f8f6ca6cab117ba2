package org.aiecosim.report;

import org.aiecosim.io.CsvDialect;
import org.aiecosim.stats.MeanEstimate;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code summary.csv}: across-replication statistics of each non-lab indicator at the end of the
 * run (last month), {@code indicator,n,mean,sd,ci95_low,ci95_high}. Undefined statistics are empty.
 */
public final class SummaryCsv {

    /** File name inside the result folder. */
    public static final String FILE = "summary.csv";

    private SummaryCsv() {
    }

    /** Writes the CSV of {@code stats} to {@code w}. */
    public static void write(Writer w, EnsembleStatistics stats) throws IOException {
        CSVPrinter csv = CsvDialect.printer(w);
        csv.printRecord("indicator", "n", "mean", "sd", "ci95_low", "ci95_high");
        for (String name : stats.names()) {
            MeanEstimate e = stats.endOfRun(name);
            csv.printRecord(name, Integer.toString(e.n()),
                    CsvDialect.number(e.mean()), CsvDialect.number(e.sd()), CsvDialect.number(e.low()), CsvDialect.number(e.high()));
        }
    }
}
