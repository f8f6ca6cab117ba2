package org.aiecosim.cli;

import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.model.Parameters;
import org.aiecosim.model.PolicyEvent;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.Quote;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.scenario.Suggest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code aiecosim params}: lists every parameter with its default, unit, range and meaning. */
@Command(name = "params", description = "List every parameter with its default (or a scenario's value), unit, range and meaning.")
final class ParamsCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @Option(names = "--scenario", paramLabel = "FILE", description = "show this scenario's starting values (and its regions' keys); "
            + MARK + " marks those its dated events change later")
    Path scenario;

    @Option(names = "--markdown", description = "print a Markdown table")
    boolean markdown;

    @Option(names = "--grep", paramLabel = "TEXT", description = "only parameters whose key or meaning contains TEXT (any case), e.g. smuggling")
    String grep;

    @Override
    public Integer call() {
        Parameters values;
        Map<String, List<String>> later = Map.of();
        if (scenario != null) {
            try {
                Scenario s = ScenarioInput.load(scenario, List.of());
                values = s.config().parameters();
                later = laterChanges(s);
            } catch (ScenarioException e) {
                System.err.println(e.getMessage());
                return Main.EXIT_BAD_INPUT;
            }
        } else {
            values = new Parameters(ParameterCatalog.forRegions(ParameterCatalog.DEFAULT_REGIONS));
        }
        String valueHeader = scenario != null ? "value" : "default";
        List<ParameterSpec> shown = values.catalog().specs().stream().filter(p -> grep == null || matches(p, grep)).toList();
        if (shown.isEmpty()) {
            // An empty table with exit status 0 read as "no such parameters exist", the same as a typo.
            System.err.println("no parameter key or meaning contains " + Quote.value(grep) + Suggest.didYouMean(grep, keyWords(values.catalog()))
                    + " (" + org.aiecosim.app.Status.program() + " params lists them all)");
            return Main.EXIT_BAD_INPUT;
        }
        Map<String, List<String>> changed = later;
        if (markdown) {
            System.out.println("| parameter | " + valueHeader + " | unit | range | meaning | source |");
            System.out.println("|---|---|---|---|---|---|");
            for (ParameterSpec p : shown) {
                System.out.printf("| `%s` | %s | %s | %s | %s | %s |%n", p.key(), p.formatValue(values.get(p.key())) + marker(changed, p), p.unit(), range(p),
                        p.description(), org.aiecosim.model.ParameterSources.of(p.key()));
            }
            printFootnote(shown, changed);
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"parameter", valueHeader, "unit", "range", "meaning"});
        for (ParameterSpec p : shown) {
            rows.add(new String[] {p.key(), brief(p.formatValue(values.get(p.key()))) + marker(changed, p), p.unit(), range(p), p.description()});
        }
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
        printFootnote(shown, changed);
        return 0;
    }

    /** Marks a starting value that the scenario's dated events change later; the footnote lists when. */
    static final String MARK = "*";

    private static String marker(Map<String, List<String>> later, ParameterSpec p) {
        return later.containsKey(p.key()) ? " " + MARK : "";
    }

    /** For each key that a dated event of {@code s} sets, the months it is set in ("2023-10 to 0.5"), in date order. */
    static Map<String, List<String>> laterChanges(Scenario s) {
        Map<String, List<String>> later = new TreeMap<>();
        List<PolicyEvent> events = new ArrayList<>(s.config().events());
        events.sort(java.util.Comparator.comparingInt(PolicyEvent::month));
        for (PolicyEvent e : events) {
            for (Map.Entry<String, Double> c : e.changes().entrySet()) {
                double v = c.getValue();
                String value = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : brief(Double.toString(v));
                later.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(s.config().start().plusMonths(e.month()) + " to " + value);
            }
        }
        return later;
    }

    private static void printFootnote(List<ParameterSpec> shown, Map<String, List<String>> later) {
        List<ParameterSpec> marked = shown.stream().filter(p -> later.containsKey(p.key())).toList();
        if (marked.isEmpty()) return;
        System.out.println();
        System.out.println(MARK + " starting value: the scenario's dated events set it later (from then on their value applies):");
        for (ParameterSpec p : marked) System.out.println("  " + p.key() + ": " + String.join(", ", later.get(p.key())));
    }

    /** Whether {@code text} is in the key or the meaning of {@code p}, in any case (a researcher types "smuggling", "china"). */
    static boolean matches(ParameterSpec p, String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return p.key().toLowerCase(java.util.Locale.ROOT).contains(t)
                || (p.description() != null && p.description().toLowerCase(java.util.Locale.ROOT).contains(t));
    }

    /** Keys and their dot-separated parts, the candidates of a did-you-mean for a --grep that matched nothing. */
    private static Set<String> keyWords(ParameterCatalog catalog) {
        Set<String> words = new LinkedHashSet<>();
        for (ParameterSpec p : catalog.specs()) {
            words.add(p.key());
            words.addAll(List.of(p.key().split("\\.")));
        }
        return words;
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
