package org.aiecosim.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an interrupted sweep or sensitivity study prints: the exact command that continues it. */
class StudyInterruptTest {

    @Test
    void resumeCommandRepeatsFileFolderAndEngine() {
        assertEquals("aiecosim sweep scenarios/sweeps/export-controls.yaml --out results/export-controls/20260101-120000-seed7 --resume",
                StudyExecution.resumeCommand("sweep", Path.of("scenarios/sweeps/export-controls.yaml"),
                        Path.of("results/export-controls/20260101-120000-seed7"), EngineChoice.local(null)));
        assertEquals("aiecosim sensitivity s.yaml --out out --resume --threads 3",
                StudyExecution.resumeCommand("sensitivity", Path.of("s.yaml"), Path.of("out"), EngineChoice.local(3)));
        assertEquals("aiecosim sweep s.yaml --out out --resume --engine spark --master 'local[2]'",
                StudyExecution.resumeCommand("sweep", Path.of("s.yaml"), Path.of("out"),
                        new EngineChoice(EngineChoice.Engine.spark, null, "local[2]")));
        // the study's own options: resuming needs the same study
        assertEquals("aiecosim sweep s.yaml --out out --resume --set developers.count=5000 --reps 2 --threads 3",
                StudyExecution.resumeCommand("sweep", Path.of("s.yaml"), Path.of("out"), EngineChoice.local(3),
                        java.util.List.of("--set", "developers.count=5000", "--reps", "2")));
    }

    @Test
    void pathsThatNeedQuotingAreQuoted() {
        assertEquals("aiecosim sweep 'my studies/a b.yaml' --out 'it'\\''s here' --resume",
                StudyExecution.resumeCommand("sweep", Path.of("my studies/a b.yaml"), Path.of("it's here"), EngineChoice.local(null)));
    }

    @Test
    void theLauncherNameIsUsed() {
        System.setProperty(Status.PROGRAM_PROPERTY, "./aiecosim");
        try {
            assertTrue(StudyExecution.resumeCommand("sweep", Path.of("s.yaml"), Path.of("o"), EngineChoice.local(null)).startsWith("./aiecosim sweep "));
        } finally {
            System.clearProperty(Status.PROGRAM_PROPERTY);
        }
    }

    @Test
    void messageSaysHowManyRunsAreKept() {
        String m = StudyExecution.interruptedMessage("sweep", 17, 120, "aiecosim sweep s.yaml --out o --resume");
        assertEquals("aiecosim sweep interrupted: 17 of 120 runs finished (kept in runs.csv); to continue:"
                + System.lineSeparator() + "  aiecosim sweep s.yaml --out o --resume", m);
    }
}
