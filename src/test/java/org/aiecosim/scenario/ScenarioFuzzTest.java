package org.aiecosim.scenario;

import org.aiecosim.experiment.Replication;
import org.aiecosim.model.ModelConfig;
import org.aiecosim.model.ParameterSpec;
import org.aiecosim.model.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, item 2, as a property: <b>any scenario that {@code validate} accepts runs to the end</b>.
 * A seeded generator mutates the shipped scenarios (numbers set to extreme and boundary values, list
 * entries dropped or duplicated, regions renamed, counts raised) and runs every accepted mutant for 6
 * months with 300 developers; a rejected mutant must say where (file and line) in a few lines.
 *
 * <p>In CI: {@value #DEFAULT_MUTANTS} mutants with seed {@value #DEFAULT_SEED}, well under a minute.
 * Longer: {@code mvn -o test -Dtest=ScenarioFuzzTest -Dfuzz.mutants=5000 -Dfuzz.seed=7}.
 */
class ScenarioFuzzTest {
    static final int DEFAULT_MUTANTS = 500;
    static final long DEFAULT_SEED = 15;

    @TempDir
    Path tmp;

    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9_.-])-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?(?![A-Za-z0-9_-])");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_.]*):\\s*(-?[0-9.eE+-]+)\\s*(#.*)?$");
    private static final String[] EXTREMES = {"0", "-1", "1", "1e300", "-1e300", "1e-300", "1e10", "1e9", "1e7", "10", "-10",
            "10000", "2", "1000", "0.5", "100", "10001", "1e9", "9999999999", "-0.0", "3"};
    private static final String[] REGIONS = {"US", "China", "EU", "RestOfWorld", "Mars", "us"};

    @Test
    void everyAcceptedMutantOfTheShippedScenariosRunsToTheEnd() throws Exception {
        int mutants = Integer.getInteger("fuzz.mutants", DEFAULT_MUTANTS);
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        Random random = new Random(seed);
        List<Path> shipped;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            shipped = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        Path dir = Files.createDirectory(tmp.resolve("scenarios"));
        for (Path p : shipped) Files.copy(p, dir.resolve(p.getFileName()));
        Parameters catalogSource = ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).config().parameters();

        int accepted = 0, rejected = 0;
        long t0 = System.nanoTime();
        for (int m = 0; m < mutants; m++) {
            Path original = shipped.get(random.nextInt(shipped.size()));
            List<String> lines = new ArrayList<>(Files.readAllLines(original));
            String what = mutate(lines, random, catalogSource);
            if (random.nextInt(4) == 0) what += "; " + mutate(lines, random, catalogSource);
            Path file = dir.resolve(original.getFileName());
            Files.write(file, lines);
            String label = "mutant " + m + " of " + original.getFileName() + " (" + what + ", -Dfuzz.seed=" + seed + ")";
            Scenario scenario;
            try {
                scenario = ScenarioLoader.load(file);
            } catch (ScenarioException e) {
                rejected++;
                String message = e.getMessage();
                assertFalse(message.isBlank(), label);
                assertTrue(message.lines().count() <= ScenarioException.SHOWN + 1, label + ": " + message);
                assertTrue(message.contains(file.getFileName().toString()), label + ": " + message);
                continue;
            } finally {
                Files.copy(original, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            accepted++;
            ModelConfig c = scenario.config();
            Parameters p = c.parameters().copy();
            p.set("developers.count", 300);
            ModelConfig shortRun = new ModelConfig(c.start(), Math.min(6, c.months()), p, c.labs(), c.generators(), c.events());
            try {
                Replication.seeded(shortRun, seed + m).run();
            } catch (RuntimeException e) {
                throw new AssertionError(label + " was accepted but failed: " + e.getMessage() + "\n" + String.join("\n", lines), e);
            }
        }
        System.out.printf("scenario fuzz: %d mutants (seed %d): %d accepted and run, %d rejected, %.1f s%n",
                mutants, seed, accepted, rejected, (System.nanoTime() - t0) / 1e9);
        assertTrue(accepted > mutants / 5, "the generator should produce many valid mutants: " + accepted);
        assertEquals(mutants, accepted + rejected);
    }

    /** Applies one random mutation to {@code lines}; returns what it did. */
    static String mutate(List<String> lines, Random random, Parameters catalogSource) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            switch (random.nextInt(6)) {
                case 0, 1 -> { // a number to an extreme or boundary value
                    Matcher kv = KEY_VALUE.matcher(line);
                    if (kv.matches() && random.nextBoolean()) {
                        ParameterSpec spec = catalogSource.catalog().spec(kv.group(1));
                        if (spec != null) {
                            String v = random.nextBoolean() ? Double.toString(spec.min()) : Double.toString(spec.max());
                            lines.set(i, line.substring(0, kv.start(2)) + v + line.substring(kv.end(2)));
                            return "line " + (i + 1) + ": " + kv.group(1) + " = " + v;
                        }
                    }
                    List<int[]> spans = new ArrayList<>();
                    Matcher n = NUMBER.matcher(line);
                    while (n.find()) spans.add(new int[] {n.start(), n.end()});
                    if (spans.isEmpty()) continue;
                    int[] s = spans.get(random.nextInt(spans.size()));
                    String v = EXTREMES[random.nextInt(EXTREMES.length)];
                    lines.set(i, line.substring(0, s[0]) + v + line.substring(s[1]));
                    return "line " + (i + 1) + ": " + line.substring(s[0], s[1]) + " -> " + v;
                }
                case 2 -> { // drop a list entry
                    if (!line.strip().startsWith("- ")) continue;
                    lines.remove(i);
                    return "line " + (i + 1) + " dropped";
                }
                case 3 -> { // duplicate a list entry
                    if (!line.strip().startsWith("- ")) continue;
                    lines.add(i, line);
                    return "line " + (i + 1) + " duplicated";
                }
                case 4 -> { // rename a region
                    for (String r : REGIONS) {
                        if (line.contains(r)) {
                            String to = REGIONS[random.nextInt(REGIONS.length)];
                            lines.set(i, line.replaceFirst("\\b" + r + "\\b", to));
                            return "line " + (i + 1) + ": region " + r + " -> " + to;
                        }
                    }
                }
                default -> { // a generator's count up, or an entry moved to another kind
                    if (line.contains("count:")) {
                        String v = random.nextBoolean() ? "200" : "1";
                        lines.set(i, line.replaceFirst("count: *[0-9]+", "count: " + v));
                        return "line " + (i + 1) + ": count -> " + v;
                    }
                    if (line.contains("kind:")) {
                        String[] kinds = {"frontier", "bigtech", "startup", "academic"};
                        String v = kinds[random.nextInt(kinds.length)];
                        lines.set(i, line.replaceFirst("kind: *[a-z]+", "kind: " + v));
                        return "line " + (i + 1) + ": kind -> " + v;
                    }
                }
            }
        }
        return "unchanged";
    }
}
