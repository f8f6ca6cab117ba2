package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.aiecosim.observation.IndicatorTable;
import org.aiecosim.result.ReplicationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code indicators.csv} written by {@link IndicatorsCsv} reads back through {@link IndicatorsCsvReader} unchanged. */
class IndicatorsCsvRoundTripTest {

    @TempDir
    Path tmp;

    private Path write(List<ReplicationResult> results) throws IOException {
        Path f = tmp.resolve("indicators.csv");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            IndicatorsCsv.write(w, results);
        }
        return f;
    }

    @Test
    void namesWithCommasQuotesAndLineBreaksAndUndefinedValuesSurvive() throws IOException {
        String nasty = "share, \"open\"\nof adopters";
        List<String> names = List.of("x", nasty, "y");
        IndicatorTable t = new IndicatorTable(YearMonth.of(2023, 11), names, 3);
        for (int m = 0; m < 3; m++) {
            t.set(m, 0, 0.1 * m);
            t.set(m, 1, m == 1 ? Double.NaN : -1e-7 * (m + 1));
            t.set(m, 2, 1e300);
        }
        Path f = write(List.of(new ReplicationResult(0, 42, t)));
        assertTrue(Files.readString(f).contains(",\"share, \"\"open\"\"\nof adopters\","), "quoted on write");

        List<ReplicationResult> back = IndicatorsCsvReader.read(f);
        assertEquals(1, back.size());
        ReplicationResult r = back.get(0);
        assertEquals(0, r.replication());
        assertEquals(42, r.seed());
        IndicatorTable u = r.table();
        assertEquals(names, u.names());
        assertEquals(3, u.months());
        assertEquals(YearMonth.of(2023, 11), u.monthAt(0));
        for (int m = 0; m < 3; m++) {
            for (int i = 0; i < names.size(); i++) assertEquals(t.get(m, i), u.get(m, i), names.get(i) + " month " + m);
        }
    }

    @Test
    void everyNonLabValueOfARunSurvives() throws IOException {
        List<ReplicationResult> results = TinyRun.results();
        List<ReplicationResult> back = IndicatorsCsvReader.read(write(results));
        assertEquals(results.size(), back.size());
        for (int r = 0; r < results.size(); r++) {
            IndicatorTable t = results.get(r).table(), u = back.get(r).table();
            assertEquals(results.get(r).seed(), back.get(r).seed());
            assertEquals(TinyRun.NON_LAB, u.names().size());
            for (String name : u.names()) {
                for (int m = 0; m < t.months(); m++) assertEquals(t.get(m, t.indexOf(name)), u.get(m, u.indexOf(name)), name);
            }
        }
    }

    @Test
    void aMalformedFileNamesFileAndLine() throws IOException {
        Path f = Files.writeString(tmp.resolve("bad.csv"), "replication,seed,month,date,indicator,value\n0,1,0,2022-01,x,1.0\n0,1,1,2022-02,x\n");
        IOException e = assertThrows(IOException.class, () -> IndicatorsCsvReader.read(f));
        assertEquals(f + ":3: expected 6 fields, got 5", e.getMessage());

        Path g = Files.writeString(tmp.resolve("unterminated.csv"), "replication,seed,month,date,indicator,value\n0,1,0,2022-01,\"x,1.0\n");
        IOException h = assertThrows(IOException.class, () -> IndicatorsCsvReader.read(g));
        assertTrue(h.getMessage().startsWith(g + ":"), h.getMessage());

        Path other = Files.writeString(tmp.resolve("other.csv"), "a,b\n1,2\n");
        assertEquals(other + ": not an aiecosim indicators.csv (unexpected header)",
                assertThrows(IOException.class, () -> IndicatorsCsvReader.read(other)).getMessage());
    }
}
