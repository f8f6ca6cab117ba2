package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.aiecosim.result.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportWriterTest {

    static final List<String> CSVS = List.of("indicators.csv", "labs.csv", "ensemble.csv", "summary.csv");
    static final List<String> CHARTS = List.of("capability-by-region.png", "capability-open-vs-closed.png",
            "adoption-open-vs-closed.png", "adoption-by-origin.png", "adoption-by-vendor.png", "open-release-share.png", "compute-share.png",
            "lags.png", "chip-price.png", "derivatives-by-base-origin.png", "capability-per-flop.png");

    @TempDir
    Path tmp;

    private static List<ReplicationResult> run(int replications) {
        return SyntheticRun.generate(List.of("A", "B"), List.of("L1", "L2"), YearMonth.of(2022, 1), 36, replications, 7);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryCsvAndChart() throws IOException {
        ResultFolder folder = ResultFolder.create(tmp.resolve("out"));
        RunReportWriter.write(folder, run(3));
        List<String> expected = new ArrayList<>(CSVS);
        expected.addAll(CHARTS);
        assertEquals(expected.stream().sorted().toList(), listing(folder.dir()), "no temporary files, nothing missing");
        for (String chart : CHARTS) assertDrawn(folder.dir().resolve(chart));
    }

    @Test
    void identicalInputGivesByteIdenticalCsv() throws IOException {
        ResultFolder a = ResultFolder.create(tmp.resolve("a"));
        ResultFolder b = ResultFolder.create(tmp.resolve("b"));
        RunReportWriter.write(a, run(3));
        List<ReplicationResult> reversed = new ArrayList<>(run(3));
        java.util.Collections.reverse(reversed); // completion order must not matter either
        RunReportWriter.write(b, reversed);
        for (String csv : CSVS) {
            assertArrayEquals(Files.readAllBytes(a.dir().resolve(csv)), Files.readAllBytes(b.dir().resolve(csv)), csv);
        }
    }

    @Test
    void singleReplicationAndGapsStillRender() throws IOException {
        ResultFolder folder = ResultFolder.create(tmp.resolve("one"));
        RunReportWriter.write(folder, run(1));
        for (String chart : CHARTS) assertDrawn(folder.dir().resolve(chart));
    }

    @Test
    void chartsForMissingIndicatorsAreSkipped() throws IOException {
        ResultFolder folder = ResultFolder.create(tmp.resolve("tiny"));
        RunReportWriter.write(folder, TinyRun.results());
        List<String> files = listing(folder.dir());
        assertTrue(files.containsAll(CSVS));
        assertTrue(files.containsAll(List.of("capability-by-region.png", "compute-share.png", "lags.png")), files.toString());
        assertTrue(!files.contains("chip-price.png") && !files.contains("adoption-by-origin.png"), files.toString());
    }

    /**
     * Decodes, has the chart size and shows data: titles, axes and grid are grey, so a chart
     * without plotted series has almost no saturated (coloured) pixels.
     */
    static void assertDrawn(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " does not decode");
        assertEquals(ChartRenderer.WIDTH, image.getWidth(), png.toString());
        assertEquals(ChartRenderer.HEIGHT, image.getHeight(), png.toString());
        int background = image.getRGB(0, 0);
        assertEquals(0xFFFFFF, background & 0xFFFFFF, png + " background is not white");
        int drawn = 0;
        int coloured = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (rgb != background) drawn++;
                int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) coloured++;
                colours.add(rgb & 0xFFFFFF);
            }
        }
        assertTrue(drawn > 20_000, png + " has only " + drawn + " drawn pixels");
        assertTrue(colours.size() >= 20, png + " has only " + colours.size() + " colours");
        assertTrue(coloured > 2_000, png + " has only " + coloured + " coloured pixels: no data drawn?");
    }

    private static boolean csvThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("aiecosim-csv") && t.isAlive());
    }

    @Test
    void aFailureOfTheCsvThreadIsThrownAfterEverythingStopped() throws IOException {
        ResultFolder folder = ResultFolder.create(tmp.resolve("out"));
        Files.createDirectory(folder.dir().resolve("indicators.csv")); // in the way: refusing to overwrite
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> RunReportWriter.write(folder, run(2)));
        assertTrue(e.getMessage().contains("indicators.csv"), e.getMessage());
        assertTrue(!csvThreadAlive(), "the CSV thread has stopped");
        assertTrue(listing(folder.dir()).stream().noneMatch(n -> n.endsWith(".tmp")), "no temporary file left");
    }

    @Test
    void aFailureOfTheReportDoesNotLeaveTheCsvThreadWriting() throws IOException {
        ResultFolder folder = ResultFolder.create(tmp.resolve("out"));
        // Runs of different lengths cannot be summarised: the statistics fail, the CSV rows can still be written.
        List<ReplicationResult> mixed = new ArrayList<>(run(1));
        mixed.add(SyntheticRun.generate(List.of("A", "B"), List.of("L1", "L2"), YearMonth.of(2022, 1), 24, 1, 8).get(0));
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> RunReportWriter.write(folder, mixed));
        assertTrue(!csvThreadAlive(), "returned only after the CSV thread finished");
        assertTrue(listing(folder.dir()).stream().noneMatch(n -> n.endsWith(".tmp")), "no temporary file left: " + listing(folder.dir()));
    }
}
