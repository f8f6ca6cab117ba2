package org.aiecosim.experiment.study;

import org.aiecosim.scenario.StudyLoader;
import org.aiecosim.scenario.StudySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyRunnerTest {
    @TempDir
    Path tmp;

    @Test
    void runsArriveInOrderAndAFailingRunIsRecordedWhileTheStudyGoesOn() throws Exception {
        StudySpec spec = StudyLoader.load(StudyFiles.grid(tmp, "s", 4, 3, 500), false);
        List<double[]> points = StudyDesign.points(spec);
        assertEquals(4, points.size());
        List<StudyRun> seen = new ArrayList<>();
        StudyRunner.Evaluator failOnPointTwo = (s, x, seed) -> {
            if (x[0] == points.get(2)[0]) throw new IllegalStateException("boom at " + x[0]);
            return new double[] {x[0] * 10, seed % 7};
        };
        new StudyRunner(3, failOnPointTwo).run(spec, points, 0, seen::add);
        assertEquals(12, seen.size());
        for (int i = 0; i < 12; i++) {
            StudyRun r = seen.get(i);
            assertEquals(i, r.index());
            assertEquals(i / 3, r.point());
            assertEquals(r.point() == 2, r.failed(), "run " + i);
            if (r.failed()) {
                assertTrue(r.error().contains("IllegalStateException: boom"), r.error());
                assertTrue(Double.isNaN(r.outcomes()[0]));
            } else {
                assertNull(r.error());
                assertEquals(points.get(r.point())[0] * 10, r.outcomes()[0], 0);
            }
        }
    }
}
