package org.aiecosim.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What the program says about itself on stderr while it works: status lines and progress, at the
 * level chosen by {@code --quiet} / {@code --verbose}. Results go to stdout and are not affected;
 * errors are always printed.
 *
 * <p>stderr is not always a terminal when stdout is not, and Java 17 cannot tell the two apart
 * ({@link System#console()} needs both stdin and stdout to be one). The launcher script therefore
 * passes {@value #TTY_PROPERTY}=true or false from {@code [ -t 2 ]}; without it, the console decides.
 */
public final class Status {
    /** How much to say. */
    public enum Level { QUIET, NORMAL, VERBOSE }

    /** System property: is stderr a terminal ("true"/"false"); set by the launcher. */
    public static final String TTY_PROPERTY = "aiecosim.stderr.tty";
    /** System property: how the program was invoked (e.g. ./aiecosim), for commands printed to copy; set by the launcher. */
    public static final String PROGRAM_PROPERTY = "aiecosim.program";
    /** System property: milliseconds between plain progress lines when stderr is not a terminal. */
    public static final String INTERVAL_PROPERTY = "aiecosim.progress.ms";
    /** Default milliseconds between plain progress lines. */
    public static final long DEFAULT_INTERVAL_MS = 5_000;

    private static volatile Level level = Level.NORMAL;

    private Status() {}

    public static void level(Level l) { level = l; }

    public static Level level() { return level; }

    public static boolean quiet() { return level == Level.QUIET; }

    public static boolean verbose() { return level == Level.VERBOSE; }

    /** A status line on stderr, unless quiet. */
    public static void info(String format, Object... args) {
        if (!quiet()) System.err.println(String.format(Locale.ROOT, format, args));
    }

    /** A detail line on stderr, only when verbose. */
    public static void detail(String format, Object... args) {
        if (verbose()) System.err.println(String.format(Locale.ROOT, format, args));
    }

    /** Whether stderr is a terminal (see the class comment). */
    public static boolean stderrIsTerminal() {
        String p = System.getProperty(TTY_PROPERTY);
        return p != null ? Boolean.parseBoolean(p) : System.console() != null;
    }

    /** The program's name as the user invoked it, for commands printed to be copied: {@code aiecosim} unless the launcher says otherwise. */
    public static String program() {
        String p = System.getProperty(PROGRAM_PROPERTY);
        return p == null || p.isBlank() ? "aiecosim" : p;
    }

    /**
     * Progress of {@code total} units on stderr: nothing when quiet; a bar on a terminal; otherwise a
     * plain line every few seconds (every unit when verbose).
     *
     * @param first units already done before this process started (a resumed study)
     */
    public static ProgressBar progress(String what, long total, long first) {
        PrintStream err = System.err;
        if (quiet()) return new ProgressBar(err, what, total, first, ProgressBar.Mode.NONE, 0);
        long interval = Long.getLong(INTERVAL_PROPERTY, DEFAULT_INTERVAL_MS);
        return stderrIsTerminal() ? new ProgressBar(err, what, total, first, ProgressBar.Mode.BAR, interval)
                : new ProgressBar(err, what, total, first, verbose() ? ProgressBar.Mode.EVERY : ProgressBar.Mode.LINES, interval);
    }
}
