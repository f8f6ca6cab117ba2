package org.aiecosim.gui;

import org.aiecosim.model.AiEcosystem;
import org.aiecosim.observation.IndicatorRecorder;
import sim.display.Controller;
import sim.engine.SimState;
import sim.engine.Steppable;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.List;

/**
 * The windows that follow a run: live charts, the lab table and the adoption matrix, each a frame
 * registered with the Console (listed under its Displays tab, shown and hidden with it). After every
 * month a {@link Steppable} scheduled by the GUI (not in the model's schedule, so never in a
 * checkpoint) copies the new rows on the simulation thread and hands them to the Swing thread.
 */
final class LiveViews {
    final JFrame chartsFrame = new JFrame("aiecosim: live charts");
    final JFrame labsFrame = new JFrame("aiecosim: labs");
    final JFrame matrixFrame = new JFrame("aiecosim: developers by region and model origin");
    final LiveCharts charts = new LiveCharts();
    final LabTable labs = new LabTable();
    final AdoptionMatrix matrix = new AdoptionMatrix();
    /** Next month row to hand to the views; touched on the simulation thread only. */
    private volatile int shown;
    private final Controller controller;

    /**
     * The windows for a run of {@code before}'s calendar and regions, drawn at once: empty charts with
     * a hint to press Play, so no window is a blank panel before the run starts. They fill the screen to
     * the right of the Console ({@link AiEcosystemWithUI#consoleWidth}).
     */
    LiveViews(Controller controller, Snapshot before) {
        this.controller = controller;
        chartsFrame.setContentPane(charts.panel());
        labsFrame.setContentPane(labs.view());
        matrixFrame.setContentPane(matrix.view());
        charts.reset(before);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int left = screen.x + AiEcosystemWithUI.consoleWidth(screen);
        int width = screen.x + screen.width - left;
        int chartsHeight = screen.height * 64 / 100;
        int labsWidth = width * 60 / 100;
        chartsFrame.setBounds(left, screen.y, width, chartsHeight);
        labsFrame.setBounds(left, screen.y + chartsHeight, labsWidth, screen.height - chartsHeight);
        matrixFrame.setBounds(left + labsWidth, screen.y + chartsHeight, width - labsWidth, screen.height - chartsHeight);
        for (JFrame f : List.of(chartsFrame, labsFrame, matrixFrame)) {
            // Closing hides the window; the Console's Displays tab shows it again.
            f.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
            controller.registerFrame(f);
            f.setVisible(true);
        }
    }

    /**
     * Clears the views for the run now in {@code model} and replays the months it has already
     * simulated (a checkpoint opened mid-run). Called on the simulation side before the first step.
     */
    void restart(AiEcosystem model, IndicatorRecorder recorder) {
        shown = 0;
        Snapshot s = Snapshot.of(model, recorder.table(), 0);
        shown = s.endRow();
        SwingUtilities.invokeLater(() -> {
            charts.reset(s);
            show(s);
        });
    }

    /** The steppable that refreshes the views after each month. */
    Steppable refresher(IndicatorRecorder recorder) {
        return (SimState state) -> {
            Snapshot s = Snapshot.of((AiEcosystem) state, recorder.table(), shown);
            shown = s.endRow();
            SwingUtilities.invokeLater(() -> show(s));
        };
    }

    private void show(Snapshot s) {
        charts.append(s);
        labs.update(s);
        matrix.update(s);
        // The Console's own refresh of its Model tab does not reach these properties in MASON 18 when stepping; refresh it here.
        if (controller instanceof sim.display.Console c && c.getModelInspector() != null) c.getModelInspector().updateInspector();
    }

    void dispose() {
        for (JFrame f : List.of(chartsFrame, labsFrame, matrixFrame)) f.dispose();
    }
}
