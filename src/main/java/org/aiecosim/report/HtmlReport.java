package org.aiecosim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds a self-contained {@code report.html}: a title, a "what was run and when" block, then
 * headings, paragraphs, tables, figures and file links in the order they are added. All text is
 * escaped. Figures are embedded in the page as base64 PNG data ({@link #render(Path)}), so the one
 * file can be mailed; the PNG files stay beside it and links refer to files of the same folder by
 * relative name. Styles are inline; nothing is fetched from the network. A few lines of script record, once the page has loaded, how many images loaded in the
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
            details{margin:.5em 0 1em}summary{cursor:pointer;color:#245;font-weight:600}tr.changed td{background:#fff6db}            section.findings{background:#f4f8fc;border-left:4px solid #3a6ea5;padding:2px 16px 8px;margin:1em 0}            section.findings h2{border:0;margin-top:.6em}
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

    /** Moves the blocks of {@code other} (e.g. findings built after the header) before this report's blocks. */
    public HtmlReport insertFirst(HtmlReport other) {
        blocks.addAll(0, other.blocks);
        return this;
    }

    /** A bulleted list of plain-text items. */
    public HtmlReport bullets(List<String> items) {
        if (items.isEmpty()) return this;
        StringBuilder sb = new StringBuilder("<ul>\n");
        for (String i : items) sb.append("<li>").append(Html.escape(i)).append("</li>\n");
        blocks.add(sb.append("</ul>").toString());
        return this;
    }

    /** Starts a highlighted section (the findings); ends at {@link #endSection}. */
    public HtmlReport section(String cssClass) {
        blocks.add("<section class=\"" + Html.escape(cssClass) + "\">");
        return this;
    }

    /** Ends the section begun by {@link #section}. */
    public HtmlReport endSection() {
        blocks.add("</section>");
        return this;
    }

    /**
     * A table collapsed under {@code summary} (a {@code <details>} element); rows whose index is in
     * {@code highlighted} are marked (e.g. values changed from their default).
     */
    public HtmlReport collapsedTable(String summary, String caption, List<String> header, List<String[]> rows,
                                     java.util.Set<Integer> highlighted) {
        blocks.add("<details><summary>" + Html.escape(summary) + "</summary>");
        table(caption, header, rows);
        if (!highlighted.isEmpty()) {
            String t = blocks.remove(blocks.size() - 1);
            StringBuilder sb = new StringBuilder();
            int row = -1;
            for (String line : t.split("\n", -1)) {
                if (line.startsWith("<tr><td")) {
                    row++;
                    if (highlighted.contains(row)) line = "<tr class=\"changed\">" + line.substring(4);
                }
                sb.append(line).append('\n');
            }
            blocks.add(sb.substring(0, sb.length() - 1));
        }
        blocks.add("</details>");
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

    /**
     * A figure: the PNG image file {@code file} of the same folder with alternative text and a caption.
     * {@link #render(Path)} embeds the image; {@link #render()} refers to the file.
     */
    public HtmlReport figure(String file, String alt, String caption) {
        Html.relativeUrl(file); // checks it is a plain file name
        blocks.add(FIGURE_MARK + file + "\u0000<figure><img src=\"" + IMAGE_MARK + "\" alt=\"" + Html.escape(alt)
                + "\">\n<figcaption>" + Html.escape(caption) + " <a class=\"file\" href=\"" + Html.escape(Html.relativeUrl(file))
                + "\">(" + Html.escape(file) + ")</a></figcaption></figure>");
        return this;
    }

    private static final String FIGURE_MARK = "\u0000figure:";
    private static final String IMAGE_MARK = "\u0000image";

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

    /** The complete HTML document, figures referring to their files by relative name. */
    public String render() {
        return render(null);
    }

    /**
     * The complete HTML document with every figure's PNG file of {@code folder} embedded as a
     * {@code data:image/png;base64} URI; with a null folder, figures refer to their files.
     *
     * @throws UncheckedIOException when a figure's file cannot be read
     */
    public String render(Path folder) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n")
                .append("<script>\n").append(SCRIPT).append("</script>\n")
                .append("</head>\n<body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        if (lead != null) sb.append("<p class=\"lead\">").append(Html.escape(lead)).append("</p>\n");
        if (!blocks.contains(INFO_MARK)) sb.append(infoHtml());
        for (String b : blocks) {
            if (b.equals(INFO_MARK)) {
                sb.append(infoHtml());
                continue;
            }
            sb.append(b.startsWith(FIGURE_MARK) ? figureHtml(b, folder) : b).append('\n');
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static final String INFO_MARK = "\u0000info";

    /** Places the "what was run and when" block here instead of at the top (e.g. after the findings). */
    public HtmlReport infoHere() {
        blocks.add(INFO_MARK);
        return this;
    }

    private String infoHtml() {
        if (info.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("<dl class=\"info\">\n");
        for (Map.Entry<String, String> e : info.entrySet()) {
            sb.append("<dt>").append(Html.escape(e.getKey())).append("</dt><dd>").append(Html.escape(e.getValue()))
                    .append("</dd>\n");
        }
        return sb.append("</dl>\n").toString();
    }

    private static String figureHtml(String block, Path folder) {
        int end = block.indexOf('\u0000', FIGURE_MARK.length());
        String file = block.substring(FIGURE_MARK.length(), end);
        String html = block.substring(end + 1);
        String src;
        if (folder == null) {
            src = Html.escape(Html.relativeUrl(file));
        } else {
            try {
                src = "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(folder.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return html.replace(IMAGE_MARK, src);
    }

    /** Writes the report as {@link #FILE} into {@code folder}, figures embedded (atomically; never overwrites). */
    public Path write(ResultFolder folder) throws IOException {
        String html;
        try {
            html = render(folder.dir());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return folder.writeText(FILE, w -> w.write(html));
    }
}
