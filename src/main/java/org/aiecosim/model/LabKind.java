package org.aiecosim.model;

/** Kind of AI company; kinds differ in release cadence, funding draw and initial leaning to openness. */
public enum LabKind {
    FRONTIER("frontier"), BIGTECH("bigtech"), STARTUP("startup"), ACADEMIC("academic");

    private final String key;

    LabKind(String key) { this.key = key; }

    /** Name used in parameter keys and scenario files, e.g. {@code startup}. */
    public String key() { return key; }

    /** Parses a scenario-file name; returns null when unknown. */
    public static LabKind fromKey(String s) {
        for (LabKind k : values()) if (k.key.equalsIgnoreCase(s)) return k;
        return null;
    }
}
