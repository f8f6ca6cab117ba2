package org.aiecosim.experiment.study;

import org.aiecosim.io.CsvDialect;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code indices.csv}: {@code outcome,factor,method,measure,value,ci95_low,ci95_high}. */
public final class IndicesCsv {
    public static final String FILE = "indices.csv";

    private IndicesCsv() {}

    public static void write(Writer w, List<SensitivityDesign.Index> indices) throws IOException {
        CSVPrinter csv = CsvDialect.printer(w);
        csv.printRecord("outcome", "factor", "method", "measure", "value", "ci95_low", "ci95_high");
        for (var i : indices) {
            csv.printRecord(i.outcome(), i.factor(), i.method(), i.measure(), CsvDialect.number(i.value()),
                    CsvDialect.number(i.low()), CsvDialect.number(i.high()));
        }
    }
}
