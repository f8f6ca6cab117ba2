package org.aiecosim.experiment.study;

import org.aiecosim.io.CsvDialect;
import org.aiecosim.scenario.StudySpec;
import org.aiecosim.stats.MeanEstimate;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code points.csv}: per design point and outcome, the mean over replications with its 95% CI:
 * {@code point,<parameters>,outcome,n,mean,sd,ci95_low,ci95_high,failed}.
 */
public final class PointsCsv {
    public static final String FILE = "points.csv";

    private PointsCsv() {}

    public static void write(Writer w, StudySpec spec, List<PointSummary> points) throws IOException {
        CSVPrinter csv = CsvDialect.printer(w);
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(spec.factorKeys());
        header.addAll(List.of("outcome", "n", "mean", "sd", "ci95_low", "ci95_high", "failed"));
        csv.printRecord(header);
        for (PointSummary p : points) {
            for (int o = 0; o < spec.outcomes().size(); o++) {
                MeanEstimate e = p.outcomes().get(o);
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(p.point()));
                for (double v : p.parameters()) row.add(CsvDialect.number(v));
                row.addAll(List.of(spec.outcomes().get(o).name(), Integer.toString(e.n()), CsvDialect.number(e.mean()),
                        CsvDialect.number(e.sd()), CsvDialect.number(e.low()), CsvDialect.number(e.high()), Integer.toString(p.failed())));
                csv.printRecord(row);
            }
        }
    }
}
