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
        return withOverrides(ScenarioLoader.load(file), overrides);
    }

    /**
     * {@code s} with {@code --set} overrides applied (any command's: run, compare, gui, a study's base
     * scenario), with a warning for each that is easy to get wrong: a key a dated event sets again, a
     * population changed by {@code developers.count} alone, a key given twice.
     */
    static Scenario withOverrides(Scenario s, List<String> overrides) throws ScenarioException {
        if (overrides.isEmpty()) return s;
        Scenario changed = ScenarioLoader.applyOverrides(s, overrides);
        for (String w : laterEventWarnings(changed, overrides)) Status.info("%s", w);
        String population = populationWarning(s, changed, overrides);
        if (population != null) Status.info("%s", population);
        for (String w : repeatedKeyWarnings(overrides)) Status.info("%s", w);
        return changed;
    }

    /** A warning for each key given more than once: the last value applies, which a long command line hides. */
    static List<String> repeatedKeyWarnings(List<String> overrides) {
        Map<String, List<String>> byKey = new java.util.LinkedHashMap<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq > 0) byKey.computeIfAbsent(o.substring(0, eq).strip(), k -> new ArrayList<>()).add(o.substring(eq + 1).strip());
        }
        List<String> out = new ArrayList<>();
        byKey.forEach((key, values) -> {
            if (values.size() > 1) {
                out.add("warning: --set " + key + " given " + values.size() + " times (" + String.join(", ", values) + "): the last, "
                        + values.get(values.size() - 1) + ", applies");
            }
        });
        return out;
    }

    /**
     * A warning when {@code --set developers.count} changes how many real developers the model stands
     * for: each agent stands for {@code developers.represented} of them, and the market (adopters times
     * that) feeds the labs' revenue, so fewer agents alone is a smaller world, not a coarser one.
     */
    static String populationWarning(Scenario before, Scenario after, List<String> overrides) {
        boolean count = overrides.stream().anyMatch(o -> o.strip().startsWith("developers.count="));
        boolean represented = overrides.stream().anyMatch(o -> o.strip().startsWith("developers.represented="));
        if (!count || represented) return null;
        double n0 = before.config().parameters().get("developers.count"), r = before.config().parameters().get("developers.represented");
        double n1 = after.config().parameters().get("developers.count");
        if (n0 == n1) return null;
        return String.format(java.util.Locale.ROOT, "warning: --set developers.count=%.0f keeps developers.represented=%s, so the model stands "
                + "for %s real developers instead of %s, and the market feeding the labs' revenue shrinks or grows with them. "
                + "For the same population at another resolution, also --set developers.represented=%s",
                n1, plain(r), millions(n1 * r), millions(n0 * r), plain(n0 * r / n1));
    }

    /** {@code x} as a value to type: whole numbers without decimals, others with four significant digits. */
    private static String plain(double x) {
        return x == Math.rint(x) ? String.format(java.util.Locale.ROOT, "%.0f", x)
                : org.aiecosim.report.HumanUnits.significant(x, 4).replace(",", "");
    }

    private static String millions(double x) {
        return org.aiecosim.report.HumanUnits.significant(x / 1e6, 3) + "M";
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
