package org.aiecosim.scenario;

import java.time.YearMonth;
import java.util.List;

/**
 * Typed access to the fields of one YAML mapping (the top level, a lab, a generator, an event), reporting
 * unknown fields, missing required fields and bad values to {@link Problems} with their lines.
 *
 * <p>Each getter returns null after reporting a problem, so callers build their object only when all
 * fields came back non-null; a {@code def} of null means the field is required.
 */
final class Fields {
    private final Problems problems;
    private final YamlNode.Mapping map;
    private final String prefix;
    private final String what;

    /**
     * @param prefix  key path prefix for messages, e.g. {@code "labs[0]."} ({@code ""} at the top level)
     * @param what    what a field is called in messages, e.g. {@code "lab field"}
     * @param allowed the valid field names, in the order they are documented
     */
    Fields(Problems problems, YamlNode.Mapping map, String prefix, String what, List<String> allowed) {
        this.problems = problems;
        this.map = map;
        this.prefix = prefix;
        this.what = what;
        for (YamlNode.Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                problems.add(e.keyLine(), prefix + e.key(), "unknown " + what
                        + Suggest.didYouMean(e.key(), allowed) + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** The value written for {@code key}, or null when absent. */
    YamlNode node(String key) {
        YamlNode.Entry e = map.entry(key);
        return e == null ? null : e.value();
    }

    /** Line of the key if present, else of the mapping (where a missing field belongs). */
    int line(String key) {
        YamlNode.Entry e = map.entry(key);
        return e == null ? map.line() : e.keyLine();
    }

    String path(String key) { return prefix + key; }

    void problem(String key, String message) { problems.add(line(key), path(key), message); }

    String string(String key, String def) {
        String expected = "a text";
        YamlNode.Scalar s = scalar(key, def == null, expected);
        if (s == null) return node(key) == null ? def : null;
        return s.text();
    }

    Double real(String key, Double def, double min, double max, String unit) {
        String expected = Scalars.realRange(min, max) + Scalars.unit(unit);
        YamlNode.Scalar s = scalar(key, def == null, expected);
        if (s == null) return node(key) == null ? def : null;
        Double v = Scalars.number(s.text());
        return checkRange(key, s, v, v != null && v >= min && v <= max, expected);
    }

    Long integer(String key, Long def, long min, long max, String unit) {
        String expected = Scalars.integerRange(min, max) + Scalars.unit(unit);
        YamlNode.Scalar s = scalar(key, def == null, expected);
        if (s == null) return node(key) == null ? def : null;
        Long v = Scalars.integer(s.text());
        return checkRange(key, s, v, v != null && v >= min && v <= max, expected);
    }

    Boolean bool(String key, Boolean def) {
        YamlNode.Scalar s = scalar(key, def == null, "true or false");
        if (s == null) return node(key) == null ? def : null;
        Boolean v = Scalars.bool(s.text());
        if (v == null) problems.add(s.line(), path(key), "expected true or false, got " + s.describe());
        return v;
    }

    YearMonth month(String key, YearMonth def) {
        YamlNode.Scalar s = scalar(key, def == null, "a month " + Scalars.MONTH_FORMAT);
        if (s == null) return node(key) == null ? def : null;
        YearMonth v = Scalars.month(s.text());
        if (v == null) {
            problems.add(s.line(), path(key), "malformed date " + s.describe() + ": expected " + Scalars.MONTH_FORMAT);
        }
        return v;
    }

    private <T> T checkRange(String key, YamlNode.Scalar s, T parsed, boolean ok, String expected) {
        if (parsed == null) {
            problems.add(s.line(), path(key), "expected " + expected + ", got " + s.describe());
            return null;
        }
        if (!ok) {
            problems.add(s.line(), path(key), Quote.text(s.text().trim()) + " is out of range: expected " + expected);
            return null;
        }
        return parsed;
    }

    /** The non-null scalar for {@code key}; null (after reporting, unless absent and optional) otherwise. */
    private YamlNode.Scalar scalar(String key, boolean required, String expected) {
        YamlNode n = node(key);
        if (n == null) {
            if (required) problems.add(map.line(), path(key), "missing required " + what + ": expected " + expected);
            return null;
        }
        if (n instanceof YamlNode.Scalar s && !s.isNull()) return s;
        problems.add(n.line(), path(key), "expected " + expected + ", got " + n.describe());
        return null;
    }
}
