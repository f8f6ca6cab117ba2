package org.aiecosim.gui;

import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import java.util.List;
import java.util.Locale;

/**
 * The labs as a sortable table refreshed every month: name, region, kind, capability, open or closed,
 * compute, revenue and adopters. A lab that has not entered yet shows no capability. Swing thread only.
 */
final class LabTable extends AbstractTableModel {
    private static final String[] COLUMNS = {"Lab", "Region", "Kind", "Capability", "Release", "Compute (H100e)", "Revenue ($M/mo)", "Adopters"};

    private List<Snapshot.LabRow> rows = List.of();
    private final JTable table = new JTable(this);

    LabTable() {
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(150);
    }

    JScrollPane view() { return new JScrollPane(table); }

    void update(List<Snapshot.LabRow> labs) {
        boolean sameRows = labs.size() == rows.size();
        rows = labs;
        // Same labs: repaint the cells but keep the user's sort and selection.
        if (sameRows) fireTableRowsUpdated(0, Math.max(0, rows.size() - 1)); else fireTableDataChanged();
    }

    @Override
    public int getRowCount() { return rows.size(); }

    @Override
    public int getColumnCount() { return COLUMNS.length; }

    @Override
    public String getColumnName(int c) { return COLUMNS[c]; }

    @Override
    public Class<?> getColumnClass(int c) {
        return switch (c) {
            case 3, 5, 6 -> Double.class;
            case 7 -> Integer.class;
            default -> String.class;
        };
    }

    @Override
    public Object getValueAt(int r, int c) {
        Snapshot.LabRow l = rows.get(r);
        return switch (c) {
            case 0 -> l.name();
            case 1 -> l.region();
            case 2 -> l.kind();
            case 3 -> l.active() ? round(l.capability(), 1) : null;
            case 4 -> !l.active() ? "not yet" : l.open() ? "open" : "closed";
            case 5 -> round(l.compute(), 0);
            case 6 -> round(l.revenue(), 2);
            case 7 -> l.adopters();
            default -> throw new IllegalArgumentException("column " + c);
        };
    }

    /** Rounded for reading; stays a Double so the column sorts numerically. */
    private static Double round(double v, int decimals) {
        return Double.valueOf(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }
}
