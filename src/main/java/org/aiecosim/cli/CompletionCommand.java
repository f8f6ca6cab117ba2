package org.aiecosim.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code aiecosim completion}: prints picocli's bash/zsh completion script for every command and option. */
@Command(name = "completion", description = {"Print a bash/zsh completion script for aiecosim's commands and options.",
        "Load it with: source <(./aiecosim completion)  (zsh: autoload -U +X bashcompinit && bashcompinit first); "
                + "or save it to a file that your shell sources."})
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
