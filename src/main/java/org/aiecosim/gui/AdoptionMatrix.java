package org.aiecosim.gui;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import java.awt.Color;
import java.awt.Component;
import java.util.List;
import java.util.Locale;

/**
 * The developer population as a region × model-origin matrix: row R, column O is the share of R's
 * adopting developers who build on models from O (indicator {@code adoption.users.R.origin.O}), the
 * cell shaded from white (0%) to blue (100%), so home bias and who builds on whose models show at a
 * glance. Swing thread only.
 */
final class AdoptionMatrix extends AbstractTableModel {
    private static final Color FULL = new Color(0x0072B2);

    private List<String> regions = List.of();
    private double[][] share = new double[0][0];
    private final JLabel caption = new JLabel("Press Play \u25B6: filled from the first month");
    private final JTable table = new JTable(this);

    AdoptionMatrix() {
        table.setRowHeight(28);
        table.setDefaultRenderer(Object.class, new Shading());
    }

    JPanel view() {
        return CaptionedTable.panel(caption, table);
    }

    /** Shows the last row of {@code s} (nothing when it has no new row). */
    void update(Snapshot s) {
        if (s.rows().length == 0) return;
        int r = s.rows().length - 1;
        boolean structure = !s.regions().equals(regions);
        regions = s.regions();
        share = new double[regions.size()][regions.size()];
        for (int a = 0; a < regions.size(); a++) {
            for (int b = 0; b < regions.size(); b++) share[a][b] = s.value(r, "adoption.users." + regions.get(a) + ".origin." + regions.get(b));
        }
        caption.setText(String.format(Locale.ROOT, "<html>Share of each region's adopters (rows) on models from each region (columns), %s; "
                + "%.1f%% of developers adopt</html>", s.start().plusMonths(s.firstRow() + r), 100 * s.value(r, "adoption.adopted")));
        if (structure) {
            fireTableStructureChanged();
            fitRegionColumn();
        } else {
            fireTableDataChanged();
        }
    }

    /** The row-name column as wide as its longest region name, so no name is cut ("RestOfWo..."). */
    private void fitRegionColumn() {
        java.awt.FontMetrics fm = table.getFontMetrics(table.getFont());
        int w = fm.stringWidth(getColumnName(0));
        for (String r : regions) w = Math.max(w, fm.stringWidth(r));
        javax.swing.table.TableColumn first = table.getColumnModel().getColumn(0);
        first.setMinWidth(w + 14);
        first.setPreferredWidth(w + 14);
    }

    @Override
    public int getRowCount() { return regions.size(); }

    @Override
    public int getColumnCount() { return regions.size() + 1; }

    @Override
    public String getColumnName(int c) { return c == 0 ? (regions.isEmpty() ? "developers in \\ models from" : "in \\ from") : regions.get(c - 1); }

    @Override
    public Object getValueAt(int r, int c) {
        if (c == 0) return regions.get(r);
        double v = share[r][c - 1];
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** Cell background from white to blue with the share; white text on dark cells. */
    private final class Shading extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            super.getTableCellRendererComponent(t, value, false, false, row, column);
            setHorizontalAlignment(column == 0 ? SwingConstants.LEFT : SwingConstants.CENTER);
            double v = column == 0 ? Double.NaN : share[row][column - 1];
            if (Double.isNaN(v)) {
                setBackground(Color.WHITE);
                setForeground(Color.BLACK);
            } else {
                setBackground(blend(v));
                setForeground(v > 0.55 ? Color.WHITE : Color.BLACK);
            }
            return this;
        }
    }

    private static Color blend(double v) {
        double w = Math.max(0, Math.min(1, v));
        return new Color((int) (255 + (FULL.getRed() - 255) * w), (int) (255 + (FULL.getGreen() - 255) * w), (int) (255 + (FULL.getBlue() - 255) * w));
    }
}
