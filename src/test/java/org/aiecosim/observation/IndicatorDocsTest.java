package org.aiecosim.observation;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's indicator list is the catalogue's declarations, word for word. To regenerate it:
 * {@code mvn -o -q test -Dtest=IndicatorDocsTest -Dreadme.update=true}.
 */
class IndicatorDocsTest {

    @Test
    void readmeListsTheDeclaredIndicators() throws Exception {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme);
        String begin = IndicatorDocs.BEGIN + "\n", end = IndicatorDocs.END;
        assertTrue(text.contains(begin) && text.contains(end), "indicator markers missing in README.md");
        int from = text.indexOf(begin) + begin.length(), to = text.indexOf(end);
        String expected = IndicatorDocs.markdown();
        if (Boolean.getBoolean("readme.update") && !text.substring(from, to).equals(expected)) {
            Files.writeString(readme, text.substring(0, from) + expected + text.substring(to));
            text = Files.readString(readme);
        }
        assertEquals(expected, text.substring(from, text.indexOf(end)),
                "README.md's indicator list is out of date: regenerate it with "
                        + "'mvn -o -q test -Dtest=IndicatorDocsTest -Dreadme.update=true'");
    }
}
