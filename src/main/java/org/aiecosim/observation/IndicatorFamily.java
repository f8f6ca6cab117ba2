package org.aiecosim.observation;

import java.util.ArrayList;
import java.util.List;

/**
 * Indicators recorded together over one {@link Dimension}: for each index in turn, every member in
 * declaration order (so {@code capability.region.US}, {@code capability.region.US.open}, then the
 * next region). A single indicator is a family of dimension {@link Dimension#NONE}.
 */
public record IndicatorFamily(Dimension dimension, List<Indicator> members) {

    public IndicatorFamily {
        members = List.copyOf(members);
        for (Indicator i : members) {
            List<String> used = new ArrayList<>();
            for (String part : i.pattern().split("\\.")) if (Dimension.PLACEHOLDERS.contains(part)) used.add(part);
            if (!used.equals(dimension.placeholders())) {
                throw new IllegalArgumentException(i.pattern() + ": a " + dimension + " pattern needs placeholders " + dimension.placeholders());
            }
        }
    }

    /** Appends this family's names for the given regions and labs, in recording order. */
    void names(List<String> regions, List<String> labs, List<String> out) {
        for (int k = dimension.first(); k < dimension.end(regions.size(), labs.size()); k++) {
            for (Indicator i : members) out.add(dimension.name(i.pattern(), k, regions, labs));
        }
    }
}
