package org.aiecosim.gui;

import javax.swing.JLabel;
import javax.swing.JPanel;
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
    private final JLabel caption = new JLabel("No labs yet: press Play \u25B6 to start the run");

    LabTable() {
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        // Widths that show every header whole in a window about 660 pixels wide.
        int[] widths = {100, 58, 56, 70, 56, 118, 118, 64};
        for (int c = 0; c < widths.length; c++) table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
    }

    JPanel view() {
        return CaptionedTable.panel(caption, table);
    }

    /** Shows the labs of {@code s}, as of its last month. */
    void update(Snapshot s) {
        List<Snapshot.LabRow> labs = s.labs();
        long active = labs.stream().filter(Snapshot.LabRow::active).count();
        caption.setText(s.endRow() == 0 ? labs.size() + " labs before the first month"
                : String.format(Locale.ROOT, "%d labs active in %s, %d not yet entered", active, s.start().plusMonths(s.endRow() - 1), labs.size() - active));
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
