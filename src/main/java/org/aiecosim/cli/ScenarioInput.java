package org.aiecosim.cli;

import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads a scenario named on the command line and applies {@code --set} overrides. */
final class ScenarioInput {
    private ScenarioInput() {}

    static Scenario load(Path file, List<String> overrides) throws ScenarioException {
        if (!Files.exists(file)) {
            throw new ScenarioException(file.toString(), 0, "", "no such scenario file (scenarios/ holds the shipped ones)");
        }
        if (Files.isDirectory(file)) throw new ScenarioException(file.toString(), 0, "", "is a folder, expected a scenario .yaml file");
        FileKind.require(file, FileKind.SCENARIO);
        Scenario s = ScenarioLoader.load(file);
        return overrides.isEmpty() ? s : ScenarioLoader.applyOverrides(s, overrides);
    }
}
