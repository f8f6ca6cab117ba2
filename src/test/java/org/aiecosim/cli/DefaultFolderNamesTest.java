package org.aiecosim.cli;

import org.aiecosim.app.OutputLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Default result folders are named by what identifies the run: no "-seed0" on compare, no negative seeds on resume. */
class DefaultFolderNamesTest {

    @TempDir
    Path tmp;

    @Test
    void compareFolderIsTheTimestampAlone() {
        String name = OutputLocation.defaultFolder(tmp, "compare", "").getFileName().toString();
        assertTrue(name.matches("\\d{8}-\\d{6}"), name);
    }

    @Test
    void resumedFolderNamesReplicationAndMonth() {
        assertEquals("rep1-month48", ResumeCommand.folderTag(1, 48));
        String name = OutputLocation.defaultFolder(tmp, "resumed", ResumeCommand.folderTag(1, 48)).getFileName().toString();
        assertTrue(name.matches("\\d{8}-\\d{6}-rep1-month48"), name);
    }

    @Test
    void runFolderStillNamesTheSeed() {
        String name = OutputLocation.defaultFolder(tmp, "baseline", 7).getFileName().toString();
        assertTrue(name.matches("\\d{8}-\\d{6}-seed7"), name);
    }
}
