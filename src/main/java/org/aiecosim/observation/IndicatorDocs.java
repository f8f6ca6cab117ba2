package org.aiecosim.observation;

/**
 * The README's list of indicators, generated from {@link IndicatorCatalog}: one Markdown table row
 * per declaration (a family once, with its placeholders), in recording order. A test keeps the
 * README's copy between {@link #BEGIN} and {@link #END} equal to {@link #markdown()}.
 */
public final class IndicatorDocs {

    /** Marker line before the generated list in README.md. */
    public static final String BEGIN = "<!-- indicators:begin -->";
    /** Marker line after the generated list in README.md. */
    public static final String END = "<!-- indicators:end -->";

    private IndicatorDocs() {
    }

    /** The Markdown table, each line ending in {@code \n}. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder("| indicator | unit | meaning |\n|---|---|---|\n");
        for (IndicatorFamily f : IndicatorCatalog.families()) {
            for (Indicator i : f.members()) {
                sb.append("| `").append(i.pattern()).append("` | ").append(i.unit().label()).append(" | ")
                        .append(i.description()).append(" |\n");
            }
        }
        return sb.toString();
    }
}
