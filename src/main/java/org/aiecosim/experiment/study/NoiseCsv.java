package org.aiecosim.experiment.study;

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
        w.write("outcome,source,runs,df,sd,replications,ci95_halfwidth,measure,noise_floor\n");
        for (NoiseReference n : noise) {
            w.write(n.outcome() + "," + n.source() + "," + n.runs() + "," + n.df() + "," + RunsFile.number(n.sd()) + ","
                    + n.replications() + "," + RunsFile.number(n.halfWidth()) + "," + n.measure() + "," + RunsFile.number(n.floor()) + "\n");
        }
    }
}
