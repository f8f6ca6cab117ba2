package org.aiecosim.experiment.study;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code indices.csv}: {@code outcome,factor,method,measure,value,ci95_low,ci95_high}. */
public final class IndicesCsv {
    public static final String FILE = "indices.csv";

    private IndicesCsv() {}

    public static void write(Writer w, List<SensitivityDesign.Index> indices) throws IOException {
        w.write("outcome,factor,method,measure,value,ci95_low,ci95_high\n");
        for (var i : indices) {
            w.write(i.outcome() + "," + i.factor() + "," + i.method() + "," + i.measure() + "," + RunsFile.number(i.value())
                    + "," + RunsFile.number(i.low()) + "," + RunsFile.number(i.high()) + "\n");
        }
    }
}
