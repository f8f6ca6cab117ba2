package org.aiecosim.cli;

import org.aiecosim.app.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Conventions every command follows: --help, --version, completion, file kinds, progress on stderr. */
class CommandLineConventionsTest {

    @TempDir
    Path tmp;

    @AfterEach
    void clearProperties() {
        System.clearProperty(Status.TTY_PROPERTY);
        System.clearProperty(Status.INTERVAL_PROPERTY);
    }

    private static Set<String> commands() {
        return new CommandLine(new Main()).getSubcommands().keySet();
    }

    @Test
    void everyCommandHasHelpThatNamesIt() {
        assertTrue(commands().containsAll(List.of("run", "resume", "gui", "sweep", "sensitivity", "compare", "calibrate",
                "validate", "params", "completion")), commands().toString());
        for (String c : commands()) {
            CliRunner r = CliRunner.run(c, "--help");
            assertEquals(0, r.status(), c + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: aiecosim " + c), c + ": " + r.out());
            assertTrue(r.err().isEmpty(), c + ": " + r.err());
        }
    }

    @Test
    void everyCommandHasVersion() {
        for (String c : commands()) {
            for (String flag : List.of("--version", "-V")) {
                CliRunner r = CliRunner.run(c, flag);
                assertEquals(0, r.status(), c + ": " + r.err());
                assertTrue(r.out().startsWith("aiecosim "), c + " " + flag + ": " + r.out());
                assertFalse(r.out().contains("Usage:"), c + " " + flag + ": " + r.out());
            }
        }
        CliRunner r = CliRunner.run("help", "run", "--version");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("aiecosim ") && !r.out().contains("Usage:"), r.out());
    }

