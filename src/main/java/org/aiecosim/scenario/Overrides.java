package org.aiecosim.scenario;

import org.aiecosim.model.LabGenerator;
import org.aiecosim.model.LabSpec;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.model.Parameters;
import org.aiecosim.model.PolicyEvent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line {@code --set key=value} overrides of a loaded scenario.
 *
 * <p>Parameter keys set the starting value (later events still change it). {@code seed},
 * {@code months}, {@code start} and {@code replications} replace the scenario's. Labs, generators and
 * events keep their calendar dates when {@code start} moves: a lab that entered before the new start is
 * present from it, and an event dated before the new start has already happened, so its changes are
 * folded into the starting values (before the {@code --set} parameter values, which win). A lab that
 * would enter after the new last month is an error.
 */
final class Overrides {
    static final String ORIGIN = "--set";
    private static final List<String> TOP_KEYS = List.of("seed", "months", "start", "replications");

    private Overrides() {}

    static Scenario apply(Scenario s, List<String> assignments) throws ScenarioException {
        ModelConfig c = s.config();
        ParameterCatalog catalog = c.parameters().catalog();
        Problems problems = new Problems(ORIGIN);
        long seed = s.seed();
        int months = c.months();
        int replications = s.replications();
        YearMonth start = c.start();
        String timeAssignment = null;
        Map<String, Double> values = new LinkedHashMap<>();

        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                problems.add(0, a, "expected key=value, e.g. --set market.supplyGrowth=0.05");
                continue;
            }
            String key = a.substring(0, eq).trim();
            String text = a.substring(eq + 1).trim();
            switch (key) {
                case "seed" -> {
                    Long v = Scalars.integer(text);
                    if (v == null) problems.add(0, a, "expected an integer, got " + Quote.value(text));
                    else seed = v;
                }
                case "months", "replications" -> {
                    int max = key.equals("months") ? ScenarioLoader.MAX_MONTHS : ScenarioLoader.MAX_REPLICATIONS;
                    Long v = Scalars.integer(text);
                    if (v == null || v < 1 || v > max) {
                        problems.add(0, a, "expected " + Scalars.integerRange(1, max) + ", got " + Quote.value(text));
                    } else if (key.equals("months")) {
                        months = v.intValue();
                        timeAssignment = a;
                    } else {
                        replications = v.intValue();
                    }
                }
                case "start" -> {
                    YearMonth v = Scalars.month(text);
                    if (v == null) {
                        problems.add(0, a, "malformed date " + Quote.value(text) + ": expected " + Scalars.MONTH_FORMAT);
                    } else {
                        start = v;
                        timeAssignment = a;
                    }
                }
                default -> {
                    ParameterSpec spec = catalog.spec(key);
                    String error = spec == null ? ParameterBinder.unknownMessage(key, catalog, TOP_KEYS)
                            : ParameterBinder.check(spec, text);
                    if (error != null) problems.add(0, a, error);
                    else values.put(key, ParameterBinder.parse(spec, text));
                }
            }
        }
        problems.throwIfAny();

        // Calendar-preserving shift of everything dated: positive when the new start is later.
        int shift = (int) c.start().until(start, java.time.temporal.ChronoUnit.MONTHS);
        YearMonth last = start.plusMonths(months - 1L);
        Parameters parameters = c.parameters().copy();
        List<PolicyEvent> events = new ArrayList<>();
        for (PolicyEvent e : c.events()) {
            if (e.month() < shift) e.changes().forEach(parameters::set);
            else events.add(new PolicyEvent(e.month() - shift, e.changes(), e.note()));
        }
        values.forEach(parameters::set);

        List<LabSpec> labs = new ArrayList<>();
        for (LabSpec l : c.labs()) {
            int entry = entry(l.entryMonth() - shift, months, "lab '" + l.name() + "' enters", c, l.entryMonth(), last, timeAssignment, problems);
            labs.add(new LabSpec(l.name(), l.region(), l.kind(), l.compute(), l.budget(), l.knowhow(),
                    l.capability(), l.open(), entry));
        }
        List<LabGenerator> generators = new ArrayList<>();
        for (int i = 0; i < c.generators().size(); i++) {
            LabGenerator g = c.generators().get(i);
            int entry = entry(g.entryMonth() - shift, months, "the labs of generate[" + i + "] enter", c, g.entryMonth(), last, timeAssignment, problems);
            generators.add(new LabGenerator(g.region(), g.kind(), g.count(), g.computeMedian(), g.budgetMedian(),
                    g.logSpread(), g.knowhowMean(), g.capabilityMean(), g.capabilitySd(), g.openShare(), entry));
        }
        problems.throwIfAny();
        ModelConfig config = new ModelConfig(start, months, parameters, labs, generators, events);
        return new Scenario(s.name(), s.description(), s.source(), seed, replications, config);
    }

    /** The entry index in the new time frame: early entrants are present from the start, late ones an error. */
    private static int entry(int index, int months, String who, ModelConfig old, int oldIndex, YearMonth last,
                             String timeAssignment, Problems problems) {
        if (index >= months) {
            problems.add(0, timeAssignment, who + " " + Scalars.month(old.start().plusMonths(oldIndex))
                    + ", after the last simulated month " + Scalars.month(last));
        }
        return Math.max(0, index);
    }
}
