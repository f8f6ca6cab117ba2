package org.aiecosim.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders every sweep, sensitivity and comparison chart from synthetic data for a human to look
 * at: {@code mvn test -Dtest=SweepChartsPreviewTest -Dreport.preview.sweep=/tmp/html-preview}
 * (existing files there are replaced).
 */
class SweepChartsPreviewTest {

    @Test
    @EnabledIfSystemProperty(named = "report.preview.sweep", matches = ".+")
    void writePreview() throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("report.preview.sweep")));
        SweepCharts grid = new SweepCharts(SyntheticSweep.PARAMETERS, SyntheticSweep.grid());
        SweepCharts sampled = new SweepCharts(SyntheticSweep.PARAMETERS, SyntheticSweep.sampled());
        int w = SweepCharts.WIDTH;
        int h = SweepCharts.HEIGHT;
        write(dir, "vs-grid.png", grid.outcomeVsParameter("chipAccess", SyntheticSweep.LAG), w, h);
        write(dir, "vs-sampled.png", sampled.outcomeVsParameter("leakage", SyntheticSweep.SHARE), w, h);
        write(dir, "heat.png", grid.heatMap("chipAccess", "leakage", SyntheticSweep.LAG), w, h);
        write(dir, "heat-sampled.png", sampled.heatMap("chipAccess", "openBanThreshold", SyntheticSweep.SHARE), w, h);
        Files.deleteIfExists(dir.resolve("multiples.png"));
        PngFiles.writePng(dir.resolve("multiples.png"), sampled.smallMultiples(SyntheticSweep.PARAMETERS, SyntheticSweep.SHARE));
        List<String> factors = List.of("chipAccess", "leakage", "openBanThreshold", "supplyGrowth", "domesticChips",
                "spillover", "adoptionCost", "contribution");
        double[] mu = {4.1, 2.3, 0.4, 1.8, 0.9, 3.0, 0.2, 1.1};
        double[] lo = new double[mu.length];
        double[] hi = new double[mu.length];
        for (int i = 0; i < mu.length; i++) {
            lo[i] = mu[i] * 0.8;
            hi[i] = mu[i] * 1.25;
        }
        write(dir, "tornado.png", SweepCharts.tornado(SyntheticSweep.LAG, factors, mu, lo, hi, "Morris \u03bc* (months)"), w, h);
        double[] s1 = {0.35, 0.15, 0.01, 0.1, 0.04, 0.2, 0.0, 0.05};
        double[] st = {0.45, 0.22, 0.03, 0.12, 0.06, 0.3, 0.01, 0.07};
        write(dir, "sobol.png", SweepCharts.tornado(SyntheticSweep.LAG, factors, List.of(
                new SweepCharts.Bars("First order S1", s1, shift(s1, -0.04), shift(s1, 0.04)),
                new SweepCharts.Bars("Total ST", st, shift(st, -0.05), shift(st, 0.05))), "Sobol index"), w, h);
        write(dir, "compare.png", new CompareCharts(CompareChartsTest.runs()).overlay("capability.open",
                "Best open model (points)"), w, h);
    }

    private static double[] shift(double[] v, double d) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) out[i] += d;
        return out;
    }

    private static void write(Path dir, String name, org.jfree.chart.JFreeChart chart, int w, int h) throws Exception {
        Files.deleteIfExists(dir.resolve(name));
        PngFiles.writePng(dir.resolve(name), chart, w, h);
    }
}
