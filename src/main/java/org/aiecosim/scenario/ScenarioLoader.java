package org.aiecosim.scenario;

import org.aiecosim.model.LabGenerator;
import org.aiecosim.model.LabKind;
import org.aiecosim.model.LabSpec;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.ParameterCatalog;
import org.aiecosim.model.Parameters;
import org.aiecosim.model.PolicyEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads and validates scenario files. Every problem is reported with file, line, key path and what is
 * allowed, all problems of a file at once (see {@link ScenarioException}).
 *
 * <h2>Scenario file format</h2>
 * <pre>{@code
 * # What question this scenario answers. The first block of comment lines is the
 * # description when there is no description: key.
 * name: baseline            # optional; default: file name without .yaml; letters, digits, . _ -
 * description: "..."        # optional
 * start: 2022-01            # YYYY-MM, default 2022-01
 * months: 108               # integer 1..1200, default 108
 * seed: 20220101            # integer (long), default 1
 * replications: 10          # integer 1..10000, default 10
 * regions: [US, China, EU, RestOfWorld]   # optional; default ParameterCatalog.DEFAULT_REGIONS;
 *                                         # names match [A-Za-z][A-Za-z0-9_]*, unique
 * parameters:               # nested maps or dotted keys, both allowed and mixable
 *   market:
 *     supplyGrowth: 0.06
 *   region.China.chipAccess: 1.0
 *   developers.globalImitation: false     # BOOLEAN parameters take true/false
 * labs:                     # labs listed one by one (LabSpec)
 *   - {name: OpenAI-like, region: US, kind: frontier, compute: 10000, budget: 3000,
 *      knowhow: 0.0, capability: 1010, open: false, entry: 2022-01}
 * generate:                 # labs drawn from distributions (LabGenerator)
 *   - {region: China, kind: startup, count: 5, compute: 500, budget: 100, spread: 0.5,
 *      knowhow: -0.3, capability: 900, capabilitySd: 30, openShare: 0.5, entry: 2023-01}
 * base: baseline.yaml      # optional: start from another scenario (path relative to this file)
 * baseEvents: true          # with base: keep the base's events (default true) before this file's
 * events:                   # dated parameter changes (PolicyEvent)
 *   - date: 2022-10
 *     note: "US export controls on advanced chips to China (BIS, 7 Oct 2022)"
 *     set:
 *       region.China.chipAccess: 0.35
 * }</pre>
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>Unknown top-level keys, lab/generator/event fields and parameter keys are errors, with the closest
 *     valid key suggested. Parameter keys are checked against the catalog built from {@code regions:}.</li>
 * <li>Numbers must be numbers (not {@code yes} or text), integers must be integral, and every value must be
 *     in its range; booleans are {@code true} or {@code false}. Dates are {@code YYYY-MM}.</li>
 * <li>Lab fields: {@code name} (required, unique, and not the name of a generated lab such as
 *     {@code US-startup-1}), {@code region} (required, a declared region),
 *     {@code kind} (required: frontier, bigtech, startup, academic), {@code compute} (required, 0..1e9, H100e),
 *     {@code budget} (required, 0..1e7, $M), {@code knowhow} (-10..10 decades, default 0), {@code capability}
 *     (required, 0..10000 points), {@code open} (default false), {@code entry} (default start; from start to the
 *     last simulated month). The ranges are what the model computes to the end.</li>
 * <li>Generator fields: {@code region}, {@code kind}, {@code count} (1..10000), {@code compute},
 *     {@code budget} (medians, ranges as for labs), {@code capability} (mean) are required; {@code spread}
 *     (0..2, default 0.5), {@code knowhow} (mean, default 0), {@code capabilitySd} (0..1000, default 0),
 *     {@code openShare} (0..1, default 0), {@code entry} (default start) are optional. At most one
 *     generator per region and kind: its labs are named {@code REGION-kind-1..count}.</li>
 * <li>Event fields: {@code date} (required, not before start), {@code note} (optional), {@code set}
 *     (required, non-empty, checked like {@code parameters:}). The event's month index is the number of
 *     months from start to date. Events on or after the end month are kept but have no effect. Events are
 *     sorted by date; several events may share a date (file order is kept).</li>
 * <li>A scenario needs at least one lab, listed or generated.</li>
 * <li>With {@code base:}, the base scenario is loaded first and supplies every default: start, months,
 *     seed, replications, regions, parameter values, labs and generators (used unless this file lists
 *     {@code labs:} or {@code generate:}) and events (kept before this file's unless
 *     {@code baseEvents: false}). This file's {@code parameters:} change the base's values.
 *     A scenario with a base may not change {@code start} or {@code regions}.</li>
 * <li>Key paths in messages index lists from 0: {@code events[0]} is the first event.</li>
 * </ul>
 *
 * <p>{@link #applyOverrides} applies {@code --set key=value} assignments to a loaded scenario.
 */
public final class ScenarioLoader {
    /** Start month when a scenario names none. */
    public static final YearMonth DEFAULT_START = YearMonth.of(2022, 1);
    /** Number of months simulated when a scenario names none (2022-01 to 2030-12). */
    public static final int DEFAULT_MONTHS = 108;
    /** Base seed when a scenario names none. */
    public static final long DEFAULT_SEED = 1;
    /** Replications when a scenario names none. */
    public static final int DEFAULT_REPLICATIONS = 10;

    static final int MAX_MONTHS = 1200;
    public static final int MAX_REPLICATIONS = 10_000;
    /*
     * Ranges of lab fields: what the model computes to the end (issue 15: know-how of 300 or compute of
     * 1e300 made capability overflow). Each bound is far beyond any real lab and at least 100 times
     * inside the first value found to overflow; ScenarioFuzzTest runs mutants at these bounds.
     */
    /** Largest starting compute of a lab (or generator median), H100e: a thousand times today's largest. */
    public static final double MAX_COMPUTE = 1e9;
    /** Largest starting budget (or generator median), $M. */
    public static final double MAX_BUDGET = 1e7;
    /** Largest know-how, in absolute value, decades (300 overflows capability). */
    public static final double MAX_KNOWHOW = 10;
    /** Largest starting capability, points (the shipped labs start near 1,000). */
    public static final double MAX_CAPABILITY = 10_000;
    /** Largest log-spread of generated compute and budget. */
    public static final double MAX_SPREAD = 2;
    /** Largest standard deviation of generated capability, points. */
    public static final double MAX_CAPABILITY_SD = 1_000;
    static final List<String> TOP_KEYS = List.of("name", "description", "base", "baseEvents", "start", "months", "seed",
            "replications", "regions", "parameters", "labs", "generate", "events");
    /** How deep {@code base:} chains may go (guards against cycles). */
    static final int MAX_BASE_DEPTH = 8;
    static final List<String> LAB_KEYS = List.of("name", "region", "kind", "compute", "budget", "knowhow",
            "capability", "open", "entry");
    static final List<String> GENERATOR_KEYS = List.of("region", "kind", "count", "compute", "budget", "spread",
            "knowhow", "capability", "capabilitySd", "openShare", "entry");
    static final List<String> EVENT_KEYS = List.of("date", "note", "set");

    private static final Pattern REGION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Lab names become parts of indicator names ({@code lab.NAME.capability}), so no dots or spaces. */
    private static final Pattern LAB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern SCENARIO_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final double INF = Double.POSITIVE_INFINITY;

    private ScenarioLoader() {}

    /** Loads, validates and resolves the scenario in {@code file}. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, "scenario", 0);
    }

    private static Scenario load(Path file, String what, int depth) throws ScenarioException {
        return parse(YamlFiles.read(file, what), file.toString(), YamlFiles.stem(file), file, depth);
    }

    /**
     * Applies {@code --set key=value} assignments: parameter keys set starting values; {@code seed},
     * {@code months}, {@code start} and {@code replications} replace the scenario's.
     * See {@link Overrides} for how a new start moves labs and events.
     */
    public static Scenario applyOverrides(Scenario s, List<String> assignments) throws ScenarioException {
        return Overrides.apply(s, assignments);
    }

    /** Parses scenario text; {@code origin} names it in messages, {@code defaultName} is used without name:. */
    static Scenario parse(String text, String origin, String defaultName, Path source) throws ScenarioException {
        return parse(text, origin, defaultName, source, 0);
    }

    private static Scenario parse(String text, String origin, String defaultName, Path source, int depth) throws ScenarioException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Problems problems = new Problems(origin);
        YamlNode root = YamlReader.read(text, problems);
        if (root == null) throw new ScenarioException(origin, 0, "", "the scenario file is empty; see aiecosim's scenarios/ for examples");
        if (!(root instanceof YamlNode.Mapping top)) {
            throw new ScenarioException(origin, root.line(), "", "a scenario file must be a map of keys ("
                    + String.join(", ", TOP_KEYS) + "), got " + root.describe());
        }
        Fields f = new Fields(problems, top, "", "top-level key", TOP_KEYS);
        Scenario base = base(f, source, depth, problems);
        boolean baseEvents = Boolean.TRUE.equals(f.bool("baseEvents", true));
        if (base == null && f.node("baseEvents") != null) f.problem("baseEvents", "baseEvents: only applies together with base:");
        if (base != null && f.node("start") != null) f.problem("start", "a scenario with base: keeps the base's start; use --set start=YYYY-MM to move it");
        if (base != null && f.node("regions") != null) f.problem("regions", "a scenario with base: keeps the base's regions");
        ModelConfig bc = base == null ? null : base.config();
        String name = f.string("name", defaultName);
        if (name != null && !SCENARIO_NAME.matcher(name).matches()) {
            f.problem("name", Quote.value(name) + " cannot name a results folder: use letters, digits, '.', '_' and '-'");
        }
        String description = f.string("description", leadingComment(text));
        YearMonth start = bc != null ? bc.start() : f.month("start", DEFAULT_START);
        Long months = f.integer("months", bc != null ? (long) bc.months() : (long) DEFAULT_MONTHS, 1, MAX_MONTHS, "months");
        Long seed = f.integer("seed", base != null ? base.seed() : DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE, null);
        Long replications = f.integer("replications", base != null ? (long) base.replications() : (long) DEFAULT_REPLICATIONS,
                1, MAX_REPLICATIONS, null);
        List<String> regions = bc != null ? bc.regions() : regions(f, problems);
        // Everything below depends on the time frame and the regions; checking it against guesses would mislead.
        problems.throwIfAny();

        ParameterCatalog catalog = bc != null ? bc.parameters().catalog() : ParameterCatalog.forRegions(regions);
        Parameters parameters = bc != null ? bc.parameters().copy() : new Parameters(catalog);
        if (f.node("parameters") != null && !isEmpty(f.node("parameters"))) {
            ParameterBinder.bind(f.node("parameters"), "parameters", catalog, problems).forEach(parameters::set);
        }
        Timeline time = new Timeline(start, months.intValue());
        Map<String, int[]> labNames = new LinkedHashMap<>();
        List<LabSpec> labs = labs(f, time, regions, problems, labNames);
        List<LabGenerator> generators = generators(f, time, regions, problems, labNames);
        List<PolicyEvent> events = events(f, time, catalog, problems);
        if (bc != null) {
            if (f.node("labs") == null && f.node("generate") == null) {
                labs = bc.labs();
                generators = bc.generators();
            }
            if (baseEvents) {
                List<PolicyEvent> all = new ArrayList<>(bc.events());
                all.addAll(events);
                events = all;
            }
        }
        if (bc == null && f.node("labs") == null && f.node("generate") == null
                || problems.isEmpty() && labs.isEmpty() && generators.isEmpty()) {
            problems.add(top.line(), "", "a scenario needs at least one lab: add labs: or generate:");
        }
        problems.throwIfAny();
        ModelConfig config = new ModelConfig(start, months.intValue(), parameters, labs, generators, events);
        return new Scenario(name, description, source, seed, replications.intValue(), config);
    }

    /** Raised by the file whose {@code base:} leads back to a file already being loaded; that file reports it. */
    private static final class BaseCycle extends RuntimeException {
        final Path target;
        final List<String> chain = new ArrayList<>();

        BaseCycle(Path target) {
            super(null, null, false, false);
            this.target = target;
        }
    }

    /** Files being loaded through base: on this thread, outermost first. */
    private static final ThreadLocal<List<Path>> LOADING = ThreadLocal.withInitial(ArrayList::new);

    /** Loads the scenario named by {@code base:}, relative to this file's folder; null when there is none. */
    private static Scenario base(Fields f, Path source, int depth, Problems problems) throws ScenarioException {
        if (f.node("base") == null) return null;
        String ref = f.string("base", null);
        if (ref == null) return null;
        Path dir = source != null && source.toAbsolutePath().getParent() != null ? source.toAbsolutePath().getParent() : Path.of(".");
        Path file = dir.resolve(ref).normalize();
        Path self = source == null ? null : source.toAbsolutePath().normalize();
        if (file.equals(self)) {
            f.problem("base", "a scenario cannot be its own base");
            problems.throwIfAny();
        }
        if (LOADING.get().contains(file)) throw new BaseCycle(file);
        if (depth >= MAX_BASE_DEPTH) {
            f.problem("base", "chains of base: deeper than " + MAX_BASE_DEPTH + " files are not supported");
            problems.throwIfAny();
        }
        if (!Files.isRegularFile(file)) {
            f.problem("base", "base scenario " + Quote.value(ref) + " not found (looked for " + file + ")");
            problems.throwIfAny();
        }
        boolean outermost = LOADING.get().isEmpty();
        if (self != null && outermost) LOADING.get().add(self);
        LOADING.get().add(file);
        try {
            return load(file, "base scenario", depth + 1);
        } catch (BaseCycle c) {
            c.chain.add(0, String.valueOf(file.getFileName()));
            if (c.target.equals(self)) {
                // reported here, at the base: line of the file where the cycle starts and ends
                f.problem("base", Quote.value(ref) + " leads back to this file: " + self.getFileName() + " -> " + String.join(" -> ", c.chain)
                        + " -> " + self.getFileName() + "; base: files must not form a cycle");
                problems.throwIfAny();
            }
            throw c;
        } finally {
            LOADING.get().remove(LOADING.get().size() - 1);
            if (outermost) LOADING.get().clear();
        }
    }

    /** The first block of {@code #} lines (after blank lines) without the {@code #}, or "" when there is none. */
    static String leadingComment(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() && lines.isEmpty()) continue;
            if (!t.startsWith("#")) break;
            lines.add(t.substring(1).startsWith(" ") ? t.substring(2).stripTrailing() : t.substring(1).stripTrailing());
        }
        return String.join("\n", lines).strip();
    }

    private static List<String> regions(Fields f, Problems problems) {
        YamlNode n = f.node("regions");
        if (n == null) return ParameterCatalog.DEFAULT_REGIONS;
        if (!(n instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            f.problem("regions", "expected a non-empty list of region names, e.g. [US, China, EU, RestOfWorld], got " + n.describe());
            return ParameterCatalog.DEFAULT_REGIONS;
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String where = "regions[" + i + "]";
            if (!(item instanceof YamlNode.Scalar s) || s.isNull() || !REGION_NAME.matcher(s.text()).matches()) {
                problems.add(item.line(), where, "expected a region name: a letter, then letters, digits or '_'; got " + item.describe());
            } else if (!names.add(s.text())) {
                problems.add(item.line(), where, "region " + Quote.value(s.text()) + " is listed twice");
            }
        }
        return List.copyOf(names);
    }

    /** The items of an optional list section (null for an item that is not a map, after reporting it). */
    private static List<YamlNode.Mapping> items(Fields f, String key, Problems problems) {
        List<YamlNode.Mapping> maps = new ArrayList<>();
        YamlNode n = f.node(key);
        if (n == null || isEmpty(n)) return maps;
        if (!(n instanceof YamlNode.Sequence seq)) {
            f.problem(key, "expected a list (items starting with '- '), got " + n.describe());
            return maps;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            if (item instanceof YamlNode.Mapping m) {
                maps.add(m);
            } else {
                problems.add(item.line(), key + "[" + i + "]", "expected a map of fields, e.g. {name: ..., region: ...}, got " + item.describe());
                maps.add(null); // keeps the indices of later items right
            }
        }
        return maps;
    }

    private static List<LabSpec> labs(Fields top, Timeline time, List<String> regions, Problems problems, Map<String, int[]> names) {
        List<LabSpec> labs = new ArrayList<>();
        List<YamlNode.Mapping> items = items(top, "labs", problems);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) continue;
            Fields f = new Fields(problems, items.get(i), "labs[" + i + "].", "lab field", LAB_KEYS);
            String name = f.string("name", null);
            if (name != null && !LAB_NAME.matcher(name).matches()) {
                f.problem("name", "lab name " + Quote.value(name) + " is not allowed: use letters, digits, '-' and '_' (it names indicator columns)");
                name = null;
            }
            if (name != null) {
                int[] first = names.putIfAbsent(name, new int[] {f.line("name"), i});
                if (first != null) {
                    f.problem("name", "duplicate lab name " + Quote.value(name) + " (first on line " + first[0] + "); lab names must be unique");
                    name = null;
                }
            }
            String region = region(f, regions);
            LabKind kind = kind(f);
            Double compute = f.real("compute", null, 0, MAX_COMPUTE, "H100e");
            Double budget = f.real("budget", null, 0, MAX_BUDGET, "$M");
            Double knowhow = f.real("knowhow", 0.0, -MAX_KNOWHOW, MAX_KNOWHOW, "decades");
            Double capability = f.real("capability", null, 0, MAX_CAPABILITY, "points");
            Boolean open = f.bool("open", false);
            Integer entry = time.entry(f, "entry");
            if (name != null && region != null && kind != null && compute != null && budget != null
                    && knowhow != null && capability != null && open != null && entry != null) {
                labs.add(new LabSpec(name, region, kind, compute, budget, knowhow, capability, open, entry));
            }
        }
        return labs;
    }

    /**
     * Generators; {@code labNames} (listed lab name to its line) are checked against the names the
     * generated labs get ({@code REGION-kind-i}), and two generators of one region and kind, whose
     * labs would share names, are refused: both would otherwise fail only when the model starts.
     */
    private static List<LabGenerator> generators(Fields top, Timeline time, List<String> regions, Problems problems,
                                                 Map<String, int[]> labNames) {
        List<LabGenerator> generators = new ArrayList<>();
        Map<String, Integer> generatorLines = new HashMap<>();
        List<YamlNode.Mapping> items = items(top, "generate", problems);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) continue;
            Fields f = new Fields(problems, items.get(i), "generate[" + i + "].", "generator field", GENERATOR_KEYS);
            String region = region(f, regions);
            LabKind kind = kind(f);
            Long count = f.integer("count", null, 1, 10_000, "labs");
            Double compute = f.real("compute", null, 0, MAX_COMPUTE, "H100e, median");
            Double budget = f.real("budget", null, 0, MAX_BUDGET, "$M, median");
            Double spread = f.real("spread", 0.5, 0, MAX_SPREAD, "standard deviation of log");
            Double knowhow = f.real("knowhow", 0.0, -MAX_KNOWHOW, MAX_KNOWHOW, "decades, mean");
            Double capability = f.real("capability", null, 0, MAX_CAPABILITY, "points, mean");
            Double capabilitySd = f.real("capabilitySd", 0.0, 0, MAX_CAPABILITY_SD, "points");
            Double openShare = f.real("openShare", 0.0, 0, 1, "share");
            Integer entry = time.entry(f, "entry");
            if (region != null && kind != null) {
                String prefix = region + "-" + kind.key() + "-";
                Integer first = generatorLines.putIfAbsent(prefix, items.get(i).line());
                if (first != null) {
                    problems.add(items.get(i).line(), "generate[" + i + "]", "a second generator of " + region + " " + kind.key()
                            + " labs (first on line " + first + "): their labs would both be named " + prefix + "1, " + prefix
                            + "2, ...; merge them into one (add up count)");
                    region = null;
                } else if (count != null) {
                    for (Map.Entry<String, int[]> lab : labNames.entrySet()) {
                        String n = lab.getKey();
                        if (n.startsWith(prefix) && n.substring(prefix.length()).matches("[1-9][0-9]*")
                                && Long.parseLong(n.substring(prefix.length())) <= count) {
                            problems.add(lab.getValue()[0], "labs[" + lab.getValue()[1] + "].name", "lab name '" + n + "' is also the name of a lab generated by generate["
                                    + i + "] (line " + items.get(i).line() + ": " + prefix + "1 to " + prefix + count + "); rename the listed lab");
                        }
                    }
                }
            }
            if (region != null && kind != null && count != null && compute != null && budget != null && spread != null
                    && knowhow != null && capability != null && capabilitySd != null && openShare != null && entry != null) {
                generators.add(new LabGenerator(region, kind, count.intValue(), compute, budget, spread, knowhow,
                        capability, capabilitySd, openShare, entry));
            }
        }
        return generators;
    }

    private static List<PolicyEvent> events(Fields top, Timeline time, ParameterCatalog catalog, Problems problems) {
        List<PolicyEvent> events = new ArrayList<>();
        List<YamlNode.Mapping> items = items(top, "events", problems);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) continue;
            String prefix = "events[" + i + "]";
            Fields f = new Fields(problems, items.get(i), prefix + ".", "event field", EVENT_KEYS);
            YearMonth date = f.month("date", null);
            Integer month = null;
            if (date != null && date.isBefore(time.start())) {
                f.problem("date", "event date " + Scalars.month(date) + " is before the start " + Scalars.month(time.start())
                        + "; move the event or set its values under parameters:");
            } else if (date != null) {
                month = time.index(date);
            }
            String note = f.string("note", "");
            Map<String, Double> changes = null;
            YamlNode set = f.node("set");
            if (set == null) {
                f.problem("set", "missing required event field: expected a map of parameter keys to new values");
            } else if (set instanceof YamlNode.Mapping m && m.entries().isEmpty() || set instanceof YamlNode.Scalar s && s.isNull()) {
                f.problem("set", "an event must set at least one parameter");
            } else {
                int before = problems.size();
                changes = ParameterBinder.bind(set, prefix + ".set", catalog, problems);
                if (problems.size() > before) changes = null;
            }
            if (month != null && note != null && changes != null) events.add(new PolicyEvent(month, changes, note));
        }
        return events;
    }

    /** An optional section written with nothing after its colon, e.g. {@code events:}. */
    private static boolean isEmpty(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.isNull();
    }

    private static String region(Fields f, List<String> regions) {
        String region = f.string("region", null);
        if (region != null && !regions.contains(region)) {
            f.problem("region", "unknown region " + Quote.value(region) + Suggest.didYouMean(region, regions)
                    + " (regions: " + String.join(", ", regions) + ")");
            return null;
        }
        return region;
    }

    private static LabKind kind(Fields f) {
        String kind = f.string("kind", null);
        if (kind == null) return null;
        LabKind k = LabKind.fromKey(kind);
        if (k == null) {
            List<String> kinds = Arrays.stream(LabKind.values()).map(LabKind::key).toList();
            f.problem("kind", "unknown lab kind " + Quote.value(kind) + Suggest.didYouMean(kind, kinds)
                    + " (allowed: " + String.join(", ", kinds) + ")");
        }
        return k;
    }

    /** The simulated months: {@code start} and {@code months} following it. */
    record Timeline(YearMonth start, int months) {
        YearMonth last() { return start.plusMonths(months - 1L); }

        int index(YearMonth m) { return (int) start.until(m, ChronoUnit.MONTHS); }

        /** An entry month index, from start (the default) to the last simulated month. */
        Integer entry(Fields f, String key) {
            YearMonth m = f.month(key, start);
            if (m == null) return null;
            if (m.isBefore(start) || m.isAfter(last())) {
                f.problem(key, "entry " + Scalars.month(m) + " is outside the simulated months: expected "
                        + Scalars.month(start) + " to " + Scalars.month(last()));
                return null;
            }
            return index(m);
        }
    }
}
