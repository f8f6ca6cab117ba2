package org.aiecosim.experiment.study;

import org.aiecosim.io.CsvDialect;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code noise.csv}: the replication noise of each outcome of a sensitivity study ({@link NoiseReference}):
 * {@code outcome,source,runs,df,sd,replications,ci95_halfwidth,measure,noise_floor}.
 */
public final class NoiseCsv {
    public static final String FILE = "noise.csv";

    private NoiseCsv() {}

    public static void write(Writer w, List<NoiseReference> noise) throws IOException {
        CSVPrinter csv = CsvDialect.printer(w);
        csv.printRecord("outcome", "source", "runs", "df", "sd", "replications", "ci95_halfwidth", "measure", "noise_floor");
        for (NoiseReference n : noise) {
            csv.printRecord(n.outcome(), n.source(), n.runs(), n.df(), CsvDialect.number(n.sd()), n.replications(),
                    CsvDialect.number(n.halfWidth()), n.measure(), CsvDialect.number(n.floor()));
        }
    }
}
