package org.aiecosim.gui;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.Lab;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.observation.IndicatorTable;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What the views show after a month, copied on the simulation thread so the Swing thread never reads
 * the model while it steps: new indicator rows (recorded by the run's {@code IndicatorRecorder}, the
 * same numbers as {@code indicators.csv}) and one row per lab.
 *
 * @param names     indicator names (the recorder table's columns)
 * @param firstRow  month index of {@code rows[0]}
 * @param rows      indicator rows of months not yet shown
 * @param start     first month of the run
 * @param months    months in the run
 * @param regions   region names in order
 * @param labs      lab rows at the last month
 */
record Snapshot(List<String> names, int firstRow, double[][] rows, YearMonth start, int months, List<String> regions, List<LabRow> labs) {

    /** One lab as the lab table shows it. */
    record LabRow(String name, String region, String kind, double capability, boolean active, boolean open,
                  double compute, double revenue, int adopters) {}

    /** Rows from month {@code from} to the last month recorded, and the labs now. */
    static Snapshot of(AiEcosystem m, IndicatorTable table, int from) {
        int last = (int) Math.min(m.schedule.getSteps(), m.config().months());
        List<String> names = table == null ? List.of() : table.names();
        int n = table == null ? 0 : Math.max(0, last - from);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[names.size()];
            for (int c = 0; c < rows[i].length; c++) rows[i][c] = table.get(from + i, c);
        }
        int month = Math.max(0, last - 1);
        List<LabRow> labs = new ArrayList<>();
        for (int i = 0; i < m.labCount(); i++) {
            Lab l = m.lab(i);
            labs.add(new LabRow(l.name, m.regionNames().get(l.region), l.kind.key(), l.capability(), l.active(month), l.isOpen(),
                    l.compute(), l.revenue(), l.adopters()));
        }
        return new Snapshot(names, from, rows, m.config().start(), m.config().months(), m.regionNames(), labs);
    }

    /** Nothing yet: the run's calendar and regions before it starts, so the views can be drawn empty. */
    static Snapshot before(ModelConfig config) {
        return new Snapshot(List.of(), 0, new double[0][], config.start(), config.months(), config.regions(), List.of());
    }

    /** Value of indicator {@code name} in row {@code r}, NaN when absent. */
    double value(int r, String name) {
        int c = names.indexOf(name);
        return c < 0 ? Double.NaN : rows[r][c];
    }

    /** Month index just after the rows of this snapshot. */
    int endRow() { return firstRow + rows.length; }
}
