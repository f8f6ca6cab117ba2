package org.aiecosim.app;

import org.aiecosim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Byte-identity guard: small runs of every command that writes CSV ({@code run}, {@code resume},
 * {@code compare}, {@code sweep}, {@code sensitivity}, {@code calibrate}) through the command line,
 * with every CSV's SHA-256 compared against {@code src/test/resources/golden/<case>.sha256}.
 *
 * <p>Refactorings must leave these checksums alone. When the model or an output format changes on
 * purpose, regenerate them deliberately and commit them with the change that explains why:
 * <pre>{@code
 * mvn -B test -Dtest=OutputIdentityTest -Daiecosim.golden.update=true
 * }</pre>
 * Only CSV files are compared: report.html, PNGs, run-info.txt and other files with timestamps,
 * timings or absolute paths legitimately vary.
 */
class OutputIdentityTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("aiecosim.golden.update");
    private static final String BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    @Test
    void everyCommandWritesTheSameCsvBytesAsBefore() throws IOException {
        List<String> mismatches = new ArrayList<>();
        String[] small = {"--seed", "11", "--reps", "2", "--threads", "2", "--set", "developers.count=2000", "--set", "months=36"};

        Path run = tmp.resolve("run");
        cli(cat(new String[] {"run", BASELINE, "--checkpoint-every", "12", "--out", run.toString()}, small));
        check("run", run, mismatches);

        Path strict = tmp.resolve("strict");
        cli(cat(new String[] {"run", "scenarios/strict-export-controls.yaml", "--out", strict.toString()}, small));
        check("run-strict", strict, mismatches);

        Path resumed = tmp.resolve("resumed");
        cli("resume", run.resolve("checkpoints/rep-1-month-12.ckpt").toString(), "--out", resumed.toString());
        check("resume", resumed, mismatches);

        Path cmp = tmp.resolve("compare");
        cli("compare", run.toString(), strict.toString(), "--out", cmp.toString());
        check("compare", cmp, mismatches);

        Path sweepFile = Files.writeString(tmp.resolve("g.yaml"), "name: g\nscenario: " + BASELINE + "\nseed: 5\nreplications: 2\n"
                + "design: {type: grid}\n"
                + "parameters:\n  region.China.chipAccess: {values: [0.0, 0.5, 1.0]}\n"
                + "set:\n  developers.count: 1000\n  region.China.leakage: 0.1\n"
                + "outcomes:\n  - {name: lag, indicator: lag.region.China, from: 2029-01, to: 2030-12}\n"
                + "  - {name: share, indicator: compute.share.China, month: 2030-12}\n");
        Path sweep = tmp.resolve("sweep");
        cli("sweep", sweepFile.toString(), "--threads", "2", "--out", sweep.toString());
        check("sweep", sweep, mismatches);

        Path sensFile = Files.writeString(tmp.resolve("m.yaml"), "name: m\nscenario: " + BASELINE + "\nseed: 7\nreplications: 1\n"
                + "design: {type: morris, trajectories: 4, bootstrap: 50}\n"
                + "parameters:\n  release.spilloverCost: {min: 0, max: 2000}\n  lineage.postTrainingEfficiency: {min: 0, max: 1}\n"
                + "set: {developers.count: 1000}\n"
                + "outcomes: [{name: lag, indicator: lag.region.China, from: 2029-01, to: 2030-12}]\n");
        Path sens = tmp.resolve("sensitivity");
        cli("sensitivity", sensFile.toString(), "--threads", "2", "--out", sens.toString());
        check("sensitivity", sens, mismatches);

        Path smallScenario = Files.writeString(tmp.resolve("small.yaml"), "base: " + BASELINE + "\nname: small\n"
                + "parameters:\n  developers.count: 1000\n");
        Path calFile = Files.writeString(tmp.resolve("c.yaml"), "name: c\nscenario: " + smallScenario + "\ntargets: "
                + Path.of("calibration/targets.yaml").toAbsolutePath() + "\nseed: 9\nreplications: 2\nmonths: 48\nmaxEvaluations: 4\n"
                + "parameters:\n  training.computeShare: {min: 0.002, max: 0.9}\n  release.spilloverCost: {min: 0, max: 3000}\n");
        Path cal = tmp.resolve("calibrate");
        cli("calibrate", calFile.toString(), "--threads", "2", "--out", cal.toString());
        check("calibrate", cal, mismatches);

        if (!mismatches.isEmpty()) {
            fail("CSV output changed; a refactoring must not change any output byte.\n" + String.join("\n", mismatches)
                    + "\nIf the model or a format changed on purpose, regenerate the checksums deliberately with\n"
                    + "  mvn -B test -Dtest=OutputIdentityTest -Daiecosim.golden.update=true\n"
                    + "and commit src/test/resources/golden/ with the change that explains why.");
        }
    }

    /** Compares (or, when updating, rewrites) the checksums of every CSV below {@code folder}. */
    private static void check(String name, Path folder, List<String> mismatches) throws IOException {
        String actual = checksums(folder);
        Path file = GOLDEN.resolve(name + ".sha256");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual);
            return;
        }
        if (!Files.exists(file)) {
            mismatches.add(name + ": no golden checksums in " + file);
            return;
        }
        List<String> expected = Files.readAllLines(file), got = actual.lines().toList();
        for (String line : expected) if (!got.contains(line)) mismatches.add(name + ": expected " + line + ", got " + lineFor(got, line));
        for (String line : got) if (expected.stream().noneMatch(e -> path(e).equals(path(line)))) mismatches.add(name + ": new file " + line);
    }

    private static String lineFor(List<String> lines, String expected) {
        return lines.stream().filter(l -> path(l).equals(path(expected))).findFirst().orElse("(file missing)");
    }

    private static String path(String line) {
        return line.substring(line.indexOf("  ") + 2);
    }

    /** {@code sha256sum} format, sorted by relative path with '/' separators. */
    static String checksums(Path folder) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                String rel = folder.relativize(f).toString().replace('\\', '/');
                b.append(sha256(Files.readAllBytes(f))).append("  ").append(rel).append('\n');
            }
        }
        return b.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void cli(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try {
            PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            status = Main.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals(0, status, String.join(" ", args) + "\n" + out.toString(StandardCharsets.UTF_8));
    }

    private static String[] cat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
