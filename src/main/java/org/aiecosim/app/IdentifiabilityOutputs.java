package org.aiecosim.app;

import org.aiecosim.experiment.calibration.Identifiability;
import org.aiecosim.experiment.calibration.MultiStart;
import org.aiecosim.io.AtomicFiles;
import org.aiecosim.io.CsvDialect;
import org.aiecosim.report.HtmlReport;
import org.aiecosim.report.IdentifiabilityChart;
import org.aiecosim.report.PngFiles;
import org.aiecosim.scenario.CalibrationSpec;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a multi-start calibration says about identifiability: starts.csv, identifiability.csv, a chart and a report section. */
final class IdentifiabilityOutputs {
    static final String STARTS = "starts.csv";
    static final String SPREADS = "identifiability.csv";
    static final String CHART = "identifiability.png";

    private IdentifiabilityOutputs() {}

    static void writeCsv(Path dir, CalibrationSpec spec, List<MultiStart.Result> starts, List<Identifiability.Spread> spreads) throws IOException {
        double best = MultiStart.best(starts).best().distance();
        AtomicFiles.writeText(dir.resolve(STARTS), w -> {
            CSVPrinter csv = CsvDialect.printer(w);
            List<String> header = new ArrayList<>(List.of("start", "optimiser_seed", "evaluations", "distance_start", "distance", "equally_good"));
            for (String k : spec.keys()) {
                header.add(k + "_start");
                header.add(k);
            }
            csv.printRecord(header);
            for (MultiStart.Result r : starts) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(r.start().index()), Long.toString(r.start().seed()),
                        Integer.toString(r.evaluations()), CsvDialect.number(r.initial().distance()), CsvDialect.number(r.best().distance()),
                        Boolean.toString(Identifiability.equallyGood(r.best().distance(), best))));
                for (int j = 0; j < spec.keys().size(); j++) {
                    row.add(CsvDialect.number(r.start().point()[j]));
                    row.add(CsvDialect.number(r.best().parameters()[j]));
                }
                csv.printRecord(row);
            }
        });
        AtomicFiles.writeText(dir.resolve(SPREADS), w -> {
            CSVPrinter csv = CsvDialect.printer(w);
            csv.printRecord("parameter", "lower", "upper", "best", "min_equally_good", "max_equally_good", "spread_share_of_bounds", "pinned");
            for (Identifiability.Spread s : spreads) {
                csv.printRecord(s.key(), CsvDialect.number(s.lower()), CsvDialect.number(s.upper()), CsvDialect.number(s.best()),
                        CsvDialect.number(s.min()), CsvDialect.number(s.max()), CsvDialect.number(s.spread()), Boolean.toString(s.pinned()));
            }
        });
    }

    static void report(HtmlReport r, Path dir, CalibrationSpec spec, List<MultiStart.Result> starts, List<Identifiability.Spread> spreads)
            throws IOException {
        double best = MultiStart.best(starts).best().distance();
        r.heading("Identifiability: what the targets pin down");
        r.paragraph(String.format(Locale.ROOT, "The optimiser ran from %d independent starts (the scenario's values, then a Latin hypercube "
                + "over the bounds), each with its own seed, all on the same objective (the same replication seeds). A start is equally good when "
                + "its distance is at most %.1f above the best (the distance is a sum of squared errors in tolerances; read as a chi-square, "
                + "a 68%% profile-likelihood threshold). A parameter is not pinned down when its equally good fits lie more than "
                + "%d%% of its bounds apart: the targets cannot tell those values apart, so outcomes that depend on it carry that uncertainty. "
                + "Starts can miss a flat direction none of them explored, so \"pinned\" means \"not shown to be loose\".",
                starts.size(), Identifiability.EQUAL_MARGIN, Math.round(100 * Identifiability.WIDE_SPREAD)));
        List<String[]> startRows = new ArrayList<>();
        for (MultiStart.Result s : starts) {
            startRows.add(new String[] {Integer.toString(s.start().index()), Long.toString(s.start().seed()), Integer.toString(s.evaluations()),
                    FitOutputs.num(s.initial().distance()), FitOutputs.num(s.best().distance()),
                    Identifiability.equallyGood(s.best().distance(), best) ? "yes" : "no"});
        }
        r.table("Starts", List.of("start", "optimiser seed", "evaluations", "distance at its start", "distance reached", "equally good"), startRows);
        List<String[]> rows = new ArrayList<>();
        for (Identifiability.Spread s : spreads) {
            rows.add(new String[] {s.key(), "[" + FitOutputs.num(s.lower()) + ", " + FitOutputs.num(s.upper()) + "]", FitOutputs.num(s.best()),
                    FitOutputs.num(s.min()) + " to " + FitOutputs.num(s.max()), String.format(Locale.ROOT, "%.0f%%", 100 * s.spread()),
                    s.pinned() ? "yes" : "NO"});
        }
        r.table("Fitted parameters across the equally good starts", List.of("parameter", "bounds", "best fit", "equally good fits",
                "spread (share of bounds)", "pinned down"), rows);
        boolean[] good = new boolean[starts.size()];
        for (int s = 0; s < good.length; s++) good[s] = Identifiability.equallyGood(starts.get(s).best().distance(), best);
        List<IdentifiabilityChart.Row> chartRows = new ArrayList<>();
        for (int j = 0; j < spreads.size(); j++) {
            Identifiability.Spread s = spreads.get(j);
            double[] pos = new double[starts.size()];
            for (int k = 0; k < pos.length; k++) pos[k] = (starts.get(k).best().parameters()[j] - s.lower()) / (s.upper() - s.lower());
            chartRows.add(new IdentifiabilityChart.Row(s.key(), pos, (s.best() - s.lower()) / (s.upper() - s.lower()), s.pinned()));
        }
        PngFiles.writePng(dir.resolve(CHART), IdentifiabilityChart.chart(String.format(Locale.ROOT,
                "%d starts, best distance %.3g; shaded rows: not pinned down by the targets", starts.size(), best), chartRows, good),
                IdentifiabilityChart.WIDTH, IdentifiabilityChart.height(chartRows.size()));
        r.figure(CHART, "where each start landed", "Each start's fitted value of each parameter within its bounds; filled dots "
                + "reached an equally good distance; shaded rows are not pinned down.");
    }
}
