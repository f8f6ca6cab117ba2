package org.aiecosim.cli;

import org.junit.jupiter.api.Test;

import java.awt.GraphicsEnvironment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code aiecosim gui} refuses bad input before opening any window (the GUI itself: GuiUnderXvfbTest). */
class GuiCommandTest {
    @Test
    void aMissingScenarioIsBadInput() {
        CliRunner r = CliRunner.run("gui", "scenarios/nope.yaml");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no such scenario file"), r.err());
    }

    @Test
    void withoutADisplayItSaysSoAndHowToRunAnyway() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "this JVM has a display");
        CliRunner r = CliRunner.run("gui");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("needs a display") && r.err().contains("xvfb-run"), r.err());
    }
}
