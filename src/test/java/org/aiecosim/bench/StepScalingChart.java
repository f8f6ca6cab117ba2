package org.aiecosim.bench;

import org.aiecosim.report.ScalingChart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws CPU time per replication against developers from {@link StepProfile} medians given on the
 * command line: {@code StepScalingChart OUT.png SUBTITLE NAME=N:MS,N:MS,... [NAME=...]} (first series
 * drawn in the aggregate colour, with a line proportional to developers through its middle point).
 */
public final class StepScalingChart {
    private StepScalingChart() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        List<ScalingChart.Series> series = new ArrayList<>();
        for (int a = 2; a < args.length; a++) {
            String name = args[a].substring(0, args[a].indexOf('='));
            String[] points = args[a].substring(name.length() + 1).split(",");
            double[] x = new double[points.length], s = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                String[] p = points[i].split(":");
                x[i] = Double.parseDouble(p[0]);
                s[i] = Double.parseDouble(p[1]) / 1000;
            }
            series.add(new ScalingChart.Series(name, x, s));
        }
        ScalingChart.write(Path.of(args[0]), "CPU time per replication vs developers", args[1], "developers (log scale)", series, true);
    }
}
