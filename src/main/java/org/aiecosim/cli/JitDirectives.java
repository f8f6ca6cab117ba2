package org.aiecosim.cli;

import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

/**
 * Installs HotSpot compiler directives at start-up, from the file named by the system property
 * {@value #PROPERTY} (the launcher names {@code src/main/jvm/c2-directives.json}, which says what they
 * do and why; issue 16).
 *
 * <p>Installed through the JVM's own diagnostic command ({@code Compiler.directives_add}, as
 * {@code jcmd} would) rather than the {@code -XX:CompilerDirectivesFile} option, which prints a line to
 * standard output on every start. It runs on a background thread while the command line is parsed,
 * when one of two cores is mostly idle. Without the property, on a JVM without the command, or on any
 * failure, nothing happens: the directives only change speed, never results.
 */
final class JitDirectives {
    /** System property with the directives file. */
    static final String PROPERTY = "aiecosim.jit.directives";

    private JitDirectives() {}

    /** Starts installing the directives of {@value #PROPERTY}, if set, on a daemon thread. */
    static void installInBackground() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) return;
        Thread t = new Thread(() -> install(file), "aiecosim-jit-directives");
        t.setDaemon(true);
        t.start();
    }

    /** Installs the directives of {@code file}; returns the JVM's answer, or null when it could not. */
    static String install(String file) {
        try {
            // The command joins its arguments with spaces and parses them again: a path with a space must be quoted.
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {"\"" + file + "\""}}, new String[] {String[].class.getName()});
            return answer == null ? null : answer.toString();
        } catch (Exception | LinkageError e) {
            return null;
        }
    }
}
