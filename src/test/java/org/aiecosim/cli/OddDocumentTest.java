package org.aiecosim.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ODD document's parameter table is the code's parameter catalog, word for word. */
class OddDocumentTest {

    @Test
    void parameterTableMatchesTheCode() throws Exception {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        String begin = "<!-- parameters:begin -->\n", end = "<!-- parameters:end -->";
        assertTrue(odd.contains(begin) && odd.contains(end), "markers missing in docs/ODD.md");
        String table = odd.substring(odd.indexOf(begin) + begin.length(), odd.indexOf(end));
        CliRunner r = CliRunner.run("params", "--markdown");
        assertEquals(0, r.status());
        assertEquals(r.out(), table, "docs/ODD.md is out of date: regenerate its table with 'aiecosim params --markdown'");
    }

    @Test
    void everyOddSectionIsPresent() throws Exception {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        for (String s : new String[] {"Purpose and patterns", "Entities, state variables and scales", "Process overview and scheduling",
                "Design concepts", "Initialization", "Input data", "Submodels", "Parameters", "Basic principles", "Emergence",
                "Adaptation", "Objectives", "Learning", "Prediction", "Sensing", "Interaction", "Stochasticity", "Collectives", "Observation"}) {
            assertTrue(odd.contains(s), "ODD section missing: " + s);
        }
    }
}
