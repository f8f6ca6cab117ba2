package org.aiecosim.scenario;

import org.aiecosim.model.LabGenerator;
import org.aiecosim.model.LabSpec;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.model.PolicyEvent;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a resolved scenario: a scenario file that states every parameter value explicitly (all catalog
 * keys, flat, in catalog order, each with its unit as a comment), so a run can be reproduced from its
 * results folder alone. {@link ScenarioLoader#load} reads it back to an equal configuration.
 *
 * <p>The output depends only on the scenario and the program version (no date, no host): writing the
 * same scenario twice gives the same bytes. Lines end with {@code \n}; numbers are written exactly.
 */
public final class ScenarioWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /** Words YAML 1.1 reads as booleans or null; written quoted so they stay text. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private ScenarioWriter() {}

    /** Writes {@code s} as a resolved scenario file to {@code out} (not closed). */
    public static void writeResolved(Scenario s, String programVersion, Writer out) throws IOException {
        ModelConfig c = s.config();
        StringBuilder b = new StringBuilder();
        if (!s.description().isEmpty()) {
            for (String line : s.description().split("\n", -1)) b.append(("# " + line).stripTrailing()).append('\n');
            b.append("#\n");
        }
        b.append("# aiecosim ").append(programVersion).append('\n');
        b.append("# Resolved scenario: every parameter value is stated explicitly.\n");
        b.append("name: ").append(text(s.name())).append('\n');
        b.append("description: ").append(quoted(s.description())).append('\n');
        b.append("start: ").append(Scalars.month(c.start())).append('\n');
        b.append("months: ").append(c.months()).append('\n');
        b.append("seed: ").append(s.seed()).append('\n');
        b.append("replications: ").append(s.replications()).append('\n');
        b.append("regions: [").append(String.join(", ", c.regions().stream().map(ScenarioWriter::text).toList())).append("]\n");

        b.append("\nparameters:\n");
        ParameterCatalog catalog = c.parameters().catalog();
        appendParameters(b, "  ", c.parameters().asMap(), catalog);

        b.append("\nlabs:").append(c.labs().isEmpty() ? " []" : "").append('\n');
        for (LabSpec l : c.labs()) {
            b.append("  - {name: ").append(text(l.name())).append(", region: ").append(text(l.region()))
                    .append(", kind: ").append(l.kind().key())
                    .append(", compute: ").append(Scalars.number(l.compute()))
                    .append(", budget: ").append(Scalars.number(l.budget()))
                    .append(", knowhow: ").append(Scalars.number(l.knowhow()))
                    .append(", capability: ").append(Scalars.number(l.capability()))
                    .append(", open: ").append(l.open())
                    .append(", entry: ").append(month(c, l.entryMonth())).append("}\n");
        }
        b.append("\ngenerate:").append(c.generators().isEmpty() ? " []" : "").append('\n');
        for (LabGenerator g : c.generators()) {
            b.append("  - {region: ").append(text(g.region())).append(", kind: ").append(g.kind().key())
                    .append(", count: ").append(g.count())
                    .append(", compute: ").append(Scalars.number(g.computeMedian()))
                    .append(", budget: ").append(Scalars.number(g.budgetMedian()))
                    .append(", spread: ").append(Scalars.number(g.logSpread()))
                    .append(", knowhow: ").append(Scalars.number(g.knowhowMean()))
                    .append(", capability: ").append(Scalars.number(g.capabilityMean()))
                    .append(", capabilitySd: ").append(Scalars.number(g.capabilitySd()))
                    .append(", openShare: ").append(Scalars.number(g.openShare()))
                    .append(", entry: ").append(month(c, g.entryMonth())).append("}\n");
        }
        b.append("\nevents:").append(c.events().isEmpty() ? " []" : "").append('\n');
        for (PolicyEvent e : c.events()) {
            b.append("  - date: ").append(month(c, e.month())).append('\n');
            b.append("    note: ").append(quoted(e.note())).append('\n');
            b.append("    set:\n");
            appendParameters(b, "      ", e.changes(), catalog);
        }
        out.write(b.toString());
    }

    /** {@code key: value   # unit} lines, the comments aligned for reading. */
    private static void appendParameters(StringBuilder b, String indent, Map<String, Double> values, ParameterCatalog catalog) {
        List<String> lines = new ArrayList<>();
        List<String> units = new ArrayList<>();
        int width = 0;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            ParameterSpec spec = catalog.spec(e.getKey());
            String line = indent + e.getKey() + ": " + spec.formatValue(e.getValue());
            lines.add(line);
            units.add(spec.unit().equals("-") ? "dimensionless" : spec.unit());
            width = Math.max(width, line.length());
        }
        for (int i = 0; i < lines.size(); i++) {
            b.append(lines.get(i)).append(" ".repeat(width - lines.get(i).length() + 2)).append("# ").append(units.get(i)).append('\n');
        }
    }

    private static String month(ModelConfig c, int index) {
        YearMonth m = c.start().plusMonths(index);
        return Scalars.month(m);
    }

    /** A name plain when YAML reads it back as the same text, else double-quoted. */
    private static String text(String s) {
        return PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT)) ? s : quoted(s);
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) b.append(String.format("\\u%04x", (int) ch));
                    else b.append(ch);
                }
            }
        }
        return b.append('"').toString();
    }
}
