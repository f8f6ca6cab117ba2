package org.aiecosim.cli;

import org.aiecosim.scenario.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Messages quote what the user wrote on one line and shortened: a wrong file is named, not pasted. */
class QuotedValuesTest {

    @TempDir
    Path tmp;

    /** Like /etc/passwd: lines of text that YAML reads as one long plain scalar. */
    private Path passwdLike() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) b.append("user").append(i).append(":x:").append(1000 + i).append(":100::/home/user").append(i).append(":/bin/bash\n");
        Path f = tmp.resolve("passwd");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void validateOfANonScenarioFileQuotesTheStartOfItOnly() throws Exception {
        Path f = passwdLike();
        assertTrue(Files.size(f) > 1000);
        CliRunner r = CliRunner.run("validate", f.toString());
        assertEquals(2, r.status(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        String folded = String.join(" ", Files.readAllLines(f)); // YAML folds the lines of a plain scalar
        assertTrue(lines.get(0).endsWith(", got '" + folded.substring(0, Quote.LIMIT) + "…'"), r.err());
        assertTrue(lines.get(0).length() < 400, r.err());
    }

    @Test
    void aValueWithLineBreaksIsQuotedOnOneLine() throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "months: \"12\\nthirteen\"\n");
        CliRunner r = CliRunner.run("validate", f.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("got '12\\nthirteen'"), r.err());
    }

    @Test
    void longKeysAndSetValuesAreShortened() throws Exception {
        String longKey = "k".repeat(500);
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, longKey + ": 1\n");
        CliRunner v = CliRunner.run("validate", f.toString());
        assertEquals(2, v.status(), v.err());
        assertEquals(1, v.err().lines().count(), v.err());
        assertTrue(v.err().length() < 600, v.err());
        assertFalse(v.err().contains(longKey), v.err());

        Files.writeString(f, "labs: [{name: " + "n".repeat(300) + "!, region: US, kind: startup}]\n");
        CliRunner lab = CliRunner.run("validate", f.toString());
        assertEquals(2, lab.status(), lab.err());
        assertTrue(lab.err().contains("lab name '" + "n".repeat(Quote.LIMIT) + "…'"), lab.err());
        assertFalse(lab.err().contains("n".repeat(200)), lab.err());

        CliRunner s = CliRunner.run("run", "scenarios/baseline.yaml", "--out", tmp.resolve("out").toString(),
                "--set", "market.supplyGrowth=" + "9".repeat(400) + "x");
        assertEquals(2, s.status(), s.err());
        assertFalse(s.err().contains("9".repeat(200)), s.err());
        assertTrue(s.err().contains("got '" + "9".repeat(Quote.LIMIT) + "…'"), s.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void picocliMessagesQuoteArgumentsShortened() {
        String pasted = "line one\n" + "x".repeat(300);
        CliRunner r = CliRunner.run("run", "scenarios/baseline.yaml", "--reps", pasted);
        assertEquals(2, r.status(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertEquals("Invalid value for option '--reps': 'line one\\n" + "x".repeat(Quote.LIMIT - 10) + "…' is not an int", first);
        assertFalse(r.err().contains("x".repeat(100)), r.err());
    }

    @Test
    void quoteKeepsShortTextAndCutsLongTextOnACharacterBoundary() {
        assertEquals("'abc'", Quote.value("abc"));
        assertEquals("'a\\tb\\r\\nc\\u0007'", Quote.value("a\tb\r\nc\u0007"));
        String sixty = "y".repeat(Quote.LIMIT);
        assertEquals("'" + sixty + "'", Quote.value(sixty));
        assertEquals("'" + sixty + "…'", Quote.value(sixty + "z"));
        // an emoji (two chars) straddling the cut is dropped whole, never halved
        String straddling = "y".repeat(Quote.LIMIT - 1) + "\uD83D\uDE00" + "tail";
        assertEquals("'" + "y".repeat(Quote.LIMIT - 1) + "…'", Quote.value(straddling));
    }
}
