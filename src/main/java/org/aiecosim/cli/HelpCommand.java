package org.aiecosim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/**
 * {@code aiecosim help [COMMAND]}: the usage of a command, or of aiecosim. Unlike picocli's own help
 * command, it takes the standard options every command inherits, so {@code help --version} prints the
 * version as picocli does for any command with {@code -V}, instead of silently printing the usage.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the usage of a command (e.g. aiecosim help run), or of aiecosim without one.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "the command whose usage to show")
    String command;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colours;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter, PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colours = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        // picocli lets a help command's extra words through unmatched; saying nothing about them would hide a typo
        if (!self.getUnmatchedArguments().isEmpty()) {
            throw new CommandLine.ParameterException(self, "help takes one command name, not " + self.getUnmatchedArguments().stream()
                    .map(org.aiecosim.scenario.Quote::value).collect(java.util.stream.Collectors.joining(" ")));
        }
        if (command == null) {
            parent.usage(out, colours);
            return;
        }
        CommandLine sub = parent.getSubcommands().get(command);
        if (sub == null) {
            throw new CommandLine.ParameterException(self, "unknown command " + org.aiecosim.scenario.Quote.value(command) + " (commands: "
                    + String.join(", ", parent.getSubcommands().keySet()) + ")");
        }
        sub.usage(out, colours);
    }
}
