package org.aiecosim.observation;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue expanded for one run's regions and labs: for each column of the table, its name,
 * reporter and family index, built once so that recording a month is a loop over flat arrays.
 */
final class RecordingPlan {
    private final List<String> names = new ArrayList<>();
    private final Reporter[] reporters;
    private final int[] indices;

    RecordingPlan(List<String> regions, List<String> labs) {
        List<Reporter> rs = new ArrayList<>();
        List<Integer> is = new ArrayList<>();
        for (IndicatorFamily f : IndicatorCatalog.families()) {
            Dimension d = f.dimension();
            for (int k = d.first(); k < d.end(regions.size(), labs.size()); k++) {
                for (Indicator i : f.members()) {
                    names.add(d.name(i.pattern(), k, regions, labs));
                    rs.add(i.reporter());
                    is.add(k);
                }
            }
        }
        reporters = rs.toArray(new Reporter[0]);
        indices = is.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Column names, in recording order (as {@link IndicatorCatalog#names}). */
    List<String> names() { return names; }

    /** Writes every column of month {@code a.month()} into {@code table}. */
    void record(MonthAggregates a, IndicatorTable table) {
        int month = a.month();
        for (int c = 0; c < reporters.length; c++) table.set(month, c, reporters[c].value(a, indices[c]));
    }
}
