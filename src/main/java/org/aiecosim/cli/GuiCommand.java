package org.aiecosim.cli;

import org.aiecosim.app.Version;
import org.aiecosim.gui.AiEcosystemWithUI;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

/** {@code aiecosim gui [SCENARIO]}: MASON's Console on a scenario, with live charts and steerable parameters. */
@Command(name = "gui", description = "Open MASON's Console on a scenario (by default the baseline): play, pause, step, "
        + "steer parameters from the Model tab, watch live charts, save the run as a scenario or a checkpoint.")
final class GuiCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "scenario file (default: scenarios/baseline.yaml)")
    Path scenarioFile = Path.of("scenarios/baseline.yaml");

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Scenario scenario;
        try {
            scenario = ScenarioInput.load(scenarioFile, overrides);
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("aiecosim gui needs a display: none is available (DISPLAY unset or java.awt.headless); "
                    + "on a server use xvfb-run, or run headless with 'aiecosim run'");
            return Main.EXIT_BAD_INPUT;
        }
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> {
            Console console = new Console(new AiEcosystemWithUI(scenario, Version.get()));
            console.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) { closed.countDown(); }
            });
            AiEcosystemWithUI.firstView(console);
            console.setVisible(true);
        });
        // main() exits the JVM when this returns, so wait for the Console (MASON itself exits when its last Console quits).
        closed.await();
        return 0;
    }
}
