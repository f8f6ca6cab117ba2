package org.aiecosim.model;

import java.io.Serializable;

/**
 * Parameters of one kind of developer ({@code developers.kind.<kind>.*}): its weight in the
 * population and the means its developers' needs and preferences are drawn around. Used when
 * {@link DeveloperPopulation} is built. See {@link ParameterCatalog} for units and meaning.
 */
public record DeveloperKindParams(DeveloperKind kind, double share, double priceSensitivity,
                                  double openPreference, double trustMultiplier) implements Serializable {

    public static final String SHARE = "share";
    public static final String PRICE_SENSITIVITY = "priceSensitivity";
    public static final String OPEN_PREFERENCE = "openPreference";
    public static final String TRUST_MULTIPLIER = "trustMultiplier";

    /** Key of parameter {@code name} (one of this record's name constants) of {@code kind}. */
    public static String key(DeveloperKind kind, String name) {
        return "developers.kind." + kind.key() + "." + name;
    }

    /** The only place that reads these keys. */
    public static DeveloperKindParams from(ParameterSource p, DeveloperKind kind) {
        return new DeveloperKindParams(kind, p.get(key(kind, SHARE)), p.get(key(kind, PRICE_SENSITIVITY)),
                p.get(key(kind, OPEN_PREFERENCE)), p.get(key(kind, TRUST_MULTIPLIER)));
    }
}
