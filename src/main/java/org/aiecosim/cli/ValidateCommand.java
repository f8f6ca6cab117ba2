package org.aiecosim.cli;

import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code aiecosim validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", description = "Check scenario files without running them; exit status 2 if any is invalid.")
final class ValidateCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                Scenario s = ScenarioInput.load(f, List.of());
                var c = s.config();
                int generated = c.generators().stream().mapToInt(g -> g.count()).sum();
                System.out.printf("ok   %s: %s, %s + %d months, %d labs listed + %d generated, %d events, seed %d%n",
                        f, s.name(), c.start(), c.months(), c.labs().size(), generated, c.events().size(), s.seed());
            } catch (ScenarioException e) {
                bad++;
                System.err.println("FAIL " + e.getMessage());
            }
        }
        return bad == 0 ? 0 : Main.EXIT_BAD_INPUT;
    }
}
