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
                           double parentShare, double stateShare, double[] barrier, double[] apiAccess,
                           double[] openAccess, double[] baseAdmissible) implements Serializable {

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
    public static final String PARENT_SHARE = "parentShare";
    public static final String STATE_SHARE = "stateShare";

    public RegionPolicy {
        barrier = barrier.clone();
        apiAccess = apiAccess.clone();
        openAccess = openAccess.clone();
        baseAdmissible = baseAdmissible.clone();
    }

    /** Key of parameter {@code name} (one of this record's name constants) of {@code region}. */
    public static String key(String region, String name) {
        return "region." + region + "." + name;
    }

    /** Key of the barrier of developers in {@code region} toward models from {@code origin}. */
    public static String barrierKey(String region, String origin) {
        return key(region, "barrier." + origin);
    }

    /** Key of whether closed APIs of labs from {@code origin} are offered in {@code region}. */
    public static String apiAccessKey(String region, String origin) {
        return key(region, "apiAccess." + origin);
    }

    /** Key of whether open weights from {@code origin} are allowed for developers in {@code region}. */
    public static String openAccessKey(String region, String origin) {
        return key(region, "openAccess." + origin);
    }

    /** Key of whether labs of {@code region} may build on open bases from {@code origin}. */
    public static String baseAdmissibleKey(String region, String origin) {
        return key(region, "baseAdmissible." + origin);
    }

    /** The only place that reads these keys; {@code regions} orders the barrier row. */
    public static RegionPolicy from(ParameterSource p, String region, List<String> regions) {
        double[] barrier = new double[regions.size()];
        double[] api = new double[regions.size()], admissible = new double[regions.size()], open = new double[regions.size()];
        for (int j = 0; j < barrier.length; j++) {
            open[j] = p.get(openAccessKey(region, regions.get(j)));
            api[j] = p.get(apiAccessKey(region, regions.get(j)));
            admissible[j] = p.get(baseAdmissibleKey(region, regions.get(j)));
        }
        for (int j = 0; j < barrier.length; j++) barrier[j] = p.get(barrierKey(region, regions.get(j)));
        return new RegionPolicy(region, p.get(key(region, CHIP_ACCESS)), p.get(key(region, LEAKAGE)),
                p.get(key(region, DOMESTIC_OUTPUT)), p.get(key(region, DOMESTIC_GROWTH)),
                p.get(key(region, DOMESTIC_PRICE_FACTOR)), p.get(key(region, OPEN_WEIGHT_LIMIT)),
                p.get(key(region, OPEN_SUPPORT)), p.get(key(region, CAPITAL)), p.get(key(region, TALENT)),
                p.get(key(region, DEVELOPER_SHARE)), p.get(key(region, PARENT_SHARE)), p.get(key(region, STATE_SHARE)),
                barrier, api, open, admissible);
    }

    /** A copy of the barrier row (the record stays immutable). */
    @Override
    public double[] barrier() { return barrier.clone(); }

    /** Whether closed APIs of labs from region {@code origin} are offered here (0..1). */
    public double apiAccess(int origin) { return apiAccess[origin]; }

    /** A copy of the API-access row. */
    @Override
    public double[] apiAccess() { return apiAccess.clone(); }

    /** Whether open weights from region {@code origin} are allowed here (0..1). */
    public double openAccess(int origin) { return openAccess[origin]; }

    /** A copy of the open-weight access row. */
    @Override
    public double[] openAccess() { return openAccess.clone(); }

    /** Whether this region's labs may build on open bases from region {@code origin} (0..1). */
    public double baseAdmissible(int origin) { return baseAdmissible[origin]; }

    /** A copy of the admissibility row. */
    @Override
    public double[] baseAdmissible() { return baseAdmissible.clone(); }

    /** Share of its labs' frontier-chip demand this region may buy. */
    public double effectiveAccess() { return ChipMarket.effectiveAccess(chipAccess, leakage); }
}
