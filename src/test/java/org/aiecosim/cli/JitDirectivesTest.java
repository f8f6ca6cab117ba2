package org.aiecosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's compiler directives ({@code src/main/jvm/c2-directives.json}) are accepted by this JVM,
 * and {@link JitDirectives} installs them, or reports a broken file without stopping the program. Each
 * case runs in its own JVM, so the test JVM's compilation is left alone.
 */
class JitDirectivesTest {
    private static final Path SHIPPED = Path.of("src/main/jvm/c2-directives.json");

    @TempDir
    Path tmp;

    /** Exit status and output of a fresh JVM with the test class path. */
    private record Ran(int status, String out) {}

    private Ran java(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(args);
        Path out = tmp.resolve("out-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "JVM did not finish");
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void theShippedFileIsValidForThisJvm() throws Exception {
        // The JVM option parses the file strictly: a syntax error stops the JVM.
        Ran r = java(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + SHIPPED, "-version"));
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("2 compiler directives added"), r.out());
    }

    @Test
    void theProgramInstallsThemQuietlyAndSurvivesABrokenFile() throws Exception {
        Ran ok = java(List.of(Probe.class.getName(), SHIPPED.toString()));
        assertEquals(0, ok.status(), ok.out());
        assertEquals("answer: 2 compiler directives added", ok.out().strip());

        // A checkout whose path has a space (the command re-parses its arguments).
        Path spaced = tmp.resolve("a folder with spaces");
        Files.createDirectories(spaced);
        Files.copy(SHIPPED, spaced.resolve("c2 directives.json"));
        Ran withSpaces = java(List.of(Probe.class.getName(), spaced.resolve("c2 directives.json").toString()));
        assertEquals("answer: 2 compiler directives added", withSpaces.out().strip());

        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "[ { match: \"*.*\", c2: { Exclude: tru } } ]");
        Ran bad = java(List.of(Probe.class.getName(), broken.toString()));
        assertEquals(0, bad.status(), bad.out());
        // The JVM's complaint comes back as the answer; nothing else is printed.
        assertTrue(bad.out().strip().startsWith("answer:") && bad.out().strip().lines().count() == 1
                && !bad.out().contains("directives added"), bad.out());
    }

    /** Installs the directives of {@code args[0]} and prints the JVM's answer, which must be all it prints. */
    public static final class Probe {
        public static void main(String[] args) {
            String answer = JitDirectives.install(args[0]);
            System.out.println("answer: " + (answer == null ? "none" : answer.strip().replace('\n', ' ')));
        }
    }
}
