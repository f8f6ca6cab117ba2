package org.aiecosim.cli;

import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.model.Parameters;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code aiecosim params}: lists every parameter with its default, unit, range and meaning. */
@Command(name = "params", description = "List every parameter with its default (or a scenario's value), unit, range and meaning.")
final class ParamsCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Option(names = "--scenario", paramLabel = "FILE", description = "show this scenario's starting values (and its regions' keys)")
    Path scenario;

    @Option(names = "--markdown", description = "print a Markdown table")
    boolean markdown;

    @Option(names = "--grep", paramLabel = "TEXT", description = "only parameters whose key contains TEXT")
    String grep;

    @Override
    public Integer call() {
        Parameters values;
        if (scenario != null) {
            try {
                Scenario s = ScenarioInput.load(scenario, List.of());
                values = s.config().parameters();
            } catch (ScenarioException e) {
                System.err.println(e.getMessage());
                return Main.EXIT_BAD_INPUT;
            }
        } else {
            values = new Parameters(ParameterCatalog.forRegions(ParameterCatalog.DEFAULT_REGIONS));
        }
        String valueHeader = scenario != null ? "value" : "default";
        if (markdown) {
            System.out.println("| parameter | " + valueHeader + " | unit | range | meaning | source |");
            System.out.println("|---|---|---|---|---|---|");
        } else {
            System.out.printf("%-48s %-12s %-18s %-24s %s%n", "parameter", valueHeader, "unit", "range", "meaning");
        }
        for (ParameterSpec s : values.catalog().specs()) {
            if (grep != null && !s.key().contains(grep)) continue;
            String value = s.formatValue(values.get(s.key()));
            String range = s.type() == ParameterSpec.Type.BOOLEAN ? "true/false" : s.formatValue(s.min()) + " .. " + s.formatValue(s.max());
            if (markdown) {
                System.out.printf("| `%s` | %s | %s | %s | %s | %s |%n", s.key(), value, s.unit(), range, s.description(),
                        org.aiecosim.model.ParameterSources.of(s.key()));
            } else {
                System.out.printf("%-48s %-12s %-18s %-24s %s%n", s.key(), value, s.unit(), range, s.description());
            }
        }
        return 0;
    }
}
