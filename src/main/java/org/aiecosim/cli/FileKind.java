package org.aiecosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.aiecosim.scenario.ScenarioException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kind of a YAML input file, told by its top-level keys, so each command can check it was given
 * the kind it reads and say which command fits when it was not:
 * <ul>
 * <li>a calibration file names {@code targets:} and its {@code scenario:} (or {@code maxEvaluations:});
 * <li>a targets file is a {@code targets:} list alone;
 * <li>a study has {@code design:} or {@code outcomes:}; design types morris and saltelli make it a
 *     sensitivity study, the others a sweep;
 * <li>anything else is read as a scenario.
 * </ul>
 * A file that cannot be read or parsed has no kind here: the command's own loader reports why, with line numbers.
 */
enum FileKind {
    SCENARIO("a scenario file", "run"),
    SWEEP("a sweep file", "sweep"),
    SENSITIVITY("a sensitivity study file", "sensitivity"),
    CALIBRATION("a calibration file", "calibrate"),
    TARGETS("a calibration targets file", null);

    private static final YAMLMapper YAML = new YAMLMapper();

    final String description;
    /** The command that reads this kind, null when none reads it directly. */
    final String command;

    FileKind(String description, String command) {
        this.description = description;
        this.command = command;
    }

    /** The kind of {@code file}, or null when it cannot be read or parsed. */
    static FileKind of(Path file) {
        if (!Files.isRegularFile(file)) return null;
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (Exception e) {
            return null;
        }
        if (root == null || !root.isObject()) return null;
        if (root.has("targets")) {
            if (root.has("scenario") || root.has("maxEvaluations")) return CALIBRATION;
            if (root.get("targets").isArray() && !root.has("labs") && !root.has("base")) return TARGETS;
        }
        if (root.has("design") || root.has("outcomes")) {
            String type = root.path("design").path("type").asText("");
            return type.equals("morris") || type.equals("saltelli") ? SENSITIVITY : SWEEP;
        }
        return SCENARIO;
    }

    /** What to tell someone who gave {@code file}, of this kind, to a command that reads another kind. */
    String advice(Path file) {
        String program = org.aiecosim.app.Status.program();
        if (command != null) return "this is " + description + ": " + program + " " + command + " " + file;
        return "this is " + description + ", read through the calibration file that names it in targets: ("
                + program + " calibrate calibration/baseline.yaml); " + program + " validate " + file + " checks it";
    }

    /** Throws the advice when {@code file} is of a kind other than {@code expected} (a file of no kind passes). */
    static void require(Path file, FileKind expected) throws ScenarioException {
        FileKind kind = of(file);
        if (kind != null && kind != expected) throw new ScenarioException(file.toString(), 0, "", kind.advice(file));
    }
}
