package org.aiecosim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading the project's YAML files (scenarios, studies, calibrations, targets) with the same messages. */
final class YamlFiles {
    private YamlFiles() {}

    /** The text of {@code file}; {@code what} names the kind of file in messages, e.g. "study". */
    static String read(Path file, String what) throws ScenarioException {
        if (!Files.isRegularFile(file)) throw new ScenarioException(file.toString(), 0, "", "no such " + what + " file");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, "", "cannot read the " + what + " file: " + e);
        }
    }

    /** The file name without {@code .yaml} or {@code .yml}: the default name of what it defines. */
    static String stem(Path file) {
        return String.valueOf(file.getFileName()).replaceFirst("\\.(yaml|yml)$", "");
    }
}
