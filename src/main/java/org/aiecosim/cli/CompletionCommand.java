package org.aiecosim.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code aiecosim completion}: prints picocli's bash/zsh completion script for every command and option. */
// One command to copy per line: picocli would otherwise wrap them mid-command.
@Command(name = "completion", description = {"Print a bash/zsh completion script for aiecosim's commands and options.",
        "Load it into this shell with:", "  source <(./aiecosim completion)",
        "(zsh needs first: autoload -U +X bashcompinit && bashcompinit)",
        "or save the script to a file that your shell sources."})
final class CompletionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
