package org.aiecosim.scenario;

import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.model.Parameters;
import org.aiecosim.scenario.StudySpec.Design;
import org.aiecosim.scenario.StudySpec.DesignType;
import org.aiecosim.scenario.StudySpec.Factor;
import org.aiecosim.scenario.StudySpec.Mechanism;
import org.aiecosim.scenario.StudySpec.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads sweep and sensitivity study files, validated like scenarios (file, line, key, what is allowed).
 *
 * <pre>{@code
 * # What question the study answers (first comment block).
 * name: export-controls          # default: file name
 * scenario: ../baseline.yaml     # required: base scenario, relative to this file
 * seed: 1                        # default: the scenario's seed
 * replications: 5                # per design point, default 5
 * design:
 *   type: grid                   # sweeps: grid | random | latin | sobol; sensitivity: morris | saltelli
 *   points: 64                   # random, latin, sobol: number of points
 *   trajectories: 20             # morris (default 20); levels: 4 (even, default 4)
 *   baseSamples: 256             # saltelli N (runs = N (k+2) points); bootstrap: 500
 * parameters:                    # what varies
 *   region.China.chipAccess: {values: [0.0, 0.25, 0.5]}     # grid values
 *   region.China.leakage: {min: 0, max: 0.5, steps: 6}       # range; steps for grid designs
 * set:                           # fixed overrides for every run (like --set)
 *   developers.count: 20000
 * outcomes:                      # recorded per run
 *   - {name: chinaLag, indicator: lag.region.China, month: 2030-12}
 *   - {name: chinaShare, indicator: adoption.origin.China, from: 2028-01, to: 2030-12}
 *   - {name: newOnChina, indicator: derivatives.baseOrigin.China, from: 2025-01, to: 2030-12,
 *      newShareOf: [derivatives.baseOrigin.US, derivatives.baseOrigin.China, ...]}  # share of the window's increase
 * }</pre>
 * An ablation study ({@code design: {type: ablation}}, with {@code aiecosim sweep}) has no
 * {@code parameters:}; instead {@code mechanisms:} maps each mechanism's name to the settings that
 * switch it off, and the design points are the full model, each mechanism off alone, and all off:
 * <pre>{@code
 * mechanisms:
 *   distillation: {knowledge.distillationRate: 0}
 *   spilloverLag: {knowledge.spilloverLag: 0}
 * }</pre>
 * A parameter varied by the study starts at the study's value; a dated event of the base scenario
 * that sets the same parameter still changes it at its date.
 */
public final class StudyLoader {
    static final List<String> TOP_KEYS = List.of("name", "description", "scenario", "seed", "replications",
            "design", "parameters", "mechanisms", "set", "outcomes");
    static final List<String> DESIGN_KEYS = List.of("type", "points", "trajectories", "levels", "baseSamples", "bootstrap",
            "commonRandomNumbers");
    static final List<String> FACTOR_KEYS = List.of("values", "min", "max", "steps");
    static final List<String> OUTCOME_KEYS = List.of("name", "indicator", "month", "from", "to", "newShareOf");
    /** Largest number of runs a study may ask for (design points × replications). */
    static final long MAX_RUNS = 10_000_000L;

    private StudyLoader() {}

