package org.aiecosim.experiment.study;

import org.aiecosim.scenario.StudySpec;
import org.aiecosim.stats.MeanEstimate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code points.csv}: per design point and outcome, the mean over replications with its 95% CI:
 * {@code point,<parameters>,outcome,n,mean,sd,ci95_low,ci95_high,failed}.
 */
public final class PointsCsv {
    public static final String FILE = "points.csv";

    private PointsCsv() {}

    public static void write(Writer w, StudySpec spec, List<PointSummary> points) throws IOException {
        StringBuilder h = new StringBuilder("point");
        for (String k : spec.factorKeys()) h.append(',').append(k);
        w.write(h + ",outcome,n,mean,sd,ci95_low,ci95_high,failed\n");
        for (PointSummary p : points) {
            for (int o = 0; o < spec.outcomes().size(); o++) {
                MeanEstimate e = p.outcomes().get(o);
                StringBuilder b = new StringBuilder().append(p.point());
                for (double v : p.parameters()) b.append(',').append(RunsFile.number(v));
                b.append(',').append(spec.outcomes().get(o).name()).append(',').append(e.n())
                        .append(',').append(RunsFile.number(e.mean())).append(',').append(RunsFile.number(e.sd()))
                        .append(',').append(RunsFile.number(e.low())).append(',').append(RunsFile.number(e.high()))
                        .append(',').append(p.failed()).append('\n');
                w.write(b.toString());
            }
        }
    }
}
