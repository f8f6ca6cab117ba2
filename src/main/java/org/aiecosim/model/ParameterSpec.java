package org.aiecosim.model;

import java.io.Serializable;

/**
 * Definition of one model parameter: its key, type, default, unit, valid range and meaning.
 *
 * <p>Every parameter the model reads is declared once, in {@link ParameterCatalog}; scenario
 * validation, {@code aiecosim params} and the documentation are all generated from these specs.
 *
 * @param key          dotted key as written in scenario files, e.g. {@code region.China.chipAccess}
 * @param type         how values are written and checked
 * @param defaultValue value used when a scenario does not set it (booleans are 0 or 1)
 * @param min          smallest valid value (inclusive)
 * @param max          largest valid value (inclusive)
 * @param unit         unit of the value, e.g. {@code H100e/month}
 * @param description  one-line meaning for users
 */
public record ParameterSpec(String key, Type type, double defaultValue, double min, double max,
                            String unit, String description) implements Serializable {

    /** Value type of a parameter. */
    public enum Type { REAL, INTEGER, BOOLEAN }

    public ParameterSpec {
        if (!(min <= max)) throw new IllegalArgumentException(key + ": min > max");
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }

    /** Whether {@code value} is of this parameter's type and inside its range. */
    public boolean accepts(double value) {
        if (Double.isNaN(value) || value < min || value > max) return false;
        return switch (type) {
            case REAL -> true;
            case INTEGER -> value == Math.rint(value);
            case BOOLEAN -> value == 0.0 || value == 1.0;
        };
    }

    /** Human-readable statement of what is allowed, used in error messages. */
    public String allowed() {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case INTEGER -> "an integer from " + format(min) + " to " + format(max);
            case REAL -> "a number from " + format(min) + " to " + format(max);
        };
    }

    /** Formats a value of this parameter for display and for resolved scenario files. */
    public String formatValue(double value) {
        return switch (type) {
            case BOOLEAN -> value != 0.0 ? "true" : "false";
            case INTEGER -> Long.toString((long) value);
            case REAL -> format(value);
        };
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
