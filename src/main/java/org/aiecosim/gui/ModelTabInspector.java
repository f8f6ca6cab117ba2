package org.aiecosim.gui;

import sim.display.GUIState;
import sim.portrayal.SimpleInspector;

/**
 * The Console's Model tab: MASON's {@code SimpleInspector} on the {@link SteeringProperties}, whose
 * refresh changes nothing. When a refresh moves a slider (a scenario event set a new value), MASON's
 * slider calls the setter back with the value rounded to its 1/1000 steps; taken as a change, that
 * would record a steering event the user never made (0.333 for a scheduled 0.3333333) and the run
 * would no longer equal replication 0. Refreshes and user edits both run on the Swing thread, so a
 * flag set for the length of the refresh tells them apart exactly.
 */
final class ModelTabInspector extends SimpleInspector {
    private static final long serialVersionUID = 1L;

    private final transient SteeringProperties properties;

    ModelTabInspector(SteeringProperties properties, GUIState gui, int maxProperties) {
        super(properties, gui, null, maxProperties);
        this.properties = properties;
        setVolatile(true);
    }

    @Override
    public void updateInspector() {
        properties.refreshing(true);
        try {
            super.updateInspector();
        } finally {
            properties.refreshing(false);
        }
    }
}
