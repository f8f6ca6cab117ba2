package org.aiecosim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds a self-contained {@code report.html}: a title, a "what was run and when" block, then
 * headings, paragraphs, tables, figures and file links in the order they are added. All text is
 * escaped. Figures and links refer to files of the same folder by relative name, so the folder
 * can be moved or opened from the file system. Styles are inline; nothing is fetched from the
 * network. A few lines of script record, once the page has loaded, how many images loaded in the
 * {@code data-images-loaded} and {@code data-images-total} attributes of {@code <body>} (read by
 * the browser test).
 */
public final class HtmlReport {

    /** The file name the report is written to. */
    public static final String FILE = "report.html";

    /** A link to a file of the same folder with a short description of its content. */
    public record Link(String file, String description) {
    }

    // A number, possibly signed, grouped, with exponent or percent sign, or n/a: right-aligned in tables.
    private static final Pattern NUMERIC = Pattern.compile("[-+\u2212]?(\\d[\\d,]*(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?\\s*%?|n/a|NaN");

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:#222;\
            max-width:1060px;margin:0 auto;padding:24px;line-height:1.45;background:#fff}
            h1{font-size:1.8em;margin:0 0 .3em}h2{font-size:1.3em;margin:1.8em 0 .5em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            table{border-collapse:collapse;margin:.5em 0 1em;font-size:.93em}
            th,td{border:1px solid #ddd;padding:4px 10px;text-align:left;vertical-align:top}
            th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            caption{caption-side:top;text-align:left;color:#555;padding-bottom:4px}
            dl.info{display:grid;grid-template-columns:max-content auto;gap:2px 16px;background:#f7f7f7;padding:10px 14px;\
            border-radius:4px}dl.info dt{font-weight:600}dl.info dd{margin:0;word-break:break-word}
            figure{margin:1.2em 0 2em}figure img{max-width:100%;height:auto;border:1px solid #eee}
            p.lead{font-size:1.08em;margin:0 0 1em}figcaption{color:#444;font-size:.93em;margin-top:.3em}code{font-size:.95em}
            """;

    private static final String SCRIPT = """
            window.addEventListener('load', function () {
              var images = document.images, loaded = 0;
              for (var i = 0; i < images.length; i++) if (images[i].complete && images[i].naturalWidth > 0) loaded++;
              document.body.setAttribute('data-images-loaded', loaded);
              document.body.setAttribute('data-images-total', images.length);
            });
            """;

    private final String title;
    private String lead;
    private final Map<String, String> info = new LinkedHashMap<>();
    private final List<String> blocks = new ArrayList<>();

    /** A report titled {@code title}. */
    public HtmlReport(String title) {
        this.title = title;
    }

    /** A paragraph shown right under the title, before the "what was run" block (replaces an earlier one). */
    public HtmlReport lead(String text) {
        lead = text;
        return this;
    }

    /** Adds {@code key: value} to the "what was run and when" block at the top (a repeated key replaces the value). */
    public HtmlReport info(String key, String value) {
        info.put(key, value);
        return this;
    }

    /** Starts a section. */
    public HtmlReport heading(String text) {
        blocks.add("<h2>" + Html.escape(text) + "</h2>");
        return this;
    }

    /** A paragraph of plain text. */
    public HtmlReport paragraph(String text) {
        blocks.add("<p>" + Html.escape(text) + "</p>");
        return this;
    }

    /**
     * A table; {@code caption} may be null. Cells that look like numbers are right-aligned.
     *
     * @throws IllegalArgumentException when a row has not as many cells as {@code header}
     */
    public HtmlReport table(String caption, List<String> header, List<String[]> rows) {
        StringBuilder sb = new StringBuilder("<table>\n");
        if (caption != null) sb.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
        sb.append("<thead><tr>");
        for (String h : header) sb.append("<th>").append(Html.escape(h)).append("</th>");
        sb.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows) {
            if (row.length != header.size()) {
                throw new IllegalArgumentException("row has " + row.length + " cells, header " + header.size());
            }
            sb.append("<tr>");
            for (String cell : row) {
                String c = cell == null ? "" : cell;
                sb.append(NUMERIC.matcher(c.strip()).matches() ? "<td class=\"num\">" : "<td>")
                        .append(Html.escape(c)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        blocks.add(sb.append("</tbody>\n</table>").toString());
        return this;
    }

    /** A figure: the image file {@code file} of the same folder with alternative text and a caption. */
    public HtmlReport figure(String file, String alt, String caption) {
        blocks.add("<figure><img src=\"" + Html.escape(Html.relativeUrl(file)) + "\" alt=\"" + Html.escape(alt)
                + "\">\n<figcaption>" + Html.escape(caption) + "</figcaption></figure>");
        return this;
    }

    /** A list of links to files of the same folder. */
    public HtmlReport links(List<Link> links) {
        StringBuilder sb = new StringBuilder("<ul>\n");
        for (Link l : links) {
            sb.append("<li><a href=\"").append(Html.escape(Html.relativeUrl(l.file()))).append("\"><code>")
                    .append(Html.escape(l.file())).append("</code></a> \u2013 ").append(Html.escape(l.description()))
                    .append("</li>\n");
        }
        blocks.add(sb.append("</ul>").toString());
        return this;
    }

    /** The complete HTML document. */
    public String render() {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n")
                .append("<script>\n").append(SCRIPT).append("</script>\n")
                .append("</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        if (lead != null) sb.append("<p class=\"lead\">").append(Html.escape(lead)).append("</p>\n");
        if (!info.isEmpty()) {
            sb.append("<dl class=\"info\">\n");
            for (Map.Entry<String, String> e : info.entrySet()) {
                sb.append("<dt>").append(Html.escape(e.getKey())).append("</dt><dd>").append(Html.escape(e.getValue()))
                        .append("</dd>\n");
            }
            sb.append("</dl>\n");
        }
        for (String b : blocks) sb.append(b).append('\n');
        return sb.append("</body>\n</html>\n").toString();
    }

    /** Writes the report as {@link #FILE} into {@code folder} (atomically; never overwrites). */
    public Path write(ResultFolder folder) throws IOException {
        String html = render();
        return folder.writeText(FILE, w -> w.write(html));
    }
}
