package org.aiecosim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario (or a {@code --set} override) that cannot be used, with every problem found in it.
 *
 * <p>Each {@link Problem} says where (file and 1-based line, 0 when unknown), which key (a path such
 * as {@code parameters.market.supplyGrowth} or {@code events[2].date}), what is wrong and what is
 * allowed. {@link #getMessage()} renders one problem per line, at most {@link #SHOWN} of them and then
 * how many more there are:
 * <pre>
 * scenarios/x.yaml:12: parameters.market.supplyGrwth: unknown parameter; did you mean 'market.supplyGrowth'? (aiecosim params lists them all)
 * --set market.supplyGrowth=abc: expected a number from -0.5 to 1 (1/month), got 'abc'
 * </pre>
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * One thing wrong with a scenario.
     *
     * @param origin  the file as given, or a command-line option such as {@code --set}
     * @param line    1-based line in the file, or 0 when unknown or not a file
     * @param key     path of the offending key, e.g. {@code labs[0].region}; empty when the problem is the whole file
     * @param message what is wrong and what is allowed
     */
    public record Problem(String origin, int line, String key, String message) {
        /**
         * {@code origin:line: key: message} on one line; a command-line origin reads {@code --set key=value: message}.
         * A key path is cut like a quoted value (it holds what the user wrote), with room for the path before it.
         */
        public String render() {
            StringBuilder b = new StringBuilder(Quote.oneLine(origin));
            if (line > 0) b.append(':').append(line);
            if (!key.isEmpty()) b.append(origin.startsWith("--") ? " " : ": ").append(Quote.text(key, KEY_LIMIT));
            return b.append(": ").append(Quote.oneLine(message)).toString();
        }

        private static final int KEY_LIMIT = 2 * Quote.LIMIT;
    }

    private final List<Problem> problems;

    /** A scenario with the given problems (at least one). */
    public ScenarioException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("no problems");
        this.problems = List.copyOf(problems);
    }

    /** A scenario with a single problem. */
    public ScenarioException(String origin, int line, String key, String message) {
        this(List.of(new Problem(origin, line, key, message)));
    }

    /** All problems, in the order found (roughly file order). */
    public List<Problem> problems() { return problems; }

    /** File (or option) of the first problem. */
    public String file() { return problems.get(0).origin(); }

    /** Line of the first problem, 0 when unknown. */
    public int line() { return problems.get(0).line(); }

    /** Key path of the first problem. */
    public String key() { return problems.get(0).key(); }

    /** At most this many problems are printed; the rest are counted ("and 12 more"). */
    public static final int SHOWN = 8;

    private static String render(List<Problem> problems) {
        String shown = problems.stream().limit(SHOWN).map(Problem::render).collect(Collectors.joining("\n"));
        int more = problems.size() - SHOWN;
        return more <= 0 ? shown : shown + "\n... and " + more + " more problem" + (more == 1 ? "" : "s") + " (fix these first)";
    }
}
