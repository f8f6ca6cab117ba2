package org.aiecosim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Discovers regions, lab kinds and labs from indicator names, so the report works for any
 * scenario without knowing its regions or labs in advance. Name parts are assumed to contain no
 * dots; results keep the order of the table's columns (the first region is the reference region).
 */
public final class IndicatorNames {

    /** Prefix of per-lab indicators, which are reported in {@code labs.csv} rather than as ensembles. */
    public static final String LAB_PREFIX = "lab.";

    private IndicatorNames() {
    }

    /** Whether {@code name} is a per-lab indicator ({@code lab.L.*}). */
    public static boolean isLab(String name) {
        return name.startsWith(LAB_PREFIX);
    }

    /** The indicators of {@code names} that are not per-lab, in order. */
    public static List<String> nonLab(List<String> names) {
        return names.stream().filter(n -> !isLab(n)).toList();
    }

    /** Regions, from {@code capability.region.R} (or {@code compute.share.R} when that is absent). */
    public static List<String> regions(List<String> names) {
        List<String> r = suffixes(names, "capability.region.");
        return r.isEmpty() ? suffixes(names, "compute.share.") : r;
    }

    /** Lab kinds, from {@code releases.openShare.kind.K}. */
    public static List<String> kinds(List<String> names) {
        return suffixes(names, "releases.openShare.kind.");
    }

    /** Labs, from {@code lab.L.capability}. */
    public static List<String> labs(List<String> names) {
        List<String> labs = new ArrayList<>();
        String suffix = ".capability";
        for (String n : names) {
            if (n.startsWith(LAB_PREFIX) && n.endsWith(suffix) && n.length() > LAB_PREFIX.length() + suffix.length()) {
                labs.add(n.substring(LAB_PREFIX.length(), n.length() - suffix.length()));
            }
        }
        return labs;
    }

    /** The one-part remainders of the names that start with {@code prefix}, in order. */
    public static List<String> suffixes(List<String> names, String prefix) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith(prefix)) {
                String rest = n.substring(prefix.length());
                if (!rest.isEmpty() && rest.indexOf('.') < 0) out.add(rest);
            }
        }
        return out;
    }
}
