package org.aiecosim.model;

import java.io.Serializable;

/**
 * Parameters of one kind of lab ({@code lab.kind.<kind>.*}): release cadence, value of complements to
 * an open release, draw on its region's capital, premium for a family of its own and licence terms. Used by {@link ReleasePhase} and {@link EconomyPhase}.
 * See {@link ParameterCatalog} for units and meaning.
 */
public record LabKindParams(LabKind kind, int releaseInterval, double complementValue, double fundingWeight,
                            double scratchPremium, double licence)
        implements Serializable {

    public static final String RELEASE_INTERVAL = "releaseInterval";
    public static final String COMPLEMENT_VALUE = "complementValue";
    public static final String FUNDING_WEIGHT = "fundingWeight";
    public static final String SCRATCH_PREMIUM = "scratchPremium";
    public static final String LICENCE = "licence";

    /** Key of parameter {@code name} (one of this record's name constants) of {@code kind}. */
    public static String key(LabKind kind, String name) {
        return "lab.kind." + kind.key() + "." + name;
    }

    /** The only place that reads these keys. */
    public static LabKindParams from(ParameterSource p, LabKind kind) {
        return new LabKindParams(kind, p.getInt(key(kind, RELEASE_INTERVAL)), p.get(key(kind, COMPLEMENT_VALUE)),
                p.get(key(kind, FUNDING_WEIGHT)), p.get(key(kind, SCRATCH_PREMIUM)), p.get(key(kind, LICENCE)));
    }
}
