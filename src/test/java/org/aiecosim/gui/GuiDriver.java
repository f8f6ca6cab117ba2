package org.aiecosim.gui;

import org.aiecosim.model.PolicyEvent;
import org.aiecosim.report.IndicatorsCsv;
import org.aiecosim.result.ReplicationResult;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioLoader;
import sim.display.Console;
import sim.util.Properties;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Uses the GUI as a person would, in its own JVM on a display (the Xvfb test starts it): opens the
 * Console on the baseline, takes a screenshot of the first view and describes it ({@link FirstView}), presses Pause (starts paused) and Play (steps one month while paused),
 * changes China's chip access through the Model tab's properties, steps on, saves the scenario, takes
 * a screenshot and writes what it saw to {@code report.txt} in the folder given as the argument.
 */
public final class GuiDriver {
    static final String KEY = "region.China.chipAccess";
    static final int STEER_AT = 24;
    static final int LAST = 36;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Scenario scenario = ScenarioLoader.applyOverrides(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")), List.of("developers.count=20000"));
        AiEcosystemWithUI gui = new AiEcosystemWithUI(scenario, "test");
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            AiEcosystemWithUI.firstView(console[0]);
            console[0].setVisible(true);
        });
        Console c = console[0];
        // What a user sees first (docs/gui.png is this screenshot), before anything is pressed.
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> { });
        ImageIO.write(new Robot().createScreenCapture(new Rectangle(0, 0, 1600, 1000)), "png", out.resolve("first-view.png").toFile());
        String[] firstView = new String[1];
        SwingUtilities.invokeAndWait(() -> firstView[0] = FirstView.describe(c, gui.views()));
        SwingUtilities.invokeAndWait(() -> c.setPlaySleep(0));
        SwingUtilities.invokeAndWait(c::pressPause);
        for (int m = 0; m < STEER_AT; m++) SwingUtilities.invokeAndWait(c::pressPlay);

        Properties props = gui.getSimulationProperties();
        int index = -1;
        for (int i = 0; i < props.numProperties(); i++) if (props.getName(i).equals("China chip access")) index = i;
        double before = gui.model().parameters().get(KEY);
        long stepsAtChange = gui.model().schedule.getSteps();
        int i = index;
        Object[] accepted = new Object[1];
        // As MASON's SimpleInspector sets a property: on the Swing thread, holding the schedule's lock.
        SwingUtilities.invokeAndWait(() -> {
            synchronized (gui.state.schedule) {
                accepted[0] = props.setValue(i, "0.05");
            }
        });
        double afterChange = gui.model().parameters().get(KEY);
        SwingUtilities.invokeAndWait(c::pressPlay);
        double nextMonth = gui.model().parameters().get(KEY);
        while (gui.model().schedule.getSteps() < LAST) SwingUtilities.invokeAndWait(c::pressPlay);
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> { });

        Rectangle charts = gui.views().chartsFrame.getBounds();
        BufferedImage shot = new Robot().createScreenCapture(new Rectangle(0, 0, 1600, 1000));
        ImageIO.write(shot, "png", out.resolve("gui.png").toFile());
        gui.saveScenario(out.resolve("saved.yaml"));
        try (Writer w = Files.newBufferedWriter(out.resolve("indicators.csv"))) {
            IndicatorsCsv.write(w, List.of(new ReplicationResult(0, gui.model().seed(), gui.recorder().table())));
        }
        List<PolicyEvent> events = gui.model().steeredEvents();
        String report = String.format(Locale.ROOT,
                "accepted=%s%nbefore=%s%nafterChange=%s%nnextMonth=%s%nstepsAtChange=%d%nevents=%s%nsteps=%d%nchartPoints=%d%n"
                        + "charts=%d,%d,%d,%d%nlabRows=%d%nmatrixRows=%d%nplayState=%d%n%s",
                accepted[0], before, afterChange, nextMonth, stepsAtChange, events.stream().map(e -> e.month() + ":" + e.changes()).toList(),
                gui.model().schedule.getSteps(), gui.views().charts.points(), charts.x, charts.y, charts.width, charts.height,
                gui.views().labs.getRowCount(), gui.views().matrix.getRowCount(), c.getPlayState(), firstView[0]);
        Files.writeString(out.resolve("report.txt"), report);
        System.exit(0);
    }
}
