package org.aiecosim.scenario;

import org.aiecosim.scenario.CalibrationTarget.Role;
import org.aiecosim.scenario.CalibrationTarget.Statistic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loads the observed targets file ({@code calibration/targets.yaml}), validated like a scenario. */
public final class TargetsLoader {
    static final List<String> KEYS = List.of("id", "indicator", "statistic", "period", "reference", "value", "tolerance", "role", "source");

    private TargetsLoader() {}

    /** Loads targets; {@code indicators} are the valid indicator names (for "did you mean"). */
    public static List<CalibrationTarget> load(Path file, Set<String> indicators) throws ScenarioException {
        String origin = file.toString();
        String text = YamlFiles.read(file, "targets");
        Problems problems = new Problems(origin);
        YamlNode root = YamlReader.read(text, problems);
        if (!(root instanceof YamlNode.Mapping top)) throw new ScenarioException(origin, 0, "", "expected a map with a 'targets:' list");
        Fields f = new Fields(problems, top, "", "top-level key", List.of("targets"));
        if (!(f.node("targets") instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            f.problem("targets", "expected a non-empty list of targets");
            problems.throwIfAny();
            return List.of();
        }
        List<CalibrationTarget> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String where = "targets[" + i + "]";
            if (!(seq.items().get(i) instanceof YamlNode.Mapping m)) {
                problems.add(seq.items().get(i).line(), where, "expected a map of target fields");
                continue;
            }
            Fields t = new Fields(problems, m, where + ".", "target field", KEYS);
            String id = t.string("id", null);
            if (id != null && !ids.add(id)) t.problem("id", "duplicate target id " + Quote.value(id));
            String indicator = t.string("indicator", null);
            if (indicator != null && !indicators.contains(indicator)) {
                t.problem("indicator", "unknown indicator " + Quote.value(indicator) + Suggest.didYouMean(indicator, indicators));
                indicator = null;
            }
            Statistic stat = choice(t, "statistic", Statistic.values(), s -> s.key);
            Role role = choice(t, "role", Role.values(), r -> r.name().toLowerCase());
            YearMonth[] period = period(t, "period", true);
            YearMonth[] reference = period(t, "reference", stat == Statistic.RATIO);
            if (stat != null && stat != Statistic.RATIO && t.node("reference") != null) t.problem("reference", "only the ratio statistic takes a reference period");
            Double value = t.real("value", null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, null);
            Double tolerance = t.real("tolerance", null, 0, Double.POSITIVE_INFINITY, null);
            String source = t.string("source", null);
            if (id != null && indicator != null && stat != null && role != null && period != null && value != null && tolerance != null
                    && source != null && (stat != Statistic.RATIO || reference != null)) {
                out.add(new CalibrationTarget(id, indicator, stat, period[0], period[1], reference, value, tolerance, role, source));
            }
        }
        problems.throwIfAny();
        return out;
    }

    private static <E> E choice(Fields f, String key, E[] values, java.util.function.Function<E, String> name) {
        String s = f.string(key, null);
        if (s == null) return null;
        for (E v : values) if (name.apply(v).equals(s)) return v;
        List<String> allowed = Arrays.stream(values).map(name).toList();
        f.problem(key, "unknown " + key + " " + Quote.value(s) + Suggest.didYouMean(s, allowed) + " (allowed: " + String.join(", ", allowed) + ")");
        return null;
    }

    private static YearMonth[] period(Fields f, String key, boolean required) {
        YamlNode n = f.node(key);
        if (n == null) {
            if (required) f.problem(key, "missing: expected [YYYY-MM, YYYY-MM]");
            return null;
        }
        if (!(n instanceof YamlNode.Sequence s) || s.items().size() != 2 || !(s.items().get(0) instanceof YamlNode.Scalar a)
                || !(s.items().get(1) instanceof YamlNode.Scalar b)) {
            f.problem(key, "expected [YYYY-MM, YYYY-MM], got " + n.describe());
            return null;
        }
        YearMonth from = Scalars.month(a.text()), to = Scalars.month(b.text());
        if (from == null || to == null) {
            f.problem(key, "malformed month: expected YYYY-MM, e.g. 2024-01");
            return null;
        }
        if (to.isBefore(from)) {
            f.problem(key, "the period ends before it starts");
            return null;
        }
        return new YearMonth[] {from, to};
    }
}
