package org.aiecosim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Writes scenario text to a test's temporary folder and loads it. */
final class TestFiles {
    /** The smallest lab section that makes a scenario valid. */
    static final String ONE_LAB = "labs:\n  - {name: A, region: US, kind: frontier, compute: 1, budget: 1, capability: 1000}\n";

    private TestFiles() {}

    static Path write(Path dir, String fileName, String yaml) {
        try {
            return Files.writeString(dir.resolve(fileName), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario load(Path dir, String fileName, String yaml) throws ScenarioException {
        return ScenarioLoader.load(write(dir, fileName, yaml));
    }

    /** Loads {@code yaml}, expecting it to be rejected. */
    static ScenarioException reject(Path dir, String fileName, String yaml) {
        Path file = write(dir, fileName, yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    }

    /**
     * Asserts that the rendered message has a line {@code <file>:<line>: <key>: ...} containing every fragment,
     * and prints it so the test output shows real messages.
     */
    static void assertProblem(ScenarioException e, int line, String key, String... fragments) {
        String head = e.file() + ":" + line + ": " + (key.isEmpty() ? "" : key + ": ");
        for (String rendered : e.getMessage().split("\n")) {
            if (!rendered.startsWith(head)) continue;
            boolean all = true;
            for (String f : fragments) all &= rendered.contains(f);
            if (all) {
                System.out.println(rendered);
                assertTrue(rendered.contains(Path.of(e.file()).getFileName().toString()));
                return;
            }
        }
        fail("no problem starting '" + head + "' with " + String.join(" & ", fragments) + " in:\n" + e.getMessage());
    }
}