    /** Loads a study file; {@code sensitivity} says which designs are allowed. */
    public static StudySpec load(Path file, boolean sensitivity) throws ScenarioException {
        String origin = file.toString();
        String text = YamlFiles.read(file, "study");
        Problems problems = new Problems(origin);
        YamlNode root = YamlReader.read(text, problems);
        if (!(root instanceof YamlNode.Mapping top)) {
            throw new ScenarioException(origin, root == null ? 0 : root.line(), "",
                    "a study file must be a map of keys (" + String.join(", ", TOP_KEYS) + ")");
        }
        Fields f = new Fields(problems, top, "", "top-level key", TOP_KEYS);
        String name = f.string("name", YamlFiles.stem(file));
        String description = f.string("description", ScenarioLoader.leadingComment(text));
        String scenarioRef = f.string("scenario", null);
        problems.throwIfAny();

        Path dir = file.toAbsolutePath().getParent();
        Path scenarioFile = dir.resolve(scenarioRef).normalize();
        if (!Files.isRegularFile(scenarioFile)) {
            f.problem("scenario", "base scenario " + Quote.value(scenarioRef) + " not found (looked for " + scenarioFile + ")");
            problems.throwIfAny();
        }
        Scenario base = ScenarioLoader.load(scenarioFile);
        Long seed = f.integer("seed", base.seed(), Long.MIN_VALUE, Long.MAX_VALUE, null);
        Long reps = f.integer("replications", 5L, 1, 100_000, null);
        Design design = design(f, problems, sensitivity);
        ParameterCatalog catalog = base.config().parameters().catalog();
        if (f.node("set") != null) {
            Parameters p = base.config().parameters().copy();
            ParameterBinder.bind(f.node("set"), "set", catalog, problems).forEach(p::set);
            base = new Scenario(base.name(), base.description(), base.source(), base.seed(), base.replications(),
                    base.config().withParameters(p));
        }
        boolean ablation = design != null && design.type() == DesignType.ABLATION;
        List<Mechanism> mechanisms = List.of();
        List<Factor> factors;
        if (ablation) {
            if (f.node("parameters") != null) {
                f.problem("parameters", "an ablation study varies mechanisms, not parameters: give mechanisms: {name: {key: off value, ...}, ...}");
            }
            mechanisms = mechanisms(f, problems, catalog, base);
            factors = ablationFactors(mechanisms, catalog, base);
        } else {
            if (f.node("mechanisms") != null) f.problem("mechanisms", "mechanisms: is only for design type ablation");
            factors = factors(f, problems, catalog, design);
        }
        List<Outcome> outcomes = outcomes(f, problems, base);
        problems.throwIfAny();
        long points = ablation ? mechanisms.size() + 2L : pointCount(design, factors);
        if (points * reps > MAX_RUNS) {
            problems.add(f.line("design"), "design", points + " points x " + reps + " replications = " + points * reps
                    + " runs; at most " + MAX_RUNS + " are allowed");
        }
        problems.throwIfAny();
        return new StudySpec(name, description, file, base, seed, reps.intValue(), design, factors, outcomes, mechanisms);
    }

    /** Number of design points the study will run. */
    public static long pointCount(Design d, List<Factor> factors) {
        int k = factors.size();
        return switch (d.type()) {
            case GRID -> factors.stream().mapToLong(x -> x.gridValues().length).reduce(1L, (a, b) -> a * b);
            case RANDOM, LATIN, SOBOL -> d.points();
            case MORRIS -> (long) d.trajectories() * (k + 1);
            case SALTELLI -> (long) d.baseSamples() * (k + 2);
            case ABLATION -> throw new IllegalArgumentException("an ablation study has one point per mechanism plus two");
        };
    }

