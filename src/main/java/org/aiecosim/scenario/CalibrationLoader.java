package org.aiecosim.scenario;

import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.observation.IndicatorRecorder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Loads a calibration file:
 * <pre>{@code
 * # What is fitted to what.
 * scenario: ../scenarios/baseline.yaml   # relative to this file
 * targets: targets.yaml                  # observed figures (calibration and validation)
 * seed: 11
 * replications: 4                        # per evaluation
 * months: 48                             # simulate only this far (default: the scenario's length)
 * maxEvaluations: 200                    # per start
 * starts: 3                              # independent starts (default 1), for identifiability
 * parameters:                            # free parameters with bounds
 *   training.computeShare: {min: 0.1, max: 0.8}
 * }</pre>
 */
public final class CalibrationLoader {
    static final List<String> KEYS = List.of("name", "scenario", "targets", "seed", "replications", "months", "maxEvaluations", "starts", "parameters");

    private CalibrationLoader() {}

    public static CalibrationSpec load(Path file) throws ScenarioException {
        String origin = file.toString();
        String text = YamlFiles.read(file, "calibration");
        Problems problems = new Problems(origin);
        if (!(YamlReader.read(text, problems) instanceof YamlNode.Mapping top)) {
            throw new ScenarioException(origin, 0, "", "a calibration file is a map of keys (" + String.join(", ", KEYS) + ")");
        }
        Fields f = new Fields(problems, top, "", "top-level key", KEYS);
        String name = f.string("name", YamlFiles.stem(file));
        String scenarioRef = f.string("scenario", null);
        String targetsRef = f.string("targets", null);
        Long seed = f.integer("seed", 1L, Long.MIN_VALUE, Long.MAX_VALUE, null);
        Long reps = f.integer("replications", 4L, 1, 10_000, null);
        Long months = f.node("months") == null ? null : f.integer("months", null, 1, 1200, "months");
        Long maxEval = f.integer("maxEvaluations", 200L, 1, 1_000_000, "evaluations");
        Long starts = f.integer("starts", 1L, 1, 100, "starts");
        problems.throwIfAny();
        Path dir = file.toAbsolutePath().getParent();
        Path scenarioFile = dir.resolve(scenarioRef).normalize();
        Path targetsFile = dir.resolve(targetsRef).normalize();
        if (!Files.isRegularFile(scenarioFile)) f.problem("scenario", "scenario " + Quote.value(scenarioRef) + " not found (looked for " + scenarioFile + ")");
        if (!Files.isRegularFile(targetsFile)) f.problem("targets", "targets file " + Quote.value(targetsRef) + " not found (looked for " + targetsFile + ")");
        problems.throwIfAny();
        Scenario base = ScenarioLoader.load(scenarioFile);
        if (months != null) base = ScenarioLoader.applyOverrides(base, List.of("months=" + months));
        var config = base.config();
        List<CalibrationTarget> targets = TargetsLoader.load(targetsFile,
                new HashSet<>(IndicatorRecorder.names(config.regions(), config.labNames())));
        ParameterCatalog catalog = config.parameters().catalog();
        List<String> keys = new ArrayList<>();
        List<double[]> bounds = new ArrayList<>();
        if (!(f.node("parameters") instanceof YamlNode.Mapping pm) || pm.entries().isEmpty()) {
            f.problem("parameters", "expected the free parameters with bounds, e.g. training.computeShare: {min: 0.1, max: 0.8}");
        } else {
            for (YamlNode.Entry e : pm.entries()) {
                String where = "parameters." + e.key();
                ParameterSpec spec = catalog.spec(e.key());
                if (spec == null || spec.type() != ParameterSpec.Type.REAL) {
                    problems.add(e.keyLine(), where, spec == null ? ParameterBinder.unknownMessage(e.key(), catalog, List.of())
                            : "only real-valued parameters can be fitted (this one is " + spec.type().name().toLowerCase() + ")");
                    continue;
                }
                if (!(e.value() instanceof YamlNode.Mapping bm)) {
                    problems.add(e.value().line(), where, "expected {min: ..., max: ...}");
                    continue;
                }
                Fields b = new Fields(problems, bm, where + ".", "bound", List.of("min", "max"));
                Double min = b.real("min", null, spec.min(), spec.max(), spec.unit());
                Double max = b.real("max", null, spec.min(), spec.max(), spec.unit());
                if (min == null || max == null) continue;
                if (!(min < max)) {
                    b.problem("max", "max must be greater than min");
                    continue;
                }
                double start = config.parameters().get(e.key());
                if (start < min || start > max) {
                    b.problem("min", "the scenario's value " + start + " lies outside [" + min + ", " + max + "]: widen the bounds");
                    continue;
                }
                keys.add(e.key());
                bounds.add(new double[] {min, max});
            }
        }
        int lastTarget = targets.stream().mapToInt(t -> (int) config.start().until(t.to(), java.time.temporal.ChronoUnit.MONTHS)).max().orElse(0);
        if (lastTarget >= config.months()) {
            f.problem(months != null ? "months" : "scenario", "the run ends before the last target month (" + config.start().plusMonths(lastTarget)
                    + "); simulate at least " + (lastTarget + 1) + " months");
        }
        problems.throwIfAny();
        double[] lo = bounds.stream().mapToDouble(x -> x[0]).toArray();
        double[] hi = bounds.stream().mapToDouble(x -> x[1]).toArray();
        return new CalibrationSpec(name, file, scenarioFile, base, targets, keys, lo, hi, seed, reps.intValue(), maxEval.intValue(),
                starts.intValue(), ScenarioLoader.leadingComment(text));
    }
}
