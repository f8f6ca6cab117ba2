package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHtmlReportTest {

    @TempDir
    Path tmp;

    @Test
    void showsRunInfoSummaryEveryChartParametersEventsAndFiles() throws Exception {
        Path html = SampleRunReport.write(tmp.resolve("run"), 24, 3);
        String s = Files.readString(html);
        assertTrue(s.contains("<title>aiecosim run: baseline &lt;test&gt; &amp; &quot;quotes&quot;</title>"), s);
        assertTrue(s.contains("Status quo: US export controls as of 2023, leaky enforcement."), s);
        assertFalse(s.contains("Second paragraph"), s);
        for (String v : List.of("aiecosim 0.1.0-test", "2026-01-02T03:04:05Z", "2022-01 to 2023-12 (24 months)",
                "20220101", "2.35 s", "--out NEW_FOLDER", "End of run (2023-12)", "Frontier capability",
                "RestOfWorld behind US", "95% CI low", "region.China.chipAccess", "1/month",
                "October 2023 export-control update", "AI diffusion rule &lt;draft&gt;")) {
            assertTrue(s.contains(v), v + " missing");
        }
        // Every chart the run wrote, in ChartRenderer's order, and no other image; each embedded, none an external file.
        Matcher m = Pattern.compile("<a class=\"file\" href=\"([^\"]+)\"").matcher(s);
        List<String> images = m.results().map(r -> r.group(1)).toList();
        List<String> sources = Pattern.compile("<img src=\"([^\"]+)\"").matcher(s).results().map(r -> r.group(1)).toList();
        assertEquals(images.size(), sources.size());
        for (String src : sources) assertTrue(src.startsWith("data:image/png;base64,"), "external image " + src.substring(0, 40));
        assertFalse(Pattern.compile("src=\"(?!data:)").matcher(s).find(), "an element loads an external file");
        EnsembleStatistics stats = EnsembleStatistics.of(SyntheticRun.generate(List.of("US", "China", "EU", "RestOfWorld"),
                List.of("OpenAI", "DeepSeek"), java.time.YearMonth.of(2022, 1), 24, 3, 42));
        List<String> expected = new java.util.ArrayList<>(new ChartRenderer(stats).charts().keySet());
        // The chart of adoption by vendor comes from the per-lab indicators, after adoption by origin.
        expected.add(expected.indexOf(ChartRenderer.ADOPTION_BY_ORIGIN) + 1, VendorAdoption.FILE);
        assertEquals(expected, images);
        for (String f : images) assertTrue(Files.isRegularFile(html.resolveSibling(f)), f);
        for (String f : List.of("indicators.csv", "labs.csv", "ensemble.csv", "summary.csv", "run-info.txt")) {
            assertTrue(s.contains("<a href=\"" + f + "\">"), f);
        }
        // Findings open the report, before what was run.
        assertTrue(s.indexOf("<h2>Findings</h2>") > 0 && s.indexOf("<h2>Findings</h2>") < s.indexOf("<h2>What was run</h2>"));
        assertTrue(s.contains("Key outcomes, mean of 2023-01 to 2023-12"), "window");
        // scenario.yaml was not written in this folder, so it is not linked.
        assertFalse(s.contains("scenario.yaml\">"), s);
    }

    @Test
    void leavesOutChartsTheRunDidNotProduceAndSaysWhenThereAreNoEvents() throws Exception {
        ResultFolder folder = ResultFolder.create(tmp.resolve("tiny"));
        EnsembleStatistics stats = RunReportWriter.write(folder, TinyRun.results());
        RunReportContext ctx = new RunReportContext("tiny", "", "v", "now", 3, 1, 1, 0.1, "cmd",
                List.<String[]>of(new String[] {"a", "1", ""}), List.of());
        String s = Files.readString(RunHtmlReport.write(folder, ctx, stats));
        assertTrue(s.contains("capability-by-region.png") && s.contains("compute-share.png"), s);
        assertFalse(s.contains("chip-price.png"), s);
        assertTrue(s.contains("No dated events"), s);
        assertFalse(s.contains("class=\"lead\""), s);
    }

    @Test
    void contextChecksRowsAndKeepsOnlyTheFirstParagraph() {
        assertThrows(IllegalArgumentException.class, () -> new RunReportContext("n", "d", "v", "s", 1, 1, 1, 1, "c",
                List.<String[]>of(new String[] {"only two", "cells"}), List.of()));
        RunReportContext c = new RunReportContext("n", "  one\n  line\n\n two", "v", "s", 1, 1, 1, 1, "c", List.of(), List.of());
        assertEquals("one line", c.firstParagraph());
    }
}
