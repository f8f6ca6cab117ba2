package org.aiecosim.gui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import java.awt.BorderLayout;

/** A live table under a one-line caption that says what it shows (or that Play fills it). */
final class CaptionedTable {
    private CaptionedTable() {}

    static JPanel panel(JLabel caption, JTable table) {
        JPanel p = new JPanel(new BorderLayout());
        caption.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        p.add(caption, BorderLayout.NORTH);
        p.add(new JScrollPane(table), BorderLayout.CENTER);
        return p;
    }
}
