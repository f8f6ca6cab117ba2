package org.aiecosim.cli;

import org.aiecosim.app.OutputLocation;

import java.nio.file.Path;

/** Claims a command's output folder before it simulates anything, or says on stderr why it cannot. */
final class OutFolder {
    private OutFolder() {}

    /** The claim of {@code target}, or null after printing "--out: why" (the caller exits with bad input). */
    static OutputLocation.Claim claimOrExplain(Path target) {
        try {
            return OutputLocation.claim(target);
        } catch (OutputLocation.Unusable e) {
            System.err.println("--out: " + e.getMessage());
            return null;
        }
    }
}
