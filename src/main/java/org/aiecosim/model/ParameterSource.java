package org.aiecosim.model;

/**
 * Read access to parameter values by key: what the typed parameter records are built from.
 * {@link Parameters} is the store; tests wrap it to record which keys each record reads.
 */
@FunctionalInterface
public interface ParameterSource {

    /** Value of {@code key}; throws when the key is not declared. */
    double get(String key);

    default int getInt(String key) { return (int) get(key); }

    default boolean getBoolean(String key) { return get(key) != 0.0; }
}
