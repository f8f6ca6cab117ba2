package org.aiecosim.scenario;

import org.aiecosim.model.ParameterSpec;

import java.nio.file.Path;
import java.util.List;

/**
 * A what-if study read from a sweep or sensitivity file: a base scenario, the parameters to vary and
 * how (the design), replications per design point, fixed overrides, and the outcomes to record.
 *
 * @param name         names the results folder
 * @param description  the question the study answers
 * @param source       the study file
 * @param base         the base scenario (with the study's fixed {@code set:} overrides applied)
 * @param seed         study seed; run i uses a seed derived from it and i
 * @param replications replications per design point
 * @param design       sampling design and its size
 * @param factors      the varied parameters, in file order
 * @param outcomes     what to record from each run
 */
public record StudySpec(String name, String description, Path source, Scenario base, long seed, int replications,
                        Design design, List<Factor> factors, List<Outcome> outcomes) {

    /** Sampling designs: the first four for sweeps, the last two for sensitivity analysis. */
    public enum DesignType {
        GRID("grid"), RANDOM("random"), LATIN("latin"), SOBOL("sobol"), MORRIS("morris"), SALTELLI("saltelli");

        public final String key;

        DesignType(String key) { this.key = key; }

        public boolean forSensitivity() { return this == MORRIS || this == SALTELLI; }
    }

    /**
     * @param type          design type
     * @param points        points for random, latin and sobol designs
     * @param trajectories  Morris trajectories
     * @param levels        Morris grid levels
     * @param baseSamples   Saltelli base samples N (runs = N (k + 2) points)
     * @param bootstrap     bootstrap resamples for confidence intervals of indices
     */
    public record Design(DesignType type, int points, int trajectories, int levels, int baseSamples, int bootstrap) {}

    /**
     * A varied parameter: either explicit grid {@code values} or a range {@code [min, max]} (with
     * {@code steps} grid points for a grid design).
     */
    public record Factor(String key, ParameterSpec spec, double[] values, double min, double max, int steps) {
        /** Maps u in [0,1] to the parameter's range, rounding integer parameters. */
        public double fromUnit(double u) {
            double v = min + u * (max - min);
            return spec.type() == ParameterSpec.Type.REAL ? v : Math.rint(v);
        }

        /** The grid values of this factor. */
        public double[] gridValues() {
            if (values != null) return values.clone();
            double[] g = new double[steps];
            for (int i = 0; i < steps; i++) g[i] = steps == 1 ? min : fromUnit((double) i / (steps - 1));
            return g;
        }
    }

    /**
     * An outcome: an indicator at one month ({@code from == to}) or averaged over months
     * {@code from..to} (month indices from the start, inclusive), ignoring undefined months.
     */
    public record Outcome(String name, String indicator, int from, int to) {}

    /** Parameter keys of the factors, in order. */
    public List<String> factorKeys() { return factors.stream().map(Factor::key).toList(); }

    /** Outcome names, in order. */
    public List<String> outcomeNames() { return outcomes.stream().map(Outcome::name).toList(); }
}
