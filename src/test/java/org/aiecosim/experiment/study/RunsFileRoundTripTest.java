package org.aiecosim.experiment.study;

import org.aiecosim.io.CsvDialect;
import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code runs.csv} written by {@link RunsFile} reads back through {@link RunsReader} and
 * {@link RunsFile#resume}, failed runs with awkward error messages included.
 */
class RunsFileRoundTripTest {
    /** Comma, quotes and a line break: the first two are kept, the line break becomes a space (one run, one line). */
    static final String NASTY = "IllegalStateException: price \"diverged\", month 7\nat Market.clear";

    @TempDir
    Path tmp;

    StudySpec spec() throws Exception {
        String text = "scenario: " + StudyFiles.BASELINE + "\nseed: 3\nreplications: 2\ndesign: {type: grid}\n"
                + "parameters:\n  market.supplyGrowth: {values: [0.1, 0.2]}\n  market.depreciation: {values: [0.01]}\n"
                + "outcomes:\n  - {name: y, indicator: chips.price, month: 2030-12}\n  - {name: z, indicator: chips.price, month: 2029-12}\n";
        return StudyLoader.load(Files.writeString(tmp.resolve("s.yaml"), text), false);
    }

    /** Point 0: two good runs; point 1: a failed run and a run with an undefined outcome. */
    Path write(StudySpec spec) throws IOException {
        Path f = tmp.resolve("runs.csv");
        try (RunsFile runs = RunsFile.create(f, spec)) {
            runs.append(new StudyRun(0, 0, 0, 11, new double[] {0.1, 0.01}, new double[] {1.5, -2e-9}, null));
            runs.append(new StudyRun(1, 0, 1, 12, new double[] {0.1, 0.01}, new double[] {2.5, 3.0}, null));
            runs.append(new StudyRun(2, 1, 0, 13, new double[] {0.2, 0.01}, new double[] {Double.NaN, Double.NaN}, NASTY));
            runs.append(new StudyRun(3, 1, 1, 14, new double[] {0.2, 0.01}, new double[] {4.0, Double.NaN}, null));
        }
        return f;
    }

    @Test
    void summariesAndValuesReadBackWhatWasWritten() throws Exception {
        StudySpec spec = spec();
        Path f = write(spec);

        List<PointSummary> points = RunsReader.summarise(f, spec);
        assertEquals(2, points.size());
        assertArrayEquals(new double[] {0.1, 0.01}, points.get(0).parameters());
        assertArrayEquals(new double[] {0.2, 0.01}, points.get(1).parameters());
        assertEquals(0, points.get(0).failed());
        assertEquals(1, points.get(1).failed());
        assertEquals(2.0, points.get(0).outcomes().get(0).mean());
        assertEquals(2, points.get(0).outcomes().get(1).n());
        assertEquals(4.0, points.get(1).outcomes().get(0).mean());
        assertEquals(1, points.get(1).outcomes().get(0).n());
        assertEquals(0, points.get(1).outcomes().get(1).n());

        double[][][] v = RunsReader.values(f, spec, 2);
        assertArrayEquals(new double[] {1.5, -2e-9}, v[0][0]);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, v[1][0]);
        assertArrayEquals(new double[] {4.0, Double.NaN}, v[1][1]);
    }

    @Test
    void theErrorKeepsItsCommasAndQuotesOnOneLine() throws Exception {
        StudySpec spec = spec();
        Path f = write(spec);
        List<String> lines = Files.readAllLines(f);
        assertEquals(5, lines.size(), "header and one line a run");
        assertEquals("run,point,replication,seed,market.supplyGrowth,market.depreciation,y,z,status,error", lines.get(0));
        assertEquals("0,0,0,11,0.1,0.01,1.5,-2.0E-9,ok,", lines.get(1));
        assertEquals("2,1,0,13,0.2,0.01,,,error,\"IllegalStateException: price \"\"diverged\"\", month 7 at Market.clear\"", lines.get(3));
        try (CSVParser csv = CsvDialect.parser(Files.newBufferedReader(f, StandardCharsets.UTF_8))) {
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(NASTY.replace('\n', ' '), rows.get(3).get(9));
            assertEquals("", rows.get(1).get(9));
        }
    }

    @Test
    void resumeCountsTheRunsAndDropsALineCutShort() throws Exception {
        StudySpec spec = spec();
        Path f = write(spec);
        String whole = Files.readString(f);
        Files.writeString(f, whole + "4,0,0,15,0.1,0.0");
        long[] finished = new long[1];
        try (RunsFile runs = RunsFile.resume(f, spec, finished)) {
            assertEquals(4, finished[0]);
            runs.append(new StudyRun(4, 0, 0, 15, new double[] {0.1, 0.01}, new double[] {1.0, 1.0}, null));
        }
        assertEquals(whole + "4,0,0,15,0.1,0.01,1.0,1.0,ok,\n", Files.readString(f));
    }

    @Test
    void resumeRefusesAFileChangedByHand() throws Exception {
        StudySpec spec = spec();
        Path f = write(spec);
        String whole = Files.readString(f);
        long[] finished = new long[1];

        Files.writeString(f, whole.replace("\n1,0,1,12,", "\n7,0,1,12,"));
        assertTrue(assertThrows(IOException.class, () -> RunsFile.resume(f, spec, finished)).getMessage()
                .endsWith("runs.csv: line 3 is not run 1; the file was changed by hand?"));

        Files.writeString(f, whole.replace("\n1,0,1,12,", "\n\n1,0,1,12,"));
        assertTrue(assertThrows(IOException.class, () -> RunsFile.resume(f, spec, finished)).getMessage()
                .contains("blank lines or rows over several lines"));

        Files.writeString(f, whole.replace(",ok,\n", ",ok\n"));
        assertTrue(assertThrows(IOException.class, () -> RunsFile.resume(f, spec, finished)).getMessage()
                .endsWith("runs.csv: line 2 is not run 0; the file was changed by hand?"));
    }
}
