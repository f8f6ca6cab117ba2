package org.aiecosim.spark;

import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.StudySpec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an executor needs to compute any run of a study, in a form Java serialisation ships: the
 * resolved model configuration, seed, replications, factors, outcomes and design points.
 *
 * <p>{@link StudySpec} itself is not shipped: it holds {@link java.nio.file.Path}s (not Serializable,
 * and meaningless on another machine) and records of the scenario package that need not be. The spec
 * rebuilt here has no source files; the files were read on the driver, which is why a cluster needs
 * no copy of the scenarios.
 */
final class StudyPayload implements Serializable {
    private static final long serialVersionUID = 1L;

    private record FactorData(String key, ParameterSpec spec, double[] values, double min, double max, int steps) implements Serializable {}

    private record OutcomeData(String name, String indicator, int from, int to, ArrayList<String> newShareOf) implements Serializable {}

    private final String name;
    private final String description;
    private final String scenarioName;
    private final String scenarioDescription;
    private final long scenarioSeed;
    private final int scenarioReplications;
    private final ModelConfig config;
    private final long seed;
    private final int replications;
    private final StudySpec.DesignType designType;
    private final int[] designSizes;
    private final List<FactorData> factors;
    private final List<OutcomeData> outcomes;
    private final double[][] points;
    /** Rebuilt once per executor JVM (a broadcast value is deserialised once there), not per task. */
    private transient StudySpec spec;
    private transient List<double[]> pointList;

    private StudyPayload(StudySpec s, List<double[]> points) {
        name = s.name();
        description = s.description();
        scenarioName = s.base().name();
        scenarioDescription = s.base().description();
        scenarioSeed = s.base().seed();
        scenarioReplications = s.base().replications();
        config = s.base().config();
        seed = s.seed();
        replications = s.replications();
        StudySpec.Design d = s.design();
        designType = d.type();
        designSizes = new int[] {d.points(), d.trajectories(), d.levels(), d.baseSamples(), d.bootstrap(), d.commonRandomNumbers() ? 1 : 0};
        factors = new ArrayList<>();
        for (StudySpec.Factor f : s.factors()) factors.add(new FactorData(f.key(), f.spec(), f.values(), f.min(), f.max(), f.steps()));
        outcomes = new ArrayList<>();
        for (StudySpec.Outcome o : s.outcomes()) outcomes.add(new OutcomeData(o.name(), o.indicator(), o.from(), o.to(), new ArrayList<>(o.newShareOf())));
        this.points = points.toArray(double[][]::new);
    }

    static StudyPayload of(StudySpec spec, List<double[]> points) { return new StudyPayload(spec, points); }

    /** The study as the runner needs it, without its source paths. */
    synchronized StudySpec spec() {
        if (spec == null) {
            Scenario base = new Scenario(scenarioName, scenarioDescription, null, scenarioSeed, scenarioReplications, config);
            int[] z = designSizes;
            StudySpec.Design design = new StudySpec.Design(designType, z[0], z[1], z[2], z[3], z[4], z[5] == 1);
            List<StudySpec.Factor> f = factors.stream()
                    .map(x -> new StudySpec.Factor(x.key(), x.spec(), x.values(), x.min(), x.max(), x.steps())).toList();
            List<StudySpec.Outcome> o = outcomes.stream().map(x -> new StudySpec.Outcome(x.name(), x.indicator(), x.from(), x.to(), x.newShareOf())).toList();
            spec = new StudySpec(name, description, null, base, seed, replications, design, f, o);
        }
        return spec;
    }

    /** The design points, in run order. */
    synchronized List<double[]> points() {
        if (pointList == null) pointList = List.of(points);
        return pointList;
    }
}
