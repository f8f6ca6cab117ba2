package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareChartsTest {

    @TempDir
    Path tmp;

    static LinkedHashMap<String, EnsembleStatistics> runs() {
        LinkedHashMap<String, EnsembleStatistics> runs = new LinkedHashMap<>();
        List<String> regions = List.of("US", "China", "EU");
        runs.put("baseline", EnsembleStatistics.of(SyntheticRun.generate(regions, List.of("L1"), YearMonth.of(2022, 1), 60, 5, 1)));
        runs.put("strict controls", EnsembleStatistics.of(SyntheticRun.generate(regions, List.of("L1"), YearMonth.of(2022, 1), 60, 5, 2)));
        runs.put("open-weight ban", EnsembleStatistics.of(SyntheticRun.generate(regions, List.of("L1"), YearMonth.of(2023, 1), 48, 5, 3)));
        runs.put("tiny", EnsembleStatistics.of(TinyRun.results()));
        return runs;
    }

    @Test
    void overlaysOneLinePerRunInItsOwnColour() throws Exception {
        JFreeChart chart = new CompareCharts(runs()).overlay("capability.open", "Capability (points)");
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        assertEquals(3, items.getItemCount());
        for (int i = 0; i < 3; i++) assertEquals(ReportColours.region(i), items.get(i).getFillPaint());
        assertTrue(chart.getSubtitle(0).toString() != null);
        Path png = tmp.resolve("compare.png");
        PngFiles.writePng(png, chart, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
        RunReportWriterTest.assertDrawn(png);
        assertThrows(IllegalArgumentException.class, () -> new CompareCharts(runs()).overlay("nope", "y"));
    }
}
