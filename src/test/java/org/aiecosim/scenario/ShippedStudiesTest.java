package org.aiecosim.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped sweep and sensitivity file loads, and begins with the question it answers. */
class ShippedStudiesTest {

    @Test
    void everyShippedStudyLoads() throws IOException, ScenarioException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios/sweeps"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 3, files.toString());
        int sensitivity = 0;
        for (Path f : files) {
            boolean sens = Files.readString(f).contains("type: morris") || Files.readString(f).contains("type: saltelli");
            StudySpec spec = StudyLoader.load(f, sens);
            assertTrue(!spec.description().isBlank(), f + " has no leading question");
            assertTrue(!spec.factors().isEmpty() && !spec.outcomes().isEmpty(), f.toString());
            if (sens) sensitivity++;
        }
        assertTrue(sensitivity >= 1, "at least one sensitivity study is shipped");
    }
}
