package org.aiecosim.report;

import java.util.List;

/**
 * What the HTML report of one run says about the run besides its statistics, as plain text so
 * the report package needs neither the scenario nor the command-line package.
 *
 * @param scenarioName  the scenario's name
 * @param description   its description (only the first paragraph is shown); may be empty
 * @param version       program version
 * @param started       when the run started, as text (e.g. an ISO instant)
 * @param replications  number of replications
 * @param threads       worker threads
 * @param seed          base seed
 * @param seconds       simulation wall-clock time in seconds
 * @param commandLine   the command that repeats the run
 * @param parameterRows resolved parameters: {parameter, value, unit} or {parameter, value, unit, default}
 * @param eventRows     dated events: {date, note, changes}
 */
public record RunReportContext(String scenarioName, String description, String version, String started,
                               int replications, int threads, long seed, double seconds, String commandLine,
                               List<String[]> parameterRows, List<String[]> eventRows) {

    /** Copies the rows, checking each has three cells. */
    public RunReportContext {
        parameterRows = copy(parameterRows, "parameter", 4);
        eventRows = copy(eventRows, "event", 3);
        description = description == null ? "" : description;
    }

    private static List<String[]> copy(List<String[]> rows, String what, int most) {
        for (String[] r : rows) {
            if (r.length < 3 || r.length > most) {
                throw new IllegalArgumentException(what + " row has " + r.length + " cells, expected 3" + (most > 3 ? " or " + most : ""));
            }
        }
        return rows.stream().map(String[]::clone).toList();
    }

    /** The first paragraph of the description (up to the first blank line), joined to one line. */
    public String firstParagraph() {
        String d = description.strip();
        String[] paragraphs = d.split("\\R\\s*\\R", 2);
        return paragraphs[0].replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
