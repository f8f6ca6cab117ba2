package org.aiecosim.gui;

import org.junit.jupiter.api.Test;
import sim.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Model tab shows values to four significant digits, and its properties still hold the exact values. */
class SteeringPropertiesTest {

    @Test
    void valuesAreShownToFourSignificantDigitsWithoutExponent() {
        assertEquals("0.06383", SteeringProperties.shown(0.06382813314353779));
        assertEquals("-1.615", SteeringProperties.shown(-1.6152540033369132));
        assertEquals("1124", SteeringProperties.shown(1123.7332839742592));
        assertEquals("1000000", SteeringProperties.shown(1_000_000.0));
        assertEquals("0.09", SteeringProperties.shown(0.09));
        assertEquals("15", SteeringProperties.shown(15.0));
        assertEquals("0", SteeringProperties.shown(0.0));
        assertEquals("0", SteeringProperties.shown(-0.0));
        assertEquals("0.00001235", SteeringProperties.shown(1.2345678e-5));
    }

    @Test
    void theModelTabShowsTheBaselinesCalibratedValueRoundedButTheValueIsExact() throws Exception {
        AiEcosystemWithUI gui = new AiEcosystemWithUI(GuiRunTest.small(), "test");
        Properties props = gui.getSimulationProperties();
        int supply = GuiRunTest.index(props, "Chip supply growth");
        double exact = (Double) props.getValue(supply);
        assertEquals(gui.scenario().config().parameters().get("market.supplyGrowth"), exact);
        assertEquals(SteeringProperties.shown(exact), props.betterToString(props.getValue(supply)));
        String shown = props.betterToString(props.getValue(supply));
        assertTrue(shown.length() <= 8 && shown.length() < Double.toString(exact).length(), "shown as " + shown + ", exact " + exact);
    }
}
