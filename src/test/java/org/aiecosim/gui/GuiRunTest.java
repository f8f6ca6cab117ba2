package org.aiecosim.gui;

import org.aiecosim.experiment.ReplicationRunner;
import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.model.PolicyEvent;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.util.Properties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GUI's run without windows (as the Console drives it: seed from the seed field, start, step):
 * it equals replication 0 of a headless run, and a run steered through the Model tab's properties,
 * saved as a scenario, is repeated exactly by a headless run of that file.
 */
class GuiRunTest {
    @TempDir
    Path tmp;

    static Scenario small() throws Exception {
        return ScenarioLoader.applyOverrides(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")), List.of("developers.count=3000", "months=48"));
    }

    /** What the Console does on Play: seed the model from its seed field, then start. */
    static void play(AiEcosystemWithUI gui, long seedField) {
        gui.state.setSeed(seedField);
        gui.start();
    }

    static void stepTo(AiEcosystemWithUI gui, int months) {
        while (gui.model().schedule.getSteps() < months && gui.step()) { }
    }

    @Test
    void theSeedFieldStartsAtReplication0AndTheRunEqualsIt() throws Exception {
        Scenario s = small();
        AiEcosystemWithUI gui = new AiEcosystemWithUI(s, "test");
        assertEquals((int) SeedSequence.derive(s.seed(), 0), gui.state.seed(), "the Console's seed field shows this");
        play(gui, gui.state.seed());
        stepTo(gui, 1000);
        assertEquals(48, gui.model().schedule.getSteps(), "stops at the last month");
        assertTablesEqual(ReplicationRunner.runOne(s.config(), s.seed(), 0).table(), gui.recorder().table(), 48);
    }

    @Test
    void aRunSteeredInTheModelTabIsSavedAsAScenarioThatRepeatsIt() throws Exception {
        Scenario s = small();
        AiEcosystemWithUI gui = new AiEcosystemWithUI(s, "test");
        Properties props = gui.getSimulationProperties();
        int hobbyists = index(props, "Hobbyist openness preference");
        int china = index(props, "China chip access");
        int usLimit = index(props, "US open-weight limit");
        assertNotNull(props.getDomain(china), "a slider");
        assertNull(props.getDomain(usLimit), "a number field");

        assertNotNull(props.setValue(hobbyists, "1.2"), "before the run: from its first month");
        play(gui, 4242);
        stepTo(gui, 12);
        double before = gui.model().parameters().get("region.China.chipAccess");
        assertNotNull(props.setValue(china, "0.05"));
        assertEquals(0.05, (Double) props.getValue(china), "shows the value it will have");
        assertEquals(before, gui.model().parameters().get("region.China.chipAccess"), "not yet in force");
        assertNull(props.setValue(china, "1.5"), "out of range: refused");
        stepTo(gui, 13);
        assertEquals(0.05, gui.model().parameters().get("region.China.chipAccess"), "in force from the next month");
        stepTo(gui, 20);
        assertNotNull(props.setValue(usLimit, "1500"));
        stepTo(gui, 48);
        assertNull(props.setValue(china, "0.5"), "the run is over");
        assertEquals(List.of(0, 12, 20), gui.model().steeredEvents().stream().map(PolicyEvent::month).toList());

        Path saved = tmp.resolve("saved.yaml");
        gui.saveScenario(saved);
        String text = Files.readString(saved);
        assertTrue(text.contains("date: 2023-01") && text.contains("region.China.chipAccess: 0.05") && text.contains("steered in aiecosim gui"), text);
        Scenario again = ScenarioLoader.load(saved);
        assertEquals(4242, (int) SeedSequence.derive(again.seed(), 0), "replication 0 runs with the GUI's seed");
        assertTablesEqual(ReplicationRunner.runOne(again.config(), again.seed(), 0).table(), gui.recorder().table(), 48);
    }

    @Test
    void savingWithTheDefaultSeedKeepsTheScenarioSeed() throws Exception {
        Scenario s = small();
        AiEcosystemWithUI gui = new AiEcosystemWithUI(s, "test");
        play(gui, gui.state.seed());
        stepTo(gui, 3);
        Path saved = tmp.resolve("saved.yaml");
        gui.saveScenario(saved);
        assertEquals(s.seed(), ScenarioLoader.load(saved).seed());
    }

    @Test
    void theConsolesSaveAndOpenUseCheckpointsThatResumeAsReplication0() throws Exception {
        Scenario s = small();
        AiEcosystemWithUI gui = new AiEcosystemWithUI(s, "test");
        play(gui, 99);
        stepTo(gui, 10);
        java.io.File file = tmp.resolve("gui.ckpt").toFile();
        gui.state.writeToCheckpoint(file);   // what File > Save does
        stepTo(gui, 48);

        org.aiecosim.experiment.Checkpoints.Resumed resumed = org.aiecosim.experiment.Checkpoints.read(file.toPath());
        assertEquals(0, resumed.replication());
        assertEquals(99, resumed.seed());
        assertTablesEqual(gui.recorder().table(), resumed.runToEnd().table(), 48);

        AiEcosystemWithUI other = new AiEcosystemWithUI(s, "test");
        assertTrue(other.readNewStateFromCheckpoint(file), "File > Open accepts it");
        assertEquals(10, other.model().schedule.getSteps());
        stepTo(other, 48);
        assertTablesEqual(gui.recorder().table(), other.recorder().table(), 48);
    }

    static int index(Properties props, String name) {
        for (int i = 0; i < props.numProperties(); i++) if (props.getName(i).equals(name)) return i;
        throw new AssertionError("no property " + name);
    }

    static void assertTablesEqual(IndicatorTable expected, IndicatorTable got, int months) {
        assertEquals(expected.names(), got.names());
        for (int m = 0; m < months; m++) {
            double[] a = new double[expected.names().size()], b = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = expected.get(m, i);
                b[i] = got.get(m, i);
            }
            assertArrayEquals(a, b, "month " + m);
        }
    }
}
