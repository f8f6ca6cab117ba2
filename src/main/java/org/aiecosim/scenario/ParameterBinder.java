package org.aiecosim.scenario;

import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.ParameterSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks parameter assignments against the {@link ParameterCatalog}: the {@code parameters:} section,
 * an event's {@code set:} and {@code --set key=value}.
 *
 * <p>A section may nest maps ({@code market: {supplyGrowth: 0.06}}), use dotted keys
 * ({@code market.supplyGrowth: 0.06}) or mix both; nested keys are joined with dots.
 */
final class ParameterBinder {
    private ParameterBinder() {}

    /**
     * Flattens and checks a parameter section. Returns the valid assignments in file order; the
     * invalid ones are reported under {@code path} (e.g. {@code parameters} or {@code events[0].set}).
     */
    static Map<String, Double> bind(YamlNode section, String path, ParameterCatalog catalog, Problems problems) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (!(section instanceof YamlNode.Mapping map)) {
            problems.add(section.line(), path, "expected a map of parameter keys to values, got " + section.describe());
            return values;
        }
        Map<String, Integer> lines = new HashMap<>();
        walk(map, "", path, catalog, problems, values, lines);
        return values;
    }

    private static void walk(YamlNode.Mapping map, String keyPrefix, String path, ParameterCatalog catalog,
                             Problems problems, Map<String, Double> values, Map<String, Integer> lines) {
        for (YamlNode.Entry e : map.entries()) {
            String key = keyPrefix + e.key();
            String where = path + "." + key;
            ParameterSpec spec = catalog.spec(key);
            YamlNode v = e.value();
            if (spec == null && v instanceof YamlNode.Mapping child) {
                // Recurse even when the prefix is misspelt: the full leaf key gives the better suggestion.
                walk(child, key + ".", path, catalog, problems, values, lines);
            } else if (spec == null) {
                problems.add(e.keyLine(), where, unknownMessage(key, catalog, List.of()));
            } else if (!(v instanceof YamlNode.Scalar s) || s.isNull()) {
                problems.add(v.line(), where, "expected " + expected(spec) + ", got " + v.describe());
            } else {
                String error = check(spec, s.text());
                Integer first = lines.putIfAbsent(key, e.keyLine());
                if (error != null) problems.add(s.line(), where, error);
                else if (first != null) problems.add(e.keyLine(), where, "set twice (first on line " + first + ")");
                else values.put(key, parse(spec, s.text()));
            }
        }
    }

    /** What a parameter accepts, with its unit: "a number from 0 to 1 (share)". */
    static String expected(ParameterSpec spec) {
        return spec.allowed() + Scalars.unit(spec.unit());
    }

    /** Null when {@code text} is a valid value of {@code spec}, else what is wrong and what is allowed. */
    static String check(ParameterSpec spec, String text) {
        String t = text.trim();
        if (spec.type() == ParameterSpec.Type.BOOLEAN) {
            return Scalars.bool(t) == null ? "expected " + expected(spec) + ", got " + Quote.value(t) : null;
        }
        Double v = Scalars.number(t);
        if (v == null || (spec.type() == ParameterSpec.Type.INTEGER && v != Math.rint(v))) {
            return "expected " + expected(spec) + ", got " + Quote.value(t);
        }
        return spec.accepts(v) ? null : Quote.text(t) + " is out of range: expected " + expected(spec);
    }

    /** The value of a {@code text} that {@link #check} accepted. */
    static double parse(ParameterSpec spec, String text) {
        if (spec.type() == ParameterSpec.Type.BOOLEAN) return Scalars.bool(text) ? 1.0 : 0.0;
        return Scalars.number(text);
    }

    /**
     * Message for a key the catalog lacks: names the closest key, or the unknown region when the key is a
     * region parameter of a region the scenario does not declare. {@code extraKeys} are other valid keys
     * (e.g. {@code seed} for {@code --set}).
     */
    static String unknownMessage(String key, ParameterCatalog catalog, List<String> extraKeys) {
        String[] parts = key.split("\\.");
        if (parts.length >= 3 && parts[0].equals("region") && !catalog.regions().contains(parts[1])) {
            return "unknown region " + Quote.value(parts[1]) + Suggest.didYouMean(parts[1], catalog.regions())
                    + " (regions: " + String.join(", ", catalog.regions()) + "; add it to regions: to declare it)";
        }
        List<String> keys = new ArrayList<>(extraKeys);
        catalog.specs().forEach(s -> keys.add(s.key()));
        return "unknown parameter" + Suggest.didYouMean(key, keys) + " (aiecosim params lists them all)";
    }
}
