package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupCharactersAndQuotesOnly() {
        assertEquals("a &amp; b &lt;i&gt; &quot;q&quot; &#39;s&#39;", Html.escape("a & b <i> \"q\" 's'"));
        // Non-ASCII text stays as it is: the page is UTF-8.
        assertEquals("95% CI – Barabási ≥ 2", Html.escape("95% CI – Barabási ≥ 2"));
    }

    @Test
    void fileNamesBecomeRelativeUrlsThatResolveBackToThem() {
        assertEquals("summary.csv", Html.relativeUrl("summary.csv"));
        assertEquals("with%20space%231.png", Html.relativeUrl("with space#1.png"));
        assertEquals("a%2Bb%3Fc%3Ad%25.csv", Html.relativeUrl("a+b?c:d%.csv"));
        assertEquals("l%C3%A4nder.png", Html.relativeUrl("länder.png"));
        Path dir = Path.of("/tmp/x y");
        for (String name : new String[] {"with space#1.png", "a+b?c:d%.csv", "länder.png", "~tilde*.csv", "it's & more.html"}) {
            URI resolved = dir.resolve("report.html").toUri().resolve(Html.relativeUrl(name));
            assertEquals(dir.resolve(name), Path.of(resolved), name);
        }
    }

    @Test
    void onlyPlainFileNamesAreAccepted() {
        for (String bad : new String[] {"", ".", "..", "a/b.png", "a\\b.png"}) {
            assertThrows(IllegalArgumentException.class, () -> Html.relativeUrl(bad), bad);
        }
    }
}
