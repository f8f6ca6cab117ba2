package org.aiecosim.app;

import org.aiecosim.model.ParameterSpec;
import org.aiecosim.model.Parameters;
import org.aiecosim.model.PolicyEvent;
import org.aiecosim.report.RunReportContext;
import org.aiecosim.scenario.Scenario;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a scenario into the plain rows the HTML reports show (the report package knows no scenarios). */
public final class ReportContexts {
    private ReportContexts() {}

    public static RunReportContext of(Scenario s, Path file, Instant began, int threads, double seconds) {
        String command = "aiecosim run " + file + " --seed " + s.seed() + " --reps " + s.replications();
        return new RunReportContext(s.name(), s.description(), Version.get(), began.toString(), s.replications(), threads,
                s.seed(), seconds, command, parameterRows(s.config().parameters()), eventRows(s));
    }

    /** Every parameter: key, value, unit, default. */
    public static List<String[]> parameterRows(Parameters p) {
        List<String[]> rows = new ArrayList<>();
        for (ParameterSpec spec : p.catalog().specs()) {
            rows.add(new String[] {spec.key(), spec.formatValue(p.get(spec.key())), spec.unit(), spec.formatValue(spec.defaultValue())});
        }
        return rows;
    }

    /** Every dated event: date, note, changes. */
    public static List<String[]> eventRows(Scenario s) {
        List<String[]> rows = new ArrayList<>();
        Parameters p = s.config().parameters();
        for (PolicyEvent e : s.config().events()) {
            String changes = e.changes().entrySet().stream()
                    .map(c -> c.getKey() + " = " + p.catalog().spec(c.getKey()).formatValue(c.getValue()))
                    .collect(Collectors.joining(", "));
            rows.add(new String[] {s.config().start().plusMonths(e.month()).toString(), e.note(), changes});
        }
        return rows;
    }
}
