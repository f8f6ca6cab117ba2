package org.aiecosim.app;

/** Exit status of a command: what the command line returns and what app-level executions report. */
public final class ExitCodes {
    /** Everything done. */
    public static final int SUCCESS = 0;
    /** A run failed while running. */
    public static final int FAILURE = 1;
    /** Bad input: a scenario file, flag or path. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
