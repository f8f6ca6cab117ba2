package org.aiecosim.spark;

import org.aiecosim.experiment.study.StudyDesign;
import org.aiecosim.experiment.study.StudyEngine;
import org.aiecosim.experiment.study.StudyFiles;
import org.aiecosim.experiment.study.StudyRun;
import org.aiecosim.experiment.study.StudyRunner;
import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark engine against the local one, with evaluators that stand in for the model so failures
 * can be placed exactly: model errors become error rows; other task failures are retried by Spark.
 */
class SparkEngineTest {
    @TempDir
    Path tmp;

    StudySpec spec;
    List<double[]> points;

    @BeforeEach
    void study() throws Exception {
        // 9 points x 3 replications = 27 runs: several chunks of 4-run tasks on local[2].
        spec = StudyLoader.load(StudyFiles.grid(tmp, "e", 9, 3, 500), false);
        points = StudyDesign.points(spec);
    }

    static SparkConf conf(String master) {
        return SparkEngine.configure(master, "aiecosim test").set("spark.ui.enabled", "false");
    }

    List<StudyRun> runAll(StudyEngine engine, long first) throws Exception {
        List<StudyRun> seen = new ArrayList<>();
        try (engine) {
            engine.run(spec, points, first, seen::add);
        }
        return seen;
    }

    static void assertSameRuns(List<StudyRun> expected, List<StudyRun> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            StudyRun e = expected.get(i), a = actual.get(i);
            assertEquals(e.index(), a.index(), "run " + i);
            assertEquals(e.point(), a.point());
            assertEquals(e.replication(), a.replication());
            assertEquals(e.seed(), a.seed());
            assertArrayEquals(e.parameters(), a.parameters());
            assertArrayEquals(e.outcomes(), a.outcomes());
            assertEquals(e.error(), a.error());
        }
    }

    @Test
    void aRunThatThrowsIsAnErrorRowAsWithTheLocalEngine() throws Exception {
        double bad = points.get(4)[0];
        RemoteEvaluator failAtPointFour = (s, x, seed) -> {
            if (x[0] == bad) throw new IllegalStateException("boom at " + x[0]);
            return new double[] {x[0] * 10, seed % 7};
        };
        List<StudyRun> local = new ArrayList<>();
        new StudyRunner(2, failAtPointFour).run(spec, points, 0, local::add);
        List<StudyRun> spark = runAll(new SparkEngine(conf("local[2]"), failAtPointFour), 0);
        assertSameRuns(local, spark);
        assertEquals(3, spark.stream().filter(StudyRun::failed).count());
        assertTrue(spark.get(12).error().startsWith("IllegalStateException: boom"), spark.get(12).error());
    }

    @Test
    void resumingStartsAtTheFirstUnfinishedRun() throws Exception {
        RemoteEvaluator e = (s, x, seed) -> new double[] {x[0], seed};
        List<StudyRun> spark = runAll(new SparkEngine(conf("local[2]"), e), 10);
        assertEquals(17, spark.size());
        assertEquals(10, spark.get(0).index());
        List<StudyRun> local = new ArrayList<>();
        new StudyRunner(1, e).run(spec, points, 10, local::add);
        assertSameRuns(local, spark);
    }

    /** Fails the first attempt of the task holding the last point, outside the model (an Error, not a RuntimeException). */
    static RemoteEvaluator flaky(File marker, double at) {
        return (s, x, seed) -> {
            try {
                if (x[0] == at && marker.createNewFile()) throw new IOError(new IOException("executor disk went away"));
            } catch (IOException e) {
                throw new IOError(e);
            }
            return new double[] {x[0], seed % 11};
        };
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndTheStudyCompletes() throws Exception {
        File marker = tmp.resolve("failed-once").toFile();
        double last = points.get(8)[0];
        // local[N,F]: N cores, each task tried up to F times (local mode does not retry by default).
        List<StudyRun> spark = runAll(new SparkEngine(conf("local[2,3]"), flaky(marker, last)), 0);
        assertTrue(marker.exists(), "the flaky task never failed");
        List<StudyRun> local = new ArrayList<>();
        new StudyRunner(2, (s, x, seed) -> new double[] {x[0], seed % 11}).run(spec, points, 0, local::add);
        assertSameRuns(local, spark);
        assertTrue(spark.stream().noneMatch(StudyRun::failed));
    }

    @Test
    void aTaskThatKeepsFailingFailsTheStudyAfterWritingAPrefix() throws Exception {
        File marker = tmp.resolve("failed").toFile();
        double last = points.get(8)[0];
        List<StudyRun> seen = new ArrayList<>();
        try (SparkEngine engine = new SparkEngine(conf("local[2]"), flaky(marker, last))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.run(spec, points, 0, seen::add));
            assertTrue(e.getMessage().contains("executor disk went away"), e.getMessage());
        }
        assertTrue(seen.size() < 24, "runs of the last point must not be delivered: " + seen.size());
        for (int i = 0; i < seen.size(); i++) assertEquals(i, seen.get(i).index());
    }

    @Test
    void aStudyShipsWithoutItsFiles() throws Exception {
        StudyPayload p = StudyPayload.of(spec, points);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        StudyPayload copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (StudyPayload) in.readObject();
        }
        Files.delete(spec.source());
        StudySpec s = copy.spec();
        assertEquals(spec.factorKeys(), s.factorKeys());
        assertEquals(spec.outcomes(), s.outcomes());
        assertEquals(spec.seed(), s.seed());
        assertEquals(spec.replications(), s.replications());
        // The rebuilt spec runs the model to the same outcomes as the original.
        assertArrayEquals(StudyRunner.simulate(spec, points.get(1), 42L), StudyRunner.simulate(s, copy.points().get(1), 42L));
    }
}
