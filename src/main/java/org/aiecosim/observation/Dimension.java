package org.aiecosim.observation;

import org.aiecosim.model.DeveloperKind;
import org.aiecosim.model.LabKind;

import java.util.List;

/**
 * What a family of indicators is indexed by. A name pattern marks the index with placeholder
 * segments ({@code R}, {@code R1}/{@code R2}, {@code K}, {@code D}, {@code L}); the reporter gets the
 * index as an int: a region, a pair {@code R1·regions + R2}, a kind's ordinal or a lab.
 */
public enum Dimension {
    /** A single indicator. */
    NONE(List.of()),
    /** Each region. */
    REGION(List.of("R")),
    /** Each region after the first (the reference region), index from 1. */
    FOLLOWER_REGION(List.of("R")),
    /** Each ordered pair of regions, index {@code R1 · regions + R2}. */
    REGION_PAIR(List.of("R1", "R2")),
    /** Each lab kind, index its ordinal. */
    LAB_KIND(List.of("K")),
    /** Each region and lab kind, index {@code R · kinds + K}. */
    REGION_LAB_KIND(List.of("R", "K")),
    /** Each developer kind, index its ordinal. */
    DEVELOPER_KIND(List.of("D")),
    /** Each lab. */
    LAB(List.of("L"));

    // values() copies its array on every call; names are built once per run, but keep one copy anyway.
    private static final LabKind[] LAB_KINDS = LabKind.values();
    private static final DeveloperKind[] DEVELOPER_KINDS = DeveloperKind.values();
    /** Every placeholder any dimension uses. */
    static final List<String> PLACEHOLDERS = List.of("R", "R1", "R2", "K", "D", "L");

    private final List<String> placeholders;

    Dimension(List<String> placeholders) {
        this.placeholders = placeholders;
    }

    /** Placeholder segments a pattern of this dimension must contain, in order. */
    public List<String> placeholders() { return placeholders; }

    /** First index. */
    int first() { return this == FOLLOWER_REGION ? 1 : 0; }

    /** One past the last index, for {@code regions} regions and {@code labs} labs. */
    int end(int regions, int labs) {
        return switch (this) {
            case NONE -> 1;
            case REGION, FOLLOWER_REGION -> regions;
            case REGION_PAIR -> regions * regions;
            case LAB_KIND -> LAB_KINDS.length;
            case REGION_LAB_KIND -> regions * LAB_KINDS.length;
            case DEVELOPER_KIND -> DEVELOPER_KINDS.length;
            case LAB -> labs;
        };
    }

    /** The name {@code pattern} gives for {@code index}. */
    String name(String pattern, int index, List<String> regions, List<String> labs) {
        String[] parts = pattern.split("\\.");
        for (int p = 0; p < parts.length; p++) {
            parts[p] = switch (parts[p]) {
                case "R" -> regions.get(this == REGION_LAB_KIND ? index / LAB_KINDS.length : index);
                case "R1" -> regions.get(index / regions.size());
                case "R2" -> regions.get(index % regions.size());
                case "K" -> LAB_KINDS[this == REGION_LAB_KIND ? index % LAB_KINDS.length : index].key();
                case "D" -> DEVELOPER_KINDS[index].key();
                case "L" -> labs.get(index);
                default -> parts[p];
            };
        }
        return String.join(".", parts);
    }
}
