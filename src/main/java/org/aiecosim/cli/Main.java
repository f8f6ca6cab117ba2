package org.aiecosim.cli;

import org.aiecosim.app.ExitCodes;
import org.aiecosim.app.Status;
import org.aiecosim.scenario.Quote;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry point of the {@code aiecosim} command line.
 *
 * <p>Exit status: 0 success, 1 a run failed, 2 bad input (scenario file, flag or path).
 */
@Command(name = "aiecosim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        // every command inherits -h/--help and -V/--version
        scope = ScopeType.INHERIT,
        description = "Agent-based simulator of open-source versus closed AI ecosystems.",
        subcommands = {RunCommand.class, ResumeCommand.class, GuiCommand.class, SweepCommand.class, SensitivityCommand.class,
                CompareCommand.class, CalibrateCommand.class, ValidateCommand.class, ParamsCommand.class, CompletionCommand.class,
                HelpCommand.class})
public final class Main implements Runnable {

    /** Bad input: a scenario file, flag or path ({@link ExitCodes#BAD_INPUT}). */
    public static final int EXIT_BAD_INPUT = ExitCodes.BAD_INPUT;
    /** A run failed while running ({@link ExitCodes#FAILURE}). */
    public static final int EXIT_FAILURE = ExitCodes.FAILURE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    OutputOptions output;

    public static void main(String[] args) {
        JitDirectives.installInBackground();
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status (used by tests). */
    public static int execute(String... args) {
        Status.level(Status.Level.NORMAL);
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (Status.verbose()) ex.printStackTrace(line.getErr());
            // one line, no stack trace: an I/O failure names its file and cause (io.WriteFailedException)
            Throwable e = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
            line.getErr().println("aiecosim: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
            return EXIT_FAILURE;
        });
        cl.setParameterExceptionHandler(Main::badArguments);
        try {
            return cl.execute(args);
        } finally {
            Status.level(Status.Level.NORMAL);
        }
    }

    /**
     * Picocli's own handling (message, then suggestions or usage), with the values its message quotes
     * shortened to one line like every other message ({@link Quote}): an argument can be a pasted file.
     */
    private static int badArguments(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        java.io.PrintWriter err = cmd.getErr();
        // A mistyped command ("aiecosim rn ..."): name it and the nearest command, not 40 lines of usage.
        if (cmd.getParent() == null && args.length > 0 && !args[0].startsWith("-") && !cmd.getSubcommands().containsKey(args[0])) {
            err.println(cmd.getColorScheme().errorText("unknown command " + Quote.value(args[0])
                    + org.aiecosim.scenario.Suggest.didYouMean(args[0], cmd.getSubcommands().keySet())
                    + " (" + Status.program() + " help lists the commands)"));
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }
        err.println(cmd.getColorScheme().errorText(shortenQuoted(ex.getMessage())));
        String hint = calibrateHint(cmd, args);
        if (hint != null) {
            err.println(hint);
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) cmd.usage(err, cmd.getColorScheme());
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * {@code calibrate} takes its replications and base values from its files, not from {@code --set} or
     * {@code --reps} as the other commands do: say where they go instead of the usage.
     */
    static String calibrateHint(CommandLine cmd, String[] args) {
        if (!cmd.getCommandName().equals("calibrate")) return null;
        boolean given = java.util.Arrays.stream(args).anyMatch(a -> a.equals("--set") || a.startsWith("--set=")
                || a.equals("--reps") || a.startsWith("--reps="));
        if (!given) return null;
        return "calibrate reads these from its file: the replications per evaluation in 'replications:', the base values from the "
                + "scenario file its 'scenario:' names; copy the files to change them. calibrate --help lists its options.";
    }

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** {@code message} with each {@code '...'} in it as {@link Quote#value} writes it. */
    static String shortenQuoted(String message) {
        if (message == null) return "invalid arguments";
        return Quote.oneLine(QUOTED.matcher(message).replaceAll(m -> Matcher.quoteReplacement(Quote.value(m.group(1)))));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'aiecosim run scenarios/baseline.yaml'");
    }
}
