package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWritersTest {

    private static List<String> lines(String text) {
        assertTrue(text.endsWith("\n"));
        return List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }

    @Test
    void indicatorsCsvIsTidyLongFormat() throws IOException {
        StringWriter w = new StringWriter();
        IndicatorsCsv.write(w, TinyRun.results());
        List<String> lines = lines(w.toString());
        assertEquals("replication,seed,month,date,indicator,value", lines.get(0));
        assertEquals(1 + TinyRun.REPLICATIONS * TinyRun.MONTHS * TinyRun.NON_LAB, lines.size());
        assertEquals("0,1001,0,2022-01,x,1.0", lines.get(1));
        // replication 1 (second block), month 2 (third block of 6), capability.region.A (second row)
        assertEquals("1,1002,2,2022-03,capability.region.A,12.5", lines.get(1 + 18 + 12 + 1));
        assertEquals("1,1002,2,2022-03,capability.region.B,", lines.get(1 + 18 + 12 + 2));
        assertTrue(lines.stream().noneMatch(l -> l.contains(",lab.")));
    }

    @Test
    void labsCsvHasOneRowPerReplicationMonthAndLab() throws IOException {
        StringWriter w = new StringWriter();
        LabsCsv.write(w, TinyRun.results());
        List<String> lines = lines(w.toString());
        assertEquals("replication,seed,month,date,lab,capability,open,adopters,revenue,compute,derivatives,vendorAdopters", lines.get(0));
        assertEquals(1 + TinyRun.REPLICATIONS * TinyRun.MONTHS * 2, lines.size());
        assertEquals("2,1003,1,2022-02,L2,22.0,1.0,201.0,3.0,1002.0,,", lines.get(1 + 12 + 2 + 1)); // no derivatives or vendorAdopters column in this table: empty
    }

    @Test
    void ensembleCsvHasStatisticsPerIndicatorAndMonth() throws IOException {
        StringWriter w = new StringWriter();
        EnsembleCsv.write(w, EnsembleStatistics.of(TinyRun.results()));
        List<String> lines = lines(w.toString());
        assertEquals("indicator,month,date,n,mean,sd,ci95_low,ci95_high", lines.get(0));
        assertEquals(1 + TinyRun.MONTHS * TinyRun.NON_LAB, lines.size());
        String[] row = lines.get(2).split(",", -1);
        assertEquals(List.of("x", "1", "2022-02", "3", "12.0", "1.0"), List.of(row).subList(0, 6));
        assertEquals(12 - 2.484138, Double.parseDouble(row[6]), 1e-6);
        assertEquals(12 + 2.484138, Double.parseDouble(row[7]), 1e-6);
        // lag.region.B month 0: one value, so sd and interval are empty
        assertEquals("lag.region.B,0,2022-01,1,4.0,,,", lines.get(1 + 3 * TinyRun.MONTHS));
    }

    @Test
    void summaryCsvHasEndOfRunStatistics() throws IOException {
        StringWriter w = new StringWriter();
        SummaryCsv.write(w, EnsembleStatistics.of(TinyRun.results()));
        List<String> lines = lines(w.toString());
        assertEquals("indicator,n,mean,sd,ci95_low,ci95_high", lines.get(0));
        assertEquals(1 + TinyRun.NON_LAB, lines.size());
        assertTrue(lines.get(1).startsWith("x,3,22.0,1.0,"), lines.get(1));
        assertEquals("compute.share.A,3,0.75,0.0,0.75,0.75", lines.get(5));
    }
}
