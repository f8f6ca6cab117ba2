package org.aiecosim.model;

import java.util.Map;

/**
 * Default region parameters at 2022-01, before any export-control event.
 * Sources are cited in {@code scenarios/baseline.yaml}; values are round figures, refined by calibration.
 */
record RegionDefaults(double chipAccess, double leakage, double domesticOutput, double domesticGrowth,
                      double domesticPriceFactor, double openSupport, double capital, double talent,
                      double developerShare) {

    /** Defaults for a region a scenario adds that is not one of the four defaults. */
    static final RegionDefaults GENERIC = new RegionDefaults(1, 0, 0, 0, 1.5, 0, 100, 0.6, 0.1);

    private static final Map<String, RegionDefaults> KNOWN = Map.of(
            "US", new RegionDefaults(1, 0, 0, 0, 1.5, 0, 2500, 1.0, 0.25),
            "China", new RegionDefaults(1, 0, 3000, 0.04, 1.5, 15, 500, 0.9, 0.25),
            "EU", new RegionDefaults(1, 0, 0, 0, 1.5, 5, 150, 0.8, 0.2),
            "RestOfWorld", new RegionDefaults(1, 0, 200, 0.03, 1.5, 0, 200, 0.6, 0.3));

    /** Barrier (utils) of developers in {@code from} toward models of {@code to}. */
    private static final Map<String, Double> BARRIERS = Map.ofEntries(
            Map.entry("US>China", 2.0), Map.entry("US>EU", 0.2), Map.entry("US>RestOfWorld", 0.5),
            Map.entry("China>US", 1.5), Map.entry("China>EU", 1.0), Map.entry("China>RestOfWorld", 0.8),
            Map.entry("EU>US", 0.3), Map.entry("EU>China", 1.5), Map.entry("EU>RestOfWorld", 0.5),
            Map.entry("RestOfWorld>US", 0.2), Map.entry("RestOfWorld>China", 0.8), Map.entry("RestOfWorld>EU", 0.3));

    static RegionDefaults of(String region) {
        return KNOWN.getOrDefault(region, GENERIC);
    }

    static double barrier(String from, String to) {
        return BARRIERS.getOrDefault(from + ">" + to, 0.5);
    }
}
