package org.aiecosim.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Current values of every parameter of a run, checked against the {@link ParameterCatalog}.
 *
 * <p>Starts from the catalog's defaults; scenario overrides and dated {@link PolicyEvent}s change
 * values through {@link #set}, which rejects unknown keys and out-of-range values. The model's
 * phases do not read this store; they read the typed records of {@link ParameterGroups}, built from
 * it at the start and rebuilt when an event changes one of their keys.
 */
public final class Parameters implements Serializable, ParameterSource {
    private static final long serialVersionUID = 1L;

    private final ParameterCatalog catalog;
    private final LinkedHashMap<String, Double> values = new LinkedHashMap<>();

    /** All parameters at their defaults. */
    public Parameters(ParameterCatalog catalog) {
        this.catalog = catalog;
        for (ParameterSpec s : catalog.specs()) values.put(s.key(), s.defaultValue());
    }

    /** A copy whose changes do not affect this one. */
    public Parameters copy() {
        Parameters p = new Parameters(catalog);
        p.values.putAll(values);
        return p;
    }

    public ParameterCatalog catalog() { return catalog; }

    /** Value of {@code key}; throws when the key is not declared (a programming error). */
    @Override
    public double get(String key) {
        Double v = values.get(key);
        if (v == null) throw new IllegalArgumentException("unknown parameter: " + key);
        return v;
    }

    @Override
    public int getInt(String key) { return (int) get(key); }

    @Override
    public boolean getBoolean(String key) { return get(key) != 0.0; }

    /** Region parameter {@code region.<region>.<name>}. */
    public double region(String region, String name) { return get("region." + region + "." + name); }

    /** Sets a value after checking key, type and range. */
    public void set(String key, double value) {
        ParameterSpec spec = catalog.spec(key);
        if (spec == null) throw new IllegalArgumentException("unknown parameter: " + key);
        if (!spec.accepts(value)) {
            throw new IllegalArgumentException(key + " = " + value + " is not allowed: expected " + spec.allowed());
        }
        values.put(key, value);
    }

    /** Keys and values in catalog order. */
    public Map<String, Double> asMap() { return java.util.Collections.unmodifiableMap(values); }
}