    @Test
    void helpCommandShowsACommandsUsageAndRejectsWhatItCannotShow() {
        CliRunner run = CliRunner.run("help", "run");
        assertEquals(0, run.status(), run.err());
        assertEquals(CliRunner.run("run", "--help").out(), run.out());
        assertTrue(CliRunner.run("help").out().startsWith("Usage: aiecosim [-hqvV] [COMMAND]"));

        CliRunner unknown = CliRunner.run("help", "rnu");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("unknown command 'rnu' (commands: run, "), unknown.err());
        CliRunner extra = CliRunner.run("help", "run", "sweep");
        assertEquals(2, extra.status());
        assertTrue(extra.err().startsWith("help takes one command name, not 'sweep'"), extra.err());
    }

    @Test
    void topLevelHelpListsTheGlobalOptionsAndTheyWorkBeforeTheCommand() throws IOException {
        CliRunner r = CliRunner.run("--help");
        for (String option : List.of("-q, --quiet", "-v, --verbose", "-h, --help", "-V, --version")) {
            assertTrue(r.out().contains(option), option + ": " + r.out());
        }
        CliRunner quiet = CliRunner.run("-q", "run", "scenarios/baseline.yaml", "--reps", "1", "--threads", "1", "--set", "months=36",
                "--set", "developers.count=2000", "--out", tmp.resolve("q").toString());
        assertEquals(0, quiet.status(), quiet.err());
        assertEquals("", quiet.err());
    }

    /** Words of help texts that must not be split at a line end: paths, file names, keys, options with values. */
    private static final java.util.regex.Pattern UNBREAKABLE = java.util.regex.Pattern.compile("[^\\s(),;:]*[A-Za-z*>\\]][./=][^\\s(),;:]*[A-Za-z0-9*>]");

    @Test
    void helpNeverBreaksAPathOrKeyAcrossLines() {
        CommandLine top = new CommandLine(new Main());
        List<CommandLine> all = new java.util.ArrayList<>(List.of(top));
        all.addAll(top.getSubcommands().values());
        int checked = 0;
        List<String> broken = new java.util.ArrayList<>();
        for (CommandLine c : all) {
            String name = c == top ? "" : c.getCommandName();
            String help = (c == top ? CliRunner.run("--help") : CliRunner.run(name, "--help")).out();
            String topHelp = CliRunner.run("--help").out();
            List<String> texts = new java.util.ArrayList<>(List.of(c.getCommandSpec().usageMessage().description()));
            c.getCommandSpec().options().forEach(o -> texts.addAll(List.of(o.description())));
            c.getCommandSpec().positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
            for (String text : texts) {
                java.util.regex.Matcher m = UNBREAKABLE.matcher(text.replace("%%", "%"));
                while (m.find()) {
                    checked++;
                    if (!help.contains(m.group())) broken.add("'aiecosim " + name + " --help' breaks '" + m.group() + "'");
                    if (c != top && Set.of(c.getCommandSpec().usageMessage().description()).contains(text) && !topHelp.contains(m.group())) {
                        broken.add("'aiecosim --help' breaks '" + m.group() + "' (" + name + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 20, "only " + checked + " paths and keys found in the help texts");
    }

    @Test
    void helpShowsCommandsToCopyOnOneLine() {
        String completion = CliRunner.run("completion", "--help").out();
        assertTrue(completion.contains("\n  source <(./aiecosim completion)\n"), completion);
        assertTrue(completion.contains("autoload -U +X bashcompinit && bashcompinit"), completion);
        String sweep = CliRunner.run("sweep", "--help").out();
        assertTrue(sweep.contains("AIECOSIM_SPARK=1 ./aiecosim"), sweep);
    }

    @Test
    void runHelpDoesNotAskForTheScenario() {
        CliRunner r = CliRunner.run("run", "-h");
        assertEquals(0, r.status());
        assertFalse(r.err().contains("Missing required parameter"), r.err());
        assertTrue(r.out().contains("--quiet") && r.out().contains("--verbose"), r.out());
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        CliRunner r = CliRunner.run("completion");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("complete -F _complete_aiecosim"), r.out());
        for (String c : commands()) assertTrue(r.out().contains(c), c);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "scenarios/baseline.yaml,                     'ok   scenarios/baseline.yaml: baseline,'",
            "scenarios/sweeps/export-controls.yaml,       'sweep study ''export-controls'' (grid design)'",
            "scenarios/sweeps/behaviour-sensitivity.yaml, 'sensitivity study ''behaviour-sensitivity'' (morris design)'",
            "calibration/baseline.yaml,                   'calibration ''baseline'' of 9 parameters'",
            "calibration/targets.yaml,                    'calibration targets, 9 to fit'",
    })
    void validateChecksEachKindOfFileAsThatKind(String file, String expected) {
        CliRunner r = CliRunner.run("validate", file);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains(expected), r.out());
        assertFalse(r.err().contains("top-level key"), r.err());
    }

    @Test
    void validateReportsAStudysOwnProblemsNotScenarioKeys() throws IOException {
        Path study = tmp.resolve("study.yaml");
        Files.writeString(study, "scenario: " + Path.of("scenarios/baseline.yaml").toAbsolutePath() + "\n"
                + "design: {type: grid}\nparameters:\n  market.supplyGrwth: {values: [0.1, 0.2]}\n"
                + "outcomes:\n  - {name: open, indicator: adoption.open, month: 2030-12}\n");
        CliRunner r = CliRunner.run("validate", study.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("did you mean 'market.supplyGrowth'"), r.err());
        assertFalse(r.err().contains("top-level key"), r.err());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "run,         scenarios/sweeps/export-controls.yaml,       this is a sweep file: aiecosim sweep scenarios/sweeps/export-controls.yaml",
            "run,         scenarios/sweeps/behaviour-sensitivity.yaml, this is a sensitivity study file: aiecosim sensitivity scenarios/sweeps/behaviour-sensitivity.yaml",
            "run,         calibration/baseline.yaml,                   this is a calibration file: aiecosim calibrate calibration/baseline.yaml",
            "run,         calibration/targets.yaml,                    this is a calibration targets file",
            "gui,         scenarios/sweeps/export-controls.yaml,       this is a sweep file: aiecosim sweep",
            "sweep,       scenarios/baseline.yaml,                     this is a scenario file: aiecosim run scenarios/baseline.yaml",
            "sweep,       scenarios/sweeps/behaviour-sensitivity.yaml, this is a sensitivity study file: aiecosim sensitivity",
            "sensitivity, scenarios/baseline.yaml,                     this is a scenario file: aiecosim run scenarios/baseline.yaml",
            "sensitivity, scenarios/sweeps/export-controls.yaml,       this is a sweep file: aiecosim sweep",
            "calibrate,   scenarios/baseline.yaml,                     this is a scenario file: aiecosim run",
            "calibrate,   scenarios/sweeps/export-controls.yaml,       this is a sweep file: aiecosim sweep",
            "compare,     scenarios/sweeps/export-controls.yaml,       this is a sweep file: aiecosim sweep",
    })
    void aWrongCommandForAFileSaysWhichCommandFits(String command, String file, String expected) {
        Path out = tmp.resolve("out");
        CliRunner r = command.equals("compare") ? CliRunner.run(command, "scenarios/baseline.yaml", file, "--out", out.toString())
                : command.equals("gui") ? CliRunner.run(command, file) : CliRunner.run(command, file, "--out", out.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("top-level key"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void paramsOfAStudyFileSaysWhichCommandFits() {
        CliRunner r = CliRunner.run("params", "--scenario", "scenarios/sweeps/export-controls.yaml");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("this is a sweep file"), r.err());
    }

    @Test
    void progressGoesToStderrWhenOutputIsRedirected() {
        System.setProperty(Status.TTY_PROPERTY, "false");
        CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--reps", "2", "--threads", "1", "--set", "months=36", "--set", "developers.count=2000",
                "--out", tmp.resolve("verbose").toString(), "--verbose");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("progress: 1/2 replications"), r.err());
        assertTrue(r.err().contains("progress: 2/2 replications"), r.err());
        assertFalse(r.out().contains("progress:"), r.out());
        assertTrue(r.out().contains("results in"), r.out());

        // Without --verbose: a line every interval (shortened here from some seconds).
        System.setProperty(Status.INTERVAL_PROPERTY, "20");
        CliRunner timed = CliRunner.run("run", "scenarios/baseline.yaml", "--reps", "2", "--threads", "1", "--set", "months=36", "--set", "developers.count=2000",
                "--out", tmp.resolve("timed").toString());
        assertEquals(0, timed.status(), timed.err());
        assertTrue(timed.err().contains("progress: ") && timed.err().contains(" replications  "), timed.err());
        assertFalse(timed.out().contains("progress:"), timed.out());
    }

    @Test
    void verboseProgressReportsEachReplicationOnceInOrderWhateverTheThreads() {
        System.setProperty(Status.TTY_PROPERTY, "false");
        CliRunner r = CliRunner.run("-v", "run", "scenarios/baseline.yaml", "--reps", "3", "--threads", "3", "--set", "months=36",
                "--set", "developers.count=2000", "--out", tmp.resolve("threads").toString());
        assertEquals(0, r.status(), r.err());
        List<String> counts = r.err().lines().filter(l -> l.startsWith("progress: ")).map(l -> l.split(" ")[1]).toList();
        assertEquals(List.of("1/3", "2/3", "3/3"), counts, r.err());
    }

    /** A real JVM with stdout and stderr in files: progress lines on stderr; Ctrl-C (SIGINT) prints the resume command. */
    @Test
    void anInterruptedSweepPrintsTheCommandThatResumesIt() throws Exception {
        Path file = org.aiecosim.experiment.study.StudyFiles.grid(tmp, "k", 30, 2, 4000);
        Path out = tmp.resolve("interrupted"), stdout = tmp.resolve("stdout.txt"), stderr = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + Status.INTERVAL_PROPERTY + "=100", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sweep", file.toString(), "--threads", "1", "--out", out.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        Path runs = org.aiecosim.app.OutputLocation.partial(out).resolve("runs.csv"); // an unfinished study lives in .DIR.partial
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (!Files.exists(runs) || Files.readAllLines(runs).size() < 4)) Thread.sleep(10);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the sweep did not stop on SIGINT");
        String err = Files.readString(stderr);
        assertTrue(err.contains("progress: "), err);
        assertTrue(err.contains("aiecosim sweep interrupted: "), err);
        assertTrue(err.contains("  aiecosim sweep " + file + " --out " + out + " --resume --threads 1"), err);
        assertFalse(Files.readString(stdout).contains("progress"), Files.readString(stdout));
        assertFalse(Files.exists(out), "an interrupted study does not look finished");
    }

    @Test
    void quietPrintsNoStatusOrProgress() {
        System.setProperty(Status.TTY_PROPERTY, "false");
        System.setProperty(Status.INTERVAL_PROPERTY, "1");
        CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--reps", "1", "--threads", "1", "--set", "months=36", "--set", "developers.count=2000",
                "--out", tmp.resolve("quiet").toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("results in"), r.out());
    }
}
