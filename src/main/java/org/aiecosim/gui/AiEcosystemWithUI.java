package org.aiecosim.gui;

import org.aiecosim.experiment.Checkpoints;
import org.aiecosim.experiment.Replication;
import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.model.PolicyEvent;
import org.aiecosim.observation.IndicatorRecorder;
import org.aiecosim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.util.Properties;

import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MASON's GUI wrapper of the model, for {@code aiecosim gui}: the Console plays, pauses, steps and
 * resets the run; its Model tab shows the steerable parameters ({@link SteerableParameter}); live
 * charts, the lab table and the adoption matrix follow the run ({@link LiveViews}); File &gt; Save
 * Scenario writes the run with its steered changes as a scenario file.
 *
 * <p><b>Seed.</b> The Console's seed field starts at the seed of the scenario's replication 0, so a
 * GUI run equals replication 0 of {@code aiecosim run} on the same scenario; MASON seeds with the
 * field's value (32 bits), which the saved scenario's base seed reproduces whatever seed was typed.
 *
 * <p><b>Changes.</b> A change made while the run is under way takes effect from the next month and
 * is recorded ({@link AiEcosystem#steer}); one made before the run starts (or after it ended) applies
 * from the first month of every following run.
 */
public class AiEcosystemWithUI extends GUIState {
    private final Scenario scenario;
    private final String programVersion;
    private final List<SteerableParameter> steerable;
    private final SteeringProperties properties;
    /** Changes made while no run is under way: applied from month 0 of each run. */
    private final Map<String, Double> beforeStart = new LinkedHashMap<>();
    private IndicatorRecorder recorder;
    private volatile boolean running;
    private LiveViews views;

    /** A GUI for {@code scenario}; {@code programVersion} goes into saved scenario files. */
    public AiEcosystemWithUI(Scenario scenario, String programVersion) {
        super(new AiEcosystem(scenario.config(), Replication.seedOf(scenario.seed(), 0)));
        this.scenario = scenario;
        this.programVersion = programVersion;
        this.steerable = SteerableParameter.forRegions(scenario.config().regions());
        this.properties = new SteeringProperties(this, steerable);
    }

    /** Name in the Console's title bar. */
    public static String getName() { return "aiecosim"; }

    /** The Console's About tab. */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>aiecosim</h2>"
                + "<p>Open vs closed AI ecosystems: labs in several regions train models under chip constraints and choose, "
                + "release by release, open or closed weights; developers choose which models to build on.</p>"
                + "<p><b>Model tab</b>: export controls, open-weight rules, domestic chips and behaviour. A change acts from the next "
                + "month and is recorded; <b>File &gt; Save Scenario</b> writes the run as a scenario file that "
                + "<code>aiecosim run</code> repeats (replication 0).</p>"
                + "<p>The seed field starts at the scenario's replication 0 seed.</p></body></html>";
    }

    /** The model being run. */
    public AiEcosystem model() { return (AiEcosystem) state; }

    /** The scenario the GUI was opened on. */
    public Scenario scenario() { return scenario; }

    /** The recorder of the current run (null before the first start). */
    public IndicatorRecorder recorder() { return recorder; }

    /** The live windows (null until the Console initialises the GUI). */
    LiveViews views() { return views; }

    ParameterCatalog catalog() { return scenario.config().parameters().catalog(); }

    /**
     * What the Model tab inspects: the steerable parameters as MASON properties, handed to the
     * inspector as they are (not wrapped, as an inspected object's would be), so their own
     * {@link SteeringProperties#betterToString} sets how values are shown.
     */
    @Override
    public Properties getSimulationProperties() { return properties; }

    /** The Model tab: an inspector of {@link #getSimulationProperties} whose refresh changes nothing ({@link ModelTabInspector}). */
    @Override
    public Inspector getInspector() { return new ModelTabInspector(properties, this, getMaximumPropertiesForInspector()); }

    /** The Model tab is refreshed after every step: values change with scenario events and steering. */
    @Override
    public boolean isInspectorVolatile() { return true; }

    /** All steerable parameters on one page of the Model tab (MASON pages after 25). */
    @Override
    public int getMaximumPropertiesForInspector() { return 200; }

    @Override
    public void start() {
        AiEcosystem m = model();
        if (recorder != null) m.removeObserver(recorder);
        recorder = new IndicatorRecorder();
        m.addObserver(recorder);
        // The Console has just seeded the model from its seed field: label the run so its checkpoints resume as replication 0.
        Checkpoints.label(m, 0, m.seed(), ScenarioSaver.baseSeed(scenario.seed(), m.seed()));
        super.start();
        for (Map.Entry<String, Double> e : beforeStart.entrySet()) m.steer(e.getKey(), e.getValue(), "set before the run in aiecosim gui");
        attach();
    }

    /** A checkpoint opened with File &gt; Open: continue it, with its recorder and views replayed. */
    @Override
    public void load(SimState state) {
        super.load(state);
        recorder = null;
        for (Steppable o : model().observers()) if (o instanceof IndicatorRecorder r) recorder = r;
        if (recorder == null) {
            recorder = new IndicatorRecorder();
            model().addObserver(recorder);
        }
        attach();
    }

    /** Only aiecosim checkpoints with a recorder can be opened. */
    @Override
    public boolean validSimState(SimState state) {
        return state instanceof AiEcosystem m && m.observers().stream().anyMatch(o -> o instanceof IndicatorRecorder);
    }

    private void attach() {
        running = true;
        if (views != null) {
            views.restart(model(), recorder);
            scheduleRepeatingImmediatelyAfter(views.refresher(recorder));
        }
    }

    @Override
    public void finish() {
        super.finish();
        running = false;
    }

    /** Stops at the scenario's last month (the model's schedule itself repeats for ever). */
    @Override
    public boolean step() {
        if (model().schedule.getSteps() >= model().config().months()) return false;
        return super.step();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        views = new LiveViews(c, Snapshot.before(scenario.config()));
        if (c instanceof Console console) addSaveScenarioItem(console);
    }

    @Override
    public void quit() {
        super.quit();
        if (views != null) views.dispose();
        views = null;
    }

    /**
     * The value of {@code key} from the next month on: the latest change not yet applied, else the
     * current value; before a run, the starting value with changes made since.
     */
    double valueOf(String key) {
        // No lock: the inspector reads on the Swing thread, and the values read are only replaced, never restructured.
        if (running && model().parameters() != null) {
            long next = model().schedule.getSteps();
            double v = model().parameters().get(key);
            for (PolicyEvent e : model().steeredEvents()) if (e.month() >= next && e.changes().containsKey(key)) v = e.changes().get(key);
            return v;
        }
        return beforeStart.getOrDefault(key, scenario.config().parameters().get(key));
    }

    /**
     * Changes {@code key} from the next month (or, with no run under way, from the start of the next
     * run). Returns false, changing nothing, when the value is out of range or the run is over.
     */
    boolean change(String key, double value) {
        ParameterSpec spec = catalog().spec(key);
        if (spec == null || !spec.accepts(value)) return false;
        synchronized (state.schedule) {
            // A value equal to the one in force changes nothing and is not an event (the inspector's refresh echoes
            // are absorbed before this, in SteeringProperties).
            if (value == valueOf(key)) return true;
            if (!running) {
                beforeStart.put(key, value);
                return true;
            }
            try {
                model().steer(key, value, "steered in aiecosim gui");
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        }
    }

    /** Writes the current run with its steered changes as a scenario file ({@link ScenarioSaver}). */
    public void saveScenario(Path file) throws IOException {
        Scenario s;
        synchronized (state.schedule) {
            s = ScenarioSaver.steered(scenario, model());
        }
        ScenarioSaver.write(s, programVersion, file);
    }

    /** Pause between months when playing, so a run can be watched (the Console's delay slider can change it). */
    public static final long PLAY_DELAY_MS = 120;

    /** Width of the Console on {@code screen}: the Model tab's labels, sliders and values fit; the live windows take the rest. */
    static int consoleWidth(java.awt.Rectangle screen) { return Math.min(560, screen.width * 2 / 5); }

    /**
     * The first view of {@code console}: the Model tab in front, the Console tall enough to show all of
     * it (bounded by the screen), a delay so a run can be watched, and the seed kept on stop, so a run
     * stays equal to replication 0 of the scenario as the About tab says.
     */
    public static void firstView(Console console) {
        console.setIncrementSeedOnPlay(false);
        console.setPlaySleep(PLAY_DELAY_MS);
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        console.setSize(consoleWidth(screen), Math.min(1000, screen.height));
        console.setLocation(screen.x, screen.y);
        javax.swing.JTabbedPane tabs = console.getTabPane();
        for (int t = 0; t < tabs.getTabCount(); t++) if (tabs.getTitleAt(t).equals("Model")) tabs.setSelectedIndex(t);
    }

    private void addSaveScenarioItem(Console console) {
        JMenuBar bar = console.getJMenuBar();
        if (bar == null || bar.getMenuCount() == 0) return;
        JMenu file = bar.getMenu(0);
        JMenuItem item = new JMenuItem("Save Scenario...");
        item.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setSelectedFile(new File(scenario.name() + "-gui.yaml"));
            if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) return;
            try {
                saveScenario(chooser.getSelectedFile().toPath());
            } catch (IOException ex) {
                JOptionPane.showMessageDialog(console, "Could not save: " + ex.getMessage(), "Save Scenario", JOptionPane.ERROR_MESSAGE);
            }
        });
        file.add(item);
    }
}
