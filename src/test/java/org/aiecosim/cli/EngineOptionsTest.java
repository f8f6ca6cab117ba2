package org.aiecosim.cli;

import org.aiecosim.experiment.study.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** {@code --engine}, {@code --master} and {@code --threads}: what goes together, and the default build without Spark. */
class EngineOptionsTest {
    @TempDir
    Path tmp;

    static boolean sparkBuilt() {
        try {
            Class.forName(EngineOptions.SPARK_ENGINE);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    void assertBadInput(String expected, String... args) throws Exception {
        Path file = StudyFiles.grid(tmp, "o", 2, 1, 500);
        Path out = tmp.resolve("out");
        String[] all = new String[args.length + 4];
        all[0] = "sweep";
        all[1] = file.toString();
        all[2] = "--out";
        all[3] = out.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        CliRunner r = CliRunner.run(all);
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(expected), "expected [" + expected + "] in: " + r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void withoutTheSparkProfileTheSparkEngineSaysHowToGetIt() throws Exception {
        assumeFalse(sparkBuilt(), "this build has the Spark engine (mvn -Pspark)");
        assertBadInput("this aiecosim was built without Spark; build it with 'mvn -Pspark package'", "--engine", "spark");
    }

    @Test
    void optionsOfOneEngineAreRefusedWithTheOther() throws Exception {
        assertBadInput("--master is for --engine spark", "--master", "local[2]");
        assertBadInput("--threads is for the local engine", "--engine", "spark", "--threads", "2");
        assertBadInput("--threads 0: expected 1 to 1024", "--threads", "0");
        assertBadInput("expected one of [local, spark]", "--engine", "flink");
    }
}
