package org.aiecosim.gui;

import org.aiecosim.experiment.SeedSequence;
import org.aiecosim.model.AiEcosystem;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.PolicyEvent;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a GUI run as a scenario file: the scenario it started from plus every change steered in the
 * Console as a dated event, and a base seed under which replication 0 runs with the GUI's seed. So
 * {@code aiecosim run saved.yaml} repeats the GUI run in its replication 0 (and adds replications with
 * other seeds).
 */
final class ScenarioSaver {
    private ScenarioSaver() {}

    /** The scenario that repeats {@code model}'s run, started from {@code original}. */
    static Scenario steered(Scenario original, AiEcosystem model) {
        ModelConfig c = model.config();
        List<PolicyEvent> events = new ArrayList<>(c.events());
        events.addAll(model.steeredEvents());
        // The configuration sorts events by month, keeping this order within a month: scenario events, then steered ones,
        // the order in which the model applies them.
        ModelConfig config = new ModelConfig(c.start(), c.months(), c.parameters(), c.labs(), c.generators(), events);
        long seed = baseSeed(original.seed(), model.seed());
        String note = "Saved from aiecosim gui with " + model.steeredEvents().size() + " steered change(s): replication 0 repeats "
                + "the GUI run (model seed " + model.seed() + ").";
        String description = original.description().isEmpty() ? note : original.description() + "\n\n" + note;
        String name = original.name().endsWith("-gui") ? original.name() : original.name() + "-gui";
        return new Scenario(name, description, null, seed, original.replications(), config);
    }

    /**
     * The scenario's own seed when the GUI ran with its replication 0 seed, else the base seed whose
     * replication 0 has the GUI's seed. MASON seeds its generator with 32 bits (the Console's seed
     * field), so seeds are compared on those bits.
     */
    static long baseSeed(long scenarioSeed, long guiSeed) {
        if ((int) SeedSequence.derive(scenarioSeed, 0) == (int) guiSeed) return scenarioSeed;
        return SeedSequence.baseFor(guiSeed, 0);
    }

    static void write(Scenario s, String programVersion, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            ScenarioWriter.writeResolved(s, programVersion, w);
        }
    }
}
