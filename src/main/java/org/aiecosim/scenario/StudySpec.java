package org.aiecosim.scenario;

import org.aiecosim.model.ParameterSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * @param mechanisms   for an ablation design: the mechanisms and the settings that switch each off
 *                     (the factors are then every key they set); empty otherwise
 */
public record StudySpec(String name, String description, Path source, Scenario base, long seed, int replications,
                        Design design, List<Factor> factors, List<Outcome> outcomes, List<Mechanism> mechanisms) {

    public StudySpec {
        mechanisms = List.copyOf(mechanisms);
    }

    /** A study without mechanisms (every design but ablation). */
    public StudySpec(String name, String description, Path source, Scenario base, long seed, int replications,
                     Design design, List<Factor> factors, List<Outcome> outcomes) {
        this(name, description, source, base, seed, replications, design, factors, outcomes, List.of());
    }

    /**
     * Sampling designs: grid, random, latin and sobol for sweeps, ablation (the base with each
     * mechanism switched off, one at a time and all at once) also for sweeps, morris and saltelli for
     * sensitivity analysis.
     */
    public enum DesignType {
        GRID("grid"), RANDOM("random"), LATIN("latin"), SOBOL("sobol"), MORRIS("morris"), SALTELLI("saltelli"),
        ABLATION("ablation");

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
    public record Design(DesignType type, int points, int trajectories, int levels, int baseSamples, int bootstrap,
                         boolean commonRandomNumbers) {
        /** A design whose runs have independent seeds (the default but for ablation). */
        public Design(DesignType type, int points, int trajectories, int levels, int baseSamples, int bootstrap) {
            this(type, points, trajectories, levels, baseSamples, bootstrap, false);
        }

        /**
         * Whether replication r of every point has the same seed: always in an ablation, and in any
         * design whose file asks for it ({@code commonRandomNumbers: true}).
         */
        public boolean sharesSeeds() {
            return type == DesignType.ABLATION || commonRandomNumbers;
        }
    }

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
     * A mechanism of an ablation study: its name and the parameter settings that switch it off (or make
     * it neutral), in file order.
     */
    public record Mechanism(String name, Map<String, Double> settings) {
        public Mechanism {
            settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        }
    }

    /**
     * An outcome: an indicator at one month ({@code from == to}) or averaged over months
     * {@code from..to} (month indices from the start, inclusive), ignoring undefined months.
     * With {@code newShareOf} (cumulative counts), it is instead the indicator's increase over the
     * window (from the end of the month before {@code from}, 0 before the start, to the end of
     * {@code to}) as a share of the summed increase of the {@code newShareOf} indicators: e.g. the share
     * of the window's new derivatives that are built on one region's bases.
     */
    public record Outcome(String name, String indicator, int from, int to, List<String> newShareOf) {
        public Outcome {
            newShareOf = List.copyOf(newShareOf);
        }

        public Outcome(String name, String indicator, int from, int to) {
            this(name, indicator, from, to, List.of());
        }

        /** As the four-field record printed (study fingerprints of earlier versions stay valid). */
        @Override
        public String toString() {
            return "Outcome[name=" + name + ", indicator=" + indicator + ", from=" + from + ", to=" + to
                    + (newShareOf.isEmpty() ? "" : ", newShareOf=" + newShareOf) + "]";
        }
    }

    /** Parameter keys of the factors, in order. */
    public List<String> factorKeys() { return factors.stream().map(Factor::key).toList(); }

    /** This study on another base scenario and number of replications (command-line overrides). */
    public StudySpec withBase(Scenario newBase, int newReplications) {
        return new StudySpec(name, description, source, newBase, seed, newReplications, design, factors, outcomes, mechanisms);
    }

    /** Mechanism names of an ablation study, in order (empty for other designs). */
    public List<String> mechanismNames() { return mechanisms.stream().map(Mechanism::name).toList(); }

    /** Outcome names, in order. */
    public List<String> outcomeNames() { return outcomes.stream().map(Outcome::name).toList(); }
}
