package org.aiecosim.gui;

import org.aiecosim.model.MarketParams;
import org.aiecosim.model.PolicyEvent;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.portrayal.Inspector;
import sim.util.gui.PropertyField;

import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.awt.event.KeyListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Model tab's inspector (the Swing components the Console shows, without a window): refreshing it
 * after a scenario event moved its sliders records no change, and a value typed into a field does.
 */
class ModelTabInspectorTest {
    @TempDir
    Path tmp;

    @Test
    void aRefreshThatMovesASliderIsNoChangeButATypedValueIs() throws Exception {
        // The baseline plus an event at month 5 that sets values between the sliders' 1/1000 steps.
        String baseline = Files.readString(Path.of("scenarios/baseline.yaml"));
        String probe = baseline.replaceFirst("(?m)^events:\n", "events:\n  - date: 2022-06\n    note: between slider steps\n"
                + "    set: {market.supplyGrowth: 0.0123456, region.China.chipAccess: 0.3333333}\n");
        assertTrue(probe.length() > baseline.length(), "the baseline has an events list");
        Files.writeString(tmp.resolve("probe.yaml"), probe);
        Scenario s = ScenarioLoader.applyOverrides(ScenarioLoader.load(tmp.resolve("probe.yaml")), List.of("developers.count=2000", "months=48"));
        AiEcosystemWithUI gui = new AiEcosystemWithUI(s, "test");
        Inspector[] tab = new Inspector[1];
        SwingUtilities.invokeAndWait(() -> tab[0] = gui.getInspector());
        List<PropertyField> fields = fields(tab[0]);
        int china = GuiRunTest.index(gui.getSimulationProperties(), "China chip access");
        assertEquals(gui.getSimulationProperties().numProperties(), fields.size());

        GuiRunTest.play(gui, gui.state.seed());
        for (int m = 0; m < 8; m++) {   // before the baseline's own event of month 9
            gui.step();
            SwingUtilities.invokeAndWait(tab[0]::updateInspector);
        }
        assertEquals("0.3333", fields.get(china).getField().getText(), "the field shows the scheduled value");
        assertEquals(0.3333333, gui.model().parameters().get("region.China.chipAccess"));
        assertEquals(0.0123456, gui.model().parameters().get(MarketParams.SUPPLY_GROWTH));
        assertEquals(List.of(), gui.model().steeredEvents(), "refreshes changed nothing");

        SwingUtilities.invokeAndWait(() -> {
            // Typing into the field marks it edited; Enter submits it.
            JTextField field = fields.get(china).getField();
            field.setText("0.05");
            press(field, KeyEvent.VK_5, '5');
            press(field, KeyEvent.VK_ENTER, '\n');
        });
        while (gui.step()) SwingUtilities.invokeAndWait(tab[0]::updateInspector);
        List<PolicyEvent> events = gui.model().steeredEvents();
        assertEquals(1, events.size(), events.toString());
        assertEquals(8, events.get(0).month());
        assertEquals(0.05, events.get(0).changes().get("region.China.chipAccess"));
    }

    private static void press(JTextField field, int code, char c) {
        // To the field's key listeners directly: without a window, the field has no keyboard focus to dispatch through.
        KeyEvent e = new KeyEvent(field, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0, code, c);
        for (KeyListener l : field.getKeyListeners()) l.keyPressed(e);
    }

    private static List<PropertyField> fields(Component root) {
        List<PropertyField> found = new ArrayList<>();
        if (root instanceof PropertyField f) found.add(f);
        else if (root instanceof Container c) for (Component child : c.getComponents()) found.addAll(fields(child));
        return found;
    }
}
