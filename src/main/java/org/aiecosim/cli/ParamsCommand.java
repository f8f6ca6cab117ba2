package org.aiecosim.cli;

import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.model.Parameters;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        List<ParameterSpec> shown = values.catalog().specs().stream().filter(p -> grep == null || p.key().contains(grep)).toList();
        if (markdown) {
            System.out.println("| parameter | " + valueHeader + " | unit | range | meaning | source |");
            System.out.println("|---|---|---|---|---|---|");
            for (ParameterSpec p : shown) {
                System.out.printf("| `%s` | %s | %s | %s | %s | %s |%n", p.key(), p.formatValue(values.get(p.key())), p.unit(), range(p),
                        p.description(), org.aiecosim.model.ParameterSources.of(p.key()));
            }
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"parameter", valueHeader, "unit", "range", "meaning"});
        for (ParameterSpec p : shown) rows.add(new String[] {p.key(), brief(p.formatValue(values.get(p.key()))), p.unit(), range(p), p.description()});
        int[] width = new int[4];
        for (String[] r : rows) for (int i = 0; i < 4; i++) width[i] = Math.max(width[i], r[i].length());
        int indent = width[0] + width[1] + width[2] + width[3] + 8;
        // On a terminal the meaning wraps under its column; piped (grep, a file), each parameter stays on one line.
        int room = System.console() != null ? terminalColumns() - indent : Integer.MAX_VALUE;
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 4; i++) line.append(r[i]).append(" ".repeat(width[i] - r[i].length() + 2));
            List<String> meaning = wrap(r[4], Math.max(30, room));
            line.append(meaning.get(0));
            for (int i = 1; i < meaning.size(); i++) line.append(System.lineSeparator()).append(" ".repeat(indent)).append(meaning.get(i));
            System.out.println(line.toString().stripTrailing());
        }
        return 0;
    }

    private static String range(ParameterSpec p) {
        return p.type() == ParameterSpec.Type.BOOLEAN ? "true/false" : p.formatValue(p.min()) + " .. " + p.formatValue(p.max());
    }

    /** A value for the table: as written when short, else to 6 significant digits (the scenario file has it in full). */
    static String brief(String value) {
        if (value.length() <= 12) return value;
        try {
            String g = String.format(Locale.ROOT, "%.6g", Double.parseDouble(value));
            String mantissa = g.contains("e") ? g.substring(0, g.indexOf('e')) : g, exponent = g.substring(mantissa.length());
            if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
            return mantissa + exponent;
        } catch (NumberFormatException e) {
            return value.substring(0, 11) + "…";
        }
    }

    /** Words of {@code text} in lines of at most {@code width} characters (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static int terminalColumns() {
        try {
            return Math.max(80, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120").strip()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }
}
