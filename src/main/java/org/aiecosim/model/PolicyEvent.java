package org.aiecosim.model;

import java.io.Serializable;
import java.util.Map;

/**
 * Dated change of parameters, e.g. an export-control step: at the start of month {@code month}
 * (index from the run's start) each key takes its new value.
 *
 * @param month   month index from the start (0 = first month)
 * @param changes parameter key to new value, in file order
 * @param note    what happened, for reports
 */
public record PolicyEvent(int month, Map<String, Double> changes, String note) implements Serializable {
    public PolicyEvent {
        changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
    }
}
