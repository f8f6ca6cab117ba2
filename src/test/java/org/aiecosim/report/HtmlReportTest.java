package org.aiecosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path tmp;

    @Test
    void escapesAllText() {
        String html = new HtmlReport("<script>alert(1)</script>")
                .lead("a & b").info("k<", "v\"'").heading("<h>").paragraph("x < y > z")
                .table("c&", List.of("<th>"), List.<String[]>of(new String[] {"<td>"}))
                .figure("a.png", "\"alt\"", "<cap>")
                .links(List.of(new HtmlReport.Link("b.csv", "<desc>")))
                .render();
        assertFalse(html.contains("<script>alert"), html);
        for (String s : List.of("&lt;script&gt;alert(1)&lt;/script&gt;", "a &amp; b", "k&lt;", "v&quot;&#39;", "&lt;h&gt;",
                "x &lt; y &gt; z", "c&amp;", "&lt;th&gt;", "&lt;td&gt;", "&quot;alt&quot;", "&lt;cap&gt;", "&lt;desc&gt;")) {
            assertTrue(html.contains(s), s + " missing in\n" + html);
        }
    }

    @Test
    void figuresAndLinksAreRelativeAndNothingComesFromTheNetwork() {
        String html = new HtmlReport("t").figure("capability-by-region.png", "alt", "cap")
                .figure("with space#1.png", "alt", "cap")
                .links(List.of(new HtmlReport.Link("summary.csv", "d"))).render();
        assertTrue(html.contains("<img src=\"capability-by-region.png\" alt=\"alt\">"), html);
        assertTrue(html.contains("<img src=\"with%20space%231.png\""), html);
        assertTrue(html.contains("<a href=\"summary.csv\">"), html);
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("//"), html);
        assertFalse(html.contains("<link") || html.contains("src=\"/") || html.contains("@import"), html);
        assertTrue(html.contains("data-images-loaded") && html.contains("naturalWidth"), html);
    }

    @Test
    void rejectsPathsOutsideTheFolder() {
        HtmlReport r = new HtmlReport("t");
        assertThrows(IllegalArgumentException.class, () -> r.figure("../x.png", "a", "c"));
        assertThrows(IllegalArgumentException.class, () -> r.figure("/etc/x.png", "a", "c"));
        assertThrows(IllegalArgumentException.class, () -> r.links(List.of(new HtmlReport.Link("..", "d"))));
    }

    @Test
    void rightAlignsNumbersOnly() {
        String html = new HtmlReport("t").table(null, List.of("a", "b", "c", "d", "e", "f"),
                List.<String[]>of(new String[] {"label", "-1.5", "1,234", "n/a", "2.5e-3", "12 %"})).render();
        assertTrue(html.contains("<td>label</td><td class=\"num\">-1.5</td><td class=\"num\">1,234</td>"
                + "<td class=\"num\">n/a</td><td class=\"num\">2.5e-3</td><td class=\"num\">12 %</td>"), html);
        assertThrows(IllegalArgumentException.class,
                () -> new HtmlReport("t").table(null, List.of("a", "b"), List.<String[]>of(new String[] {"x"})));
    }

    @Test
    void writesReportHtmlOnceIntoTheFolder() throws Exception {
        ResultFolder folder = ResultFolder.create(tmp.resolve("r"));
        Path p = new HtmlReport("Title \u00e9").write(folder);
        assertEquals(folder.resolve(HtmlReport.FILE), p);
        assertTrue(Files.readString(p).contains("<h1>Title \u00e9</h1>"));
        assertTrue(Files.readString(p).startsWith("<!DOCTYPE html>"));
        assertThrows(FileAlreadyExistsException.class, () -> new HtmlReport("again").write(folder));
    }
}
