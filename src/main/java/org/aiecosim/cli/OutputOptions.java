package org.aiecosim.cli;

import org.aiecosim.app.Status;
import picocli.CommandLine.Option;

/**
 * {@code --quiet} and {@code --verbose}, mixed into every command: how much the program says on
 * stderr while it works (results on stdout and error messages are unaffected).
 */
final class OutputOptions {

    @Option(names = {"-q", "--quiet"}, description = "no progress or status lines on stderr (results and errors still print)")
    void quiet(boolean on) {
        if (on) Status.level(Status.Level.QUIET);
    }

    @Option(names = {"-v", "--verbose"}, description = "more on stderr: a progress line per finished run when stderr is not a terminal, "
            + "and the stack trace of an unexpected error")
    void verbose(boolean on) {
        if (on) Status.level(Status.Level.VERBOSE);
    }
}
