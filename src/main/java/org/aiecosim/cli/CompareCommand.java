package org.aiecosim.cli;

import org.aiecosim.app.CompareInput;
import org.aiecosim.app.CompareOutputs;
import org.aiecosim.app.OutputLocation;
import org.aiecosim.app.RunExecution;
import org.aiecosim.app.Status;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.io.CsvDialect;
import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.report.EnsembleStatistics;
import org.aiecosim.report.HumanUnits;
import org.aiecosim.report.IndicatorsCsvReader;
import org.aiecosim.report.SummaryTable;
import org.aiecosim.result.ReplicationResult;
import org.aiecosim.scenario.Scenario;
import org.aiecosim.scenario.ScenarioException;
import org.aiecosim.stats.WelchComparison;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code aiecosim compare A B ...}: overlays the key indicators of several runs and tables the
 * differences of their end values from the first one, with Welch 95% CIs and t-tests.
 */
@Command(name = "compare", description = "Compare result folders (or scenario files, run first): differences from the first "
        + "input of each replication's mean over a window (the last 12 months by default) with 95%% CIs and Welch t-tests, "
        + "overlay charts, report.html; differences.csv also holds the end-of-run differences of every indicator.")
final class CompareCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    OutputOptions output;

    // "1..*" and a check in call(): with "2..*" picocli took an option after one input for the missing second
    // input and reported "Expected parameter 2 ... but found '--reps'".
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "result folders of aiecosim run, or scenario .yaml files (at least two)")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/compare/<run-id>); must not exist")
    Path out;

    @Option(names = "--reps", paramLabel = "R", description = "replications for scenario inputs (default: the scenario's)")
    Integer reps;

    @Option(names = "--seed", paramLabel = "N", description = "base seed for scenario inputs (default: the scenario's)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads for scenario inputs (default: all cores)")
    Integer threads;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter of every scenario input, e.g. "
            + "developers.count=20000 (repeatable; not with result-folder inputs, which were run with their own settings)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "first month of the window the report's findings average over "
            + "(default: 12 months before --to)")
    java.time.YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "last month of that window (default: each input's last month)")
    java.time.YearMonth to;


    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : OutputLocation.defaultFolder(Path.of("results"), "compare", "");
        String problem = OutputLocation.problem(target);
        if (problem != null) {
            System.err.println("--out: " + problem);
            return Main.EXIT_BAD_INPUT;
        }
        if (inputs.size() < 2) {
            System.err.println("compare needs at least two inputs (result folders of run, or scenario .yaml files), the first the "
                    + "reference; compare --help lists its options");
            return Main.EXIT_BAD_INPUT;
        }
        if (reps != null && (reps < 1 || reps > org.aiecosim.scenario.ScenarioLoader.MAX_REPLICATIONS)) {
            System.err.println("--reps " + reps + ": expected a number of replications from 1 to " + org.aiecosim.scenario.ScenarioLoader.MAX_REPLICATIONS);
            return Main.EXIT_BAD_INPUT;
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            System.err.println("--threads " + threads + ": expected 1 to 1024");
            return Main.EXIT_BAD_INPUT;
        }
        // Check every input before running anything.
        List<Scenario> scenarios = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                System.err.println(missingInput(p));
                return Main.EXIT_BAD_INPUT;
            }
            if (Files.isDirectory(p)) {
                if (!Files.isRegularFile(p.resolve("indicators.csv"))) {
                    System.err.println(p + ": not a result folder of aiecosim run (no indicators.csv)");
                    return Main.EXIT_BAD_INPUT;
                }
                // A folder's runs cannot take the override: comparing them with overridden runs would mislead.
                if (!overrides.isEmpty()) {
                    System.err.println("--set applies to scenario inputs only, and " + p + " is a result folder run with "
                            + "its own settings: give its scenario file instead, or run it again with the same --set");
                    return Main.EXIT_BAD_INPUT;
                }
                scenarios.add(null);
            } else {
                try {
                    List<String> over = new ArrayList<>(overrides);
                    if (reps != null) over.add("replications=" + reps);
                    if (seed != null) over.add("seed=" + seed);
                    scenarios.add(ScenarioInput.load(p, over));
                } catch (ScenarioException e) {
                    System.err.println(e.getMessage());
                    return Main.EXIT_BAD_INPUT;
                }
            }
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        // Claimed (created atomically and locked) before any simulation, so two compares cannot
        // write one folder; removed again if the comparison fails.
        OutputLocation.Claim claim = OutFolder.claimOrExplain(target);
        if (claim == null) return Main.EXIT_BAD_INPUT;
        try (claim) {
            return compare(scenarios, t, claim);
        }
    }

    /** An input may be either kind, so a missing one says both and which was looked for (by its extension). */
    static String missingInput(Path p) {
        String name = String.valueOf(p.getFileName());
        String looked = name.endsWith(".yaml") || name.endsWith(".yml")
                ? "looked for a scenario file by its extension; scenarios/ holds the shipped ones"
                : "looked for a result folder of aiecosim run, as it has no .yaml extension; they are under results/";
        return p + ": no such result folder or scenario file (" + looked + ")";
    }

    private int compare(List<Scenario> scenarios, int t, OutputLocation.Claim claim) throws Exception {
        Path target = claim.target();
        List<CompareInput> loaded = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path p = inputs.get(i);
            Scenario s = scenarios.get(i);
            if (s == null) {
                loaded.add(new CompareInput(label(p), p, IndicatorsCsvReader.read(p.resolve("indicators.csv"))));
            } else {
                Path folder = OutputLocation.defaultFolder(Path.of("results"), s.name(), s.seed());
                RunExecution.Outcome done = RunExecution.execute(s, p, t, folder);
                Status.info("  results in %s", folder);
                loaded.add(new CompareInput(s.name(), folder, done.results()));
            }
        }
        uniqueLabels(loaded);
        List<String[]> rows = differences(loaded);
        Path work = claim.work();
        AtomicFiles.writeText(work.resolve("differences.csv"), w -> {
            CSVPrinter csv = CsvDialect.printer(w);
            csv.printRecord("reference", "scenario", "indicator", "month", "n_reference", "n", "mean_reference", "mean", "difference",
                    "ci95_low", "ci95_high", "welch_t", "df", "p_value");
            for (String[] r : rows) csv.printRecord((Object[]) r);
        });
        AtomicFiles.writeText(work.resolve("inputs.txt"), w -> {
            for (CompareInput in : loaded) w.write(in.label() + "\t" + in.folder() + "\n");
        });
        LinkedHashMap<String, EnsembleStatistics> stats = new LinkedHashMap<>();
        for (CompareInput in : loaded) stats.put(in.label(), EnsembleStatistics.of(in.results()));
        List<String> keys = keyIndicators(stats.get(loaded.get(0).label()));
        CompareOutputs.write(work, loaded, stats, keys, rows, from, to);
        claim.publish();
        printTable(loaded, stats, keys);
        System.out.println("results in " + target);
        return 0;
    }

    static String label(Path folder) throws IOException {
        Path scenario = folder.resolve("scenario.yaml");
        if (Files.isRegularFile(scenario)) {
            for (String line : Files.readAllLines(scenario)) if (line.startsWith("name: ")) return line.substring(6).strip();
        }
        return String.valueOf(folder.toAbsolutePath().normalize().getFileName());
    }

    private static void uniqueLabels(List<CompareInput> inputs) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            CompareInput in = inputs.get(i);
            int n = seen.merge(in.label(), 1, Integer::sum);
            if (n > 1) inputs.set(i, new CompareInput(in.label() + "#" + n, in.folder(), in.results()));
        }
    }

    /** End-of-run differences from the first input for every indicator that all inputs have. */
    static List<String[]> differences(List<CompareInput> inputs) {
        CompareInput ref = inputs.get(0);
        IndicatorTable refTable = ref.results().get(0).table();
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < inputs.size(); i++) {
            CompareInput b = inputs.get(i);
            IndicatorTable bTable = b.results().get(0).table();
            for (String name : refTable.names()) {
                if (name.startsWith("lab.") || !bTable.has(name)) continue;
                WelchComparison c = WelchComparison.of(endValues(ref.results(), name), endValues(b.results(), name));
                rows.add(new String[] {ref.label(), b.label(), name, bTable.monthAt(bTable.months() - 1).toString(),
                        Integer.toString(c.nA()), Integer.toString(c.nB()), num(c.meanA()), num(c.meanB()), num(c.diff()),
                        num(c.low()), num(c.high()), num(c.t()), num(c.df()), num(c.p())});
            }
        }
        return rows;
    }

    static double[] endValues(List<ReplicationResult> results, String indicator) {
        double[] v = new double[results.size()];
        for (int r = 0; r < v.length; r++) {
            IndicatorTable t = results.get(r).table();
            v[r] = t.get(t.months() - 1, t.indexOf(indicator));
        }
        return v;
    }

    private static String num(double v) { return CsvDialect.number(v); }

    /** The key indicators: those of {@link SummaryTable#compareRows} that the reference has. */
    static List<String> keyIndicators(EnsembleStatistics reference) {
        return SummaryTable.compareRows(reference).stream().map(SummaryTable.Row::indicator).toList();
    }

    /**
     * Per compared input, the difference of each key outcome from the first input as the report's
     * findings give it (means over the window of each replication, Welch 95% CI and p), labelled and in
     * human units (shares in percentage points), in aligned columns; a quantity without noise says so.
     */
    private void printTable(List<CompareInput> inputs, LinkedHashMap<String, EnsembleStatistics> stats, List<String> keys) {
        EnsembleStatistics ref = stats.get(inputs.get(0).label());
        for (int i = 1; i < inputs.size(); i++) {
            String b = inputs.get(i).label();
            if (i > 1) System.out.println();
            List<CompareOutputs.WindowDifference> ds = CompareOutputs.windowDifferences(ref, stats.get(b), keys, from, to);
            if (!ds.isEmpty() && ds.stream().allMatch(d -> d.verdict().equals(CompareOutputs.SAME_RUNS))) {
                System.out.printf(Locale.ROOT, "%s and %s give identical runs (every replication the same in every key outcome): "
                        + "nothing to test%n", b, inputs.get(0).label());
                continue;
            }
            System.out.printf(Locale.ROOT, "%s minus %s: means over %s of each replication, as in report.html "
                    + "(difference, 95%% CI, Welch p)%n", b, inputs.get(0).label(), CompareOutputs.windowText(ref, from, to));
            List<String[]> lines = new ArrayList<>();
            for (CompareOutputs.WindowDifference d : ds) {
                String k = d.row().indicator();
                var c = d.comparison();
                String diff = HumanUnits.signedChange(k, c.diff());
                String rest = Double.isNaN(c.low()) || c.low() == c.high() || !d.verdict().startsWith("p ")
                        ? d.verdict() : "95% CI " + HumanUnits.signedInterval(k, c.low(), c.high()) + "; " + d.verdict();
                lines.add(new String[] {d.row().label(), diff, rest});
            }
            int w0 = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
            int w1 = lines.stream().mapToInt(l -> l[1].length()).max().orElse(0);
            for (String[] l : lines) System.out.printf(Locale.ROOT, "%-" + w0 + "s  %-" + w1 + "s  %s%n", l[0], l[1], l[2]);
        }
    }

}