    /**
     * The {@code mechanisms:} of an ablation study: each a non-empty map of parameter settings (checked
     * like {@code set:}: known keys, values in range) that must change something, may not share a key
     * with another mechanism at a different value (the all-off point would be ambiguous), and may not
     * set a key that a dated event of the base scenario sets (the event would switch it back on).
     */
    private static List<Mechanism> mechanisms(Fields top, Problems problems, ParameterCatalog catalog, Scenario base) {
        List<Mechanism> out = new ArrayList<>();
        YamlNode n = top.node("mechanisms");
        if (!(n instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
            top.problem("mechanisms", "expected a map of mechanisms to the settings that switch each off, "
                    + "e.g. distillation: {knowledge.distillationRate: 0}" + (n == null ? " (missing)" : ", got " + n.describe()));
            return out;
        }
        Parameters full = base.config().parameters();
        java.util.Map<String, Double> offValue = new java.util.HashMap<>();
        java.util.Map<String, String> offBy = new java.util.HashMap<>();
        java.util.Map<String, String> setByEvent = new java.util.HashMap<>();
        for (var e : base.config().events()) {
            for (String k : e.changes().keySet()) {
                setByEvent.putIfAbsent(k, Scalars.month(base.config().start().plusMonths(e.month())));
            }
        }
        for (YamlNode.Entry e : m.entries()) {
            String where = "mechanisms." + e.key();
            if (!e.key().matches("[A-Za-z][A-Za-z0-9_]*")) {
                problems.add(e.keyLine(), where, "mechanism names are letters, digits and '_' (they label rows of ablation.csv); got " + Quote.value(e.key()));
                continue;
            }
            if (!(e.value() instanceof YamlNode.Mapping settings) || settings.entries().isEmpty()) {
                problems.add(e.value().line(), where, "expected the settings that switch " + e.key()
                        + " off, e.g. {knowledge.distillationRate: 0}, got " + e.value().describe());
                continue;
            }
            java.util.Map<String, Double> values = ParameterBinder.bind(settings, where, catalog, problems);
            boolean changes = false;
            for (var kv : values.entrySet()) {
                String key = kv.getKey();
                if (setByEvent.containsKey(key)) {
                    problems.add(e.keyLine(), where + "." + key, "the base scenario's event of " + setByEvent.get(key) + " sets " + key
                            + ", which would switch " + e.key() + " back on; ablate it in a scenario without that event");
                }
                Double other = offValue.putIfAbsent(key, kv.getValue());
                if (other != null && !other.equals(kv.getValue())) {
                    problems.add(e.keyLine(), where + "." + key, key + " is also set by mechanism " + offBy.get(key) + " to a different value ("
                            + other + " vs " + kv.getValue() + "): with all mechanisms off it would be ambiguous");
                }
                offBy.putIfAbsent(key, e.key());
                if (full.get(key) != kv.getValue()) changes = true;
            }
            if (!values.isEmpty() && !changes) {
                problems.add(e.keyLine(), where, "switches nothing off: every setting equals the base scenario's value");
            }
            out.add(new Mechanism(e.key(), values));
        }
        return out;
    }

    /** The factors of an ablation study: every key a mechanism sets, in order of first mention, values [full, off]. */
    private static List<Factor> ablationFactors(List<Mechanism> mechanisms, ParameterCatalog catalog, Scenario base) {
        java.util.Map<String, Factor> factors = new java.util.LinkedHashMap<>();
        Parameters full = base.config().parameters();
        for (Mechanism m : mechanisms) {
            m.settings().forEach((key, off) -> factors.computeIfAbsent(key, k -> {
                double v = full.get(k);
                return new Factor(k, catalog.spec(k), new double[] {v, off}, Math.min(v, off), Math.max(v, off), 2);
            }));
        }
        return new ArrayList<>(factors.values());
    }

    private static Design design(Fields top, Problems problems, boolean sensitivity) {
        YamlNode n = top.node("design");
        if (!(n instanceof YamlNode.Mapping m)) {
            top.problem("design", "expected a map, e.g. design: {type: " + (sensitivity ? "morris" : "grid") + "}"
                    + (n == null ? " (missing)" : ", got " + n.describe()));
            return null;
        }
        Fields f = new Fields(problems, m, "design.", "design field", DESIGN_KEYS);
        String type = f.string("type", null);
        List<String> allowed = Arrays.stream(DesignType.values()).filter(t -> t.forSensitivity() == sensitivity).map(t -> t.key).toList();
        DesignType t = Arrays.stream(DesignType.values()).filter(x -> x.key.equals(type)).findFirst().orElse(null);
        if (type != null && (t == null || t.forSensitivity() != sensitivity)) {
            String other = t != null ? " (" + Quote.value(type) + " is for aiecosim " + (sensitivity ? "sweep" : "sensitivity") + ")" : Suggest.didYouMean(type, allowed);
            f.problem("type", "unknown design type " + Quote.value(type) + other + " (allowed: " + String.join(", ", allowed) + ")");
            return null;
        }
        Long points = f.integer("points", t == DesignType.RANDOM || t == DesignType.LATIN || t == DesignType.SOBOL ? null : 0L, 1, 10_000_000, "points");
        Long trajectories = f.integer("trajectories", 20L, 2, 100_000, null);
        Long levels = f.integer("levels", 4L, 2, 100, null);
        if (levels != null && levels % 2 != 0) f.problem("levels", "Morris levels must be even (got " + levels + ")");
        Long baseSamples = f.integer("baseSamples", 256L, 2, 10_000_000, null);
        Long bootstrap = f.integer("bootstrap", 500L, 0, 100_000, null);
        Boolean common = f.bool("commonRandomNumbers", false);
        if (t == null || points == null || trajectories == null || levels == null || baseSamples == null || bootstrap == null
                || common == null) return null;
        return new Design(t, points.intValue(), trajectories.intValue(), levels.intValue(), baseSamples.intValue(), bootstrap.intValue(),
                common);
    }

    private static List<Factor> factors(Fields top, Problems problems, ParameterCatalog catalog, Design design) {
        List<Factor> factors = new ArrayList<>();
        YamlNode n = top.node("parameters");
        if (!(n instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
            top.problem("parameters", "expected a map of the parameters to vary, e.g. region.China.chipAccess: {min: 0, max: 1, steps: 5}");
            return factors;
        }
        boolean grid = design != null && design.type() == DesignType.GRID;
        for (YamlNode.Entry e : m.entries()) {
            String where = "parameters." + e.key();
            ParameterSpec spec = catalog.spec(e.key());
            if (spec == null) {
                problems.add(e.keyLine(), where, ParameterBinder.unknownMessage(e.key(), catalog, List.of()));
                continue;
            }
            if (!(e.value() instanceof YamlNode.Mapping fm)) {
                problems.add(e.value().line(), where, "expected {values: [...]} or {min: ..., max: ...}, got " + e.value().describe());
                continue;
            }
            Fields f = new Fields(problems, fm, where + ".", "parameter field", FACTOR_KEYS);
            double[] values = null;
            if (f.node("values") != null) {
                if (!grid) {
                    f.problem("values", "explicit values only work with design type grid; give min and max instead");
                    continue;
                }
                values = values(f, spec, problems);
                if (values == null) continue;
                factors.add(new Factor(e.key(), spec, values, Arrays.stream(values).min().orElse(0), Arrays.stream(values).max().orElse(0), values.length));
                continue;
            }
            Double min = f.real("min", null, spec.min(), spec.max(), spec.unit());
            Double max = f.real("max", null, spec.min(), spec.max(), spec.unit());
            Long steps = f.integer("steps", grid ? null : 2L, 1, 10_000, "grid points");
            if (min == null || max == null || steps == null) continue;
            if (!(min < max)) {
                f.problem("max", "max (" + max + ") must be greater than min (" + min + ")");
                continue;
            }
            if (spec.type() == ParameterSpec.Type.BOOLEAN && !grid) {
                f.problem("min", "a true/false parameter can only be varied on a grid: values: [false, true]");
                continue;
            }
            factors.add(new Factor(e.key(), spec, null, min, max, steps.intValue()));
        }
        return factors;
    }

    private static double[] values(Fields f, ParameterSpec spec, Problems problems) {
        YamlNode n = f.node("values");
        if (!(n instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            f.problem("values", "expected a non-empty list, e.g. [0.1, 0.5, 0.9]");
            return null;
        }
        double[] v = new double[seq.items().size()];
        boolean ok = true;
        for (int i = 0; i < v.length; i++) {
            YamlNode item = seq.items().get(i);
            String error = item instanceof YamlNode.Scalar s && !s.isNull() ? ParameterBinder.check(spec, s.text())
                    : "expected " + ParameterBinder.expected(spec) + ", got " + item.describe();
            if (error != null) {
                problems.add(item.line(), f.path("values") + "[" + i + "]", error);
                ok = false;
            } else {
                v[i] = ParameterBinder.parse(spec, ((YamlNode.Scalar) item).text());
            }
        }
        return ok ? v : null;
    }

    private static List<Outcome> outcomes(Fields top, Problems problems, Scenario base) {
        List<Outcome> outcomes = new ArrayList<>();
        YamlNode n = top.node("outcomes");
        if (!(n instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            top.problem("outcomes", "expected a list of outcomes, e.g. - {name: chinaLag, indicator: lag.region.China, month: 2030-12}");
            return outcomes;
        }
        var config = base.config();
        Set<String> indicators = new HashSet<>(org.aiecosim.observation.IndicatorRecorder.names(config.regions(), config.labNames()));
        YearMonth start = config.start();
        YearMonth last = start.plusMonths(config.months() - 1L);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String where = "outcomes[" + i + "]";
            if (!(item instanceof YamlNode.Mapping m)) {
                problems.add(item.line(), where, "expected {name: ..., indicator: ..., month: YYYY-MM}, got " + item.describe());
                continue;
            }
            Fields f = new Fields(problems, m, where + ".", "outcome field", OUTCOME_KEYS);
            String name = f.string("name", null);
            if (name != null && !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                f.problem("name", "outcome names are letters, digits and '_' (they become CSV columns); got " + Quote.value(name));
                name = null;
            } else if (name != null && !names.add(name)) {
                f.problem("name", "duplicate outcome name " + Quote.value(name));
                name = null;
            }
            String indicator = f.string("indicator", null);
            if (indicator != null && !indicators.contains(indicator)) {
                f.problem("indicator", "unknown indicator " + Quote.value(indicator) + Suggest.didYouMean(indicator, indicators)
                        + " (README lists the indicators)");
                indicator = null;
            }
            boolean single = f.node("month") != null;
            YearMonth from = single ? f.month("month", null) : f.month("from", null);
            YearMonth to = single ? from : f.month("to", null);
            if (single && (f.node("from") != null || f.node("to") != null)) f.problem("month", "give either month or from and to, not both");
            Integer a = index(f, single ? "month" : "from", from, start, last);
            Integer b = index(f, single ? "month" : "to", to, start, last);
            if (a != null && b != null && b < a) {
                f.problem("to", "to (" + to + ") is before from (" + from + ")");
                continue;
            }
            List<String> shareOf = List.of();
            YamlNode so = f.node("newShareOf");
            if (so != null) {
                if (!(so instanceof YamlNode.Sequence sq) || sq.items().isEmpty()) {
                    f.problem("newShareOf", "expected a non-empty list of indicators, e.g. [derivatives.baseOrigin.US, derivatives.baseOrigin.China]");
                    continue;
                }
                List<String> list = new ArrayList<>();
                for (int j = 0; j < sq.items().size(); j++) {
                    YamlNode shareItem = sq.items().get(j);
                    String text = shareItem instanceof YamlNode.Scalar sc && !sc.isNull() ? sc.text() : null;
                    if (text == null || !indicators.contains(text)) {
                        problems.add(shareItem.line(), f.path("newShareOf") + "[" + j + "]", "unknown indicator " + (text == null ? shareItem.describe() : Quote.value(text))
                                + (text == null ? "" : Suggest.didYouMean(text, indicators)));
                        list = null;
                        break;
                    }
                    list.add(text);
                }
                if (list == null) continue;
                shareOf = list;
            }
            if (name != null && indicator != null && a != null && b != null) outcomes.add(new Outcome(name, indicator, a, b, shareOf));
        }
        return outcomes;
    }

    private static Integer index(Fields f, String key, YearMonth m, YearMonth start, YearMonth last) {
        if (m == null) return null;
        if (m.isBefore(start) || m.isAfter(last)) {
            f.problem(key, Scalars.month(m) + " is outside the simulated months " + Scalars.month(start) + " to " + Scalars.month(last));
            return null;
        }
        return (int) start.until(m, ChronoUnit.MONTHS);
    }
}
