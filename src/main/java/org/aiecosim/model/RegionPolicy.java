package org.aiecosim.model;

import java.io.Serializable;
import java.util.List;

/**
 * Parameters of one region ({@code region.<region>.*}): export-control access, domestic chips,
 * open-weight rules and support, capital, talent, developer weight and the barriers its developers
 * feel toward other regions' models. The levels {@code domesticOutput} and {@code capital} are
 * starting values (and values events reset to); {@link Region} carries them as they grow.
 * See {@link ParameterCatalog} for units and meaning.
 *
 * @param barrier barrier toward each region's models, in the scenario's region order (a copy is kept and returned)
 */
public record RegionPolicy(String region, double chipAccess, double leakage, double domesticOutput,
                           double domesticGrowth, double domesticPriceFactor, double openWeightLimit,
                           double openSupport, double capital, double talent, double developerShare,
                           double[] barrier) implements Serializable {

    public static final String CHIP_ACCESS = "chipAccess";
    public static final String LEAKAGE = "leakage";
    public static final String DOMESTIC_OUTPUT = "domesticOutput";
    public static final String DOMESTIC_GROWTH = "domesticGrowth";
    public static final String DOMESTIC_PRICE_FACTOR = "domesticPriceFactor";
    public static final String OPEN_WEIGHT_LIMIT = "openWeightLimit";
    public static final String OPEN_SUPPORT = "openSupport";
    public static final String CAPITAL = "capital";
    public static final String TALENT = "talent";
    public static final String DEVELOPER_SHARE = "developerShare";

    public RegionPolicy {
        barrier = barrier.clone();
    }

    /** Key of parameter {@code name} (one of this record's name constants) of {@code region}. */
    public static String key(String region, String name) {
        return "region." + region + "." + name;
    }

    /** Key of the barrier of developers in {@code region} toward models from {@code origin}. */
    public static String barrierKey(String region, String origin) {
        return key(region, "barrier." + origin);
    }

    /** The only place that reads these keys; {@code regions} orders the barrier row. */
    public static RegionPolicy from(ParameterSource p, String region, List<String> regions) {
        double[] barrier = new double[regions.size()];
        for (int j = 0; j < barrier.length; j++) barrier[j] = p.get(barrierKey(region, regions.get(j)));
        return new RegionPolicy(region, p.get(key(region, CHIP_ACCESS)), p.get(key(region, LEAKAGE)),
                p.get(key(region, DOMESTIC_OUTPUT)), p.get(key(region, DOMESTIC_GROWTH)),
                p.get(key(region, DOMESTIC_PRICE_FACTOR)), p.get(key(region, OPEN_WEIGHT_LIMIT)),
                p.get(key(region, OPEN_SUPPORT)), p.get(key(region, CAPITAL)), p.get(key(region, TALENT)),
                p.get(key(region, DEVELOPER_SHARE)), barrier);
    }

    /** A copy of the barrier row (the record stays immutable). */
    @Override
    public double[] barrier() { return barrier.clone(); }

    /** Share of its labs' frontier-chip demand this region may buy. */
    public double effectiveAccess() { return ChipMarket.effectiveAccess(chipAccess, leakage); }
}
