package org.aiecosim.cli;

import org.aiecosim.app.Status;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        if (overrides.isEmpty()) return s;
        Scenario changed = ScenarioLoader.applyOverrides(s, overrides);
        for (String w : laterEventWarnings(changed, overrides)) Status.info("%s", w);
        return changed;
    }

    /**
     * A warning for each {@code --set} key that a dated event of the scenario sets again: the
     * override only sets the starting value, and from the event on the event's value applies, which
     * is easy to miss (an override of chip access in the baseline lasts until its first export-control step).
     */
    static List<String> laterEventWarnings(Scenario s, List<String> overrides) {
        Map<String, List<String>> later = ParamsCommand.laterChanges(s);
        List<String> out = new ArrayList<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) continue;
            String key = o.substring(0, eq).strip();
            List<String> when = later.get(key);
            if (when == null) continue;
            out.add("warning: --set " + o.strip() + " sets only the starting value: the scenario's events change " + key + " later ("
                    + String.join(", ", when.subList(0, Math.min(4, when.size()))) + (when.size() > 4 ? ", ..." : "")
                    + "), and from then on their values apply. To change the whole path, copy the scenario and edit its events.");
        }
        return out;
    }
}
