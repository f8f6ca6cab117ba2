package org.aiecosim.observation;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly values of named indicators for one replication: a months × indicators matrix.
 * A value that is undefined in a month (for example the best open capability before any open
 * model exists) is {@code NaN}.
 */
public final class IndicatorTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private final YearMonth start;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][] values;

    public IndicatorTable(YearMonth start, List<String> names, int months) {
        this.start = start;
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            if (index.put(this.names.get(i), i) != null) throw new IllegalArgumentException("duplicate indicator " + names.get(i));
        }
        this.values = new double[months][names.size()];
        for (double[] row : values) java.util.Arrays.fill(row, Double.NaN);
    }

    public YearMonth start() { return start; }

    public List<String> names() { return names; }

    public int months() { return values.length; }

    /** Calendar month of month index {@code m}. */
    public YearMonth monthAt(int m) { return start.plusMonths(m); }

    /** Column of {@code name}, or -1 when absent. */
    public int indexOf(String name) { return index.getOrDefault(name, -1); }

    public boolean has(String name) { return index.containsKey(name); }

    public double get(int month, int indicator) { return values[month][indicator]; }

    public void set(int month, int indicator, double value) { values[month][indicator] = value; }

    /** The whole series of one indicator (a copy). */
    public double[] series(String name) {
        int i = indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no indicator " + name);
        double[] s = new double[values.length];
        for (int m = 0; m < s.length; m++) s[m] = values[m][i];
        return s;
    }
}
