package org.aiecosim.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad input gets its own clear message, exit status 2, and no file is created. */
class BadInputTest {
    static final String LAB = "labs:\n  - {name: L, region: US, kind: startup, compute: 100, budget: 10, capability: 900}\n";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key      | nmae: x\\n                              | bad.yaml:1: nmae: | did you mean 'name'?",
            "unknown param    | parameters:\\n  market.supplyGrwth: 0.1\\n | bad.yaml:2: parameters.market.supplyGrwth: | did you mean 'market.supplyGrowth'?",
            "wrong type       | months: many\\n                         | bad.yaml:1: months: | integer",
            "out of range     | parameters:\\n  region.China.chipAccess: 1.5\\n | bad.yaml:2: parameters.region.China.chipAccess: | from 0 to 1",
            "malformed date   | start: 2022-13\\n                       | bad.yaml:1: start: | YYYY-MM",
            "yaml syntax      | parameters: [1, 2\\n                    | bad.yaml:2: | YAML syntax error",
    })
    void badScenarioFileIsRejectedWithFileLineKeyAndNothingWritten(String kind, String yaml, String where, String allowed) throws IOException {
        Path file = tmp.resolve("bad.yaml");
        String text = yaml.strip().replace("\\n", "\n");
        if (!kind.startsWith("yaml")) text = text + "\n" + LAB;
        Files.writeString(file, text);
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", file.toString(), "--out", out.toString(), "--reps", "1");
        assertEquals(2, r.status(), kind + ": " + r.err());
        assertTrue(r.err().contains(where.strip()), kind + ": " + r.err());
        assertTrue(r.err().contains(allowed.strip()), kind + ": " + r.err());
        assertNothingWritten(out);

        CliRunner v = CliRunner.run("validate", file.toString());
        assertEquals(2, v.status());
        assertTrue(v.err().contains(where.strip()), v.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--set unknown    | --set | market.supplyGrwth=0.1       | did you mean 'market.supplyGrowth'",
            "--set bad value  | --set | market.supplyGrowth=abc      | expected a number",
            "--set no equals  | --set | market.supplyGrowth          | expected key=value",
            "--threads 0      | --threads | 0                        | expected 1 to 1024",
            "--reps 0         | --reps | 0                           | replications",
            "--reps named     | --reps | 0                           | --reps 0: expected a number of replications from 1 to 10000",
    })
    void badFlagsAreRejectedAndNothingWritten(String kind, String flag, String value, String message) {
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--out", out.toString(), flag.strip(), value.strip());
        assertEquals(2, r.status(), kind + ": " + r.err());
        assertTrue(r.err().contains(message.strip()), kind + ": " + r.err());
        assertNothingWritten(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing file | scenarios/nosuch.yaml | no such scenario file",
            "a folder     | scenarios             | is a folder",
    })
    void badPathsAreRejected(String kind, String path, String message) {
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", path.strip(), "--out", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(message.strip()), r.err());
        assertNothingWritten(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "folder name  | results/nosuch      | looked for a result folder of aiecosim run",
            "yaml name    | scenarios/nosuch.yaml | looked for a scenario file",
    })
    void compareOfAMissingInputSaysItCouldBeEitherKind(String kind, String path, String looked) {
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("compare", path.strip(), "scenarios/baseline.yaml", "--out", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith(path.strip() + ": no such result folder or scenario file ("), r.err());
        assertTrue(r.err().contains(looked.strip()), r.err());
        assertTrue(!r.err().contains("no such scenario file"), r.err());
        assertNothingWritten(out);
    }

    @org.junit.jupiter.api.Test
    void helpListsEveryCommandCleanly() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.status());
        for (String c : new String[] {"run", "resume", "gui", "sweep", "sensitivity", "compare", "calibrate", "validate", "params"}) {
            assertTrue(r.out().contains("  " + c + " "), c);
        }
        assertTrue(!r.err().contains("WARN") && !r.out().contains("WARN"), r.err());
    }

    @org.junit.jupiter.api.Test
    void unknownFlagIsAUsageError() {
        CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--sede", "3");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--sede"), r.err());
    }

    @org.junit.jupiter.api.Test
    void validateAcceptsEveryShippedScenario() throws IOException {
        String[] files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().toArray(String[]::new);
        }
        assertTrue(files.length >= 5);
        String[] args = Stream.concat(Stream.of("validate"), Stream.of(files)).toArray(String[]::new);
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.status(), r.err());
        assertEquals(files.length, r.out().lines().filter(l -> l.startsWith("ok ")).count());
    }

    @org.junit.jupiter.api.Test
    void paramsListsEveryParameterWithUnitAndRange() {
        CliRunner r = CliRunner.run("params");
        assertEquals(0, r.status());
        var catalog = org.aiecosim.model.ParameterCatalog.forRegions(org.aiecosim.model.ParameterCatalog.DEFAULT_REGIONS);
        for (var spec : catalog.specs()) assertTrue(r.out().contains(spec.key()), spec.key());
        assertTrue(r.out().contains("H100e/month"));
    }

    private void assertNothingWritten(Path out) {
        assertTrue(!Files.exists(out), "output folder created");
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.allMatch(p -> p.getFileName().toString().equals("bad.yaml")), "stray files in " + tmp);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
