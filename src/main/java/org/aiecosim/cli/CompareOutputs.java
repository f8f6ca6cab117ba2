package org.aiecosim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Charts and report of a comparison (filled in once the overlay charts exist). */
final class CompareOutputs {
    private CompareOutputs() {}

    static void write(Path dir, List<CompareCommand.Input> inputs) throws IOException {
        // overlay charts and report.html are written here
    }
}
