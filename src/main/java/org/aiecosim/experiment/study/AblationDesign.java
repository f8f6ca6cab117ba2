package org.aiecosim.experiment.study;

import org.aiecosim.scenario.StudySpec;
import org.aiecosim.scenario.StudySpec.Mechanism;

import java.util.ArrayList;
import java.util.List;

/**
 * The points of an ablation study: point 0 is the full model (the base scenario's values of every key
 * a mechanism sets), point i (1 ≤ i ≤ m) has mechanism i switched off alone, and point m + 1 has all
 * of them off. Columns are the study's factors (every key the mechanisms set, in order of first mention).
 */
public final class AblationDesign {
    /** Label of point 0. */
    public static final String FULL = "full model";
    /** Label of the last point. */
    public static final String ALL_OFF = "all off";

    private AblationDesign() {}

    /** The m + 2 points, in run order. */
    public static List<double[]> points(StudySpec spec) {
        List<String> keys = spec.factorKeys();
        double[] full = new double[keys.size()];
        for (int j = 0; j < full.length; j++) full[j] = spec.factors().get(j).values()[0];
        List<double[]> points = new ArrayList<>();
        points.add(full.clone());
        double[] all = full.clone();
        for (Mechanism m : spec.mechanisms()) {
            double[] p = full.clone();
            m.settings().forEach((k, v) -> {
                p[keys.indexOf(k)] = v;
                all[keys.indexOf(k)] = v;
            });
            points.add(p);
        }
        points.add(all);
        return points;
    }

    /** Labels of the points: "full model", each mechanism's name, "all off". */
    public static List<String> labels(StudySpec spec) {
        List<String> labels = new ArrayList<>();
        labels.add(FULL);
        labels.addAll(spec.mechanismNames());
        labels.add(ALL_OFF);
        return labels;
    }
}
