package org.aiecosim.model;

import java.util.Map;

/**
 * Default region parameters at 2022-01, before any export-control event.
 * Sources are cited in {@code scenarios/baseline.yaml}; values are round figures, refined by calibration.
 */
record RegionDefaults(double chipAccess, double leakage, double domesticOutput, double domesticGrowth,
                      double domesticPriceFactor, double openSupport, double capital, double talent,
                      double developerShare, double parentShare, double stateShare) {

    /** Defaults for a region a scenario adds that is not one of the four defaults. */
    static final RegionDefaults GENERIC = new RegionDefaults(1, 0, 0, 0, 1.5, 0, 100, 0.6, 0.1, 0.2, 0.2);

    private static final Map<String, RegionDefaults> KNOWN = Map.of(
            // parentShare, stateShare: big-tech AI capex dominates US AI investment (Microsoft, Alphabet,
            // Amazon and Meta ~$226B of capex in 2024 against ~$100B of AI venture funding); Chinese
            // platforms (Alibaba, Tencent, ByteDance, Baidu) and state guidance funds; EU and others rely more on
            // public programmes. Round shares, reasoned from those orders of magnitude (see docs/ODD.md).
            "US", new RegionDefaults(1, 0, 0, 0, 1.5, 0, 2500, 1.0, 0.25, 0.5, 0.0),
            "China", new RegionDefaults(1, 0, 3000, 0.04, 1.5, 15, 500, 0.9, 0.25, 0.4, 0.2),
            "EU", new RegionDefaults(1, 0, 0, 0, 1.5, 5, 150, 0.8, 0.2, 0.1, 0.3),
            "RestOfWorld", new RegionDefaults(1, 0, 200, 0.03, 1.5, 0, 200, 0.6, 0.3, 0.2, 0.3));

    /** Barrier (utils) of developers in {@code from} toward models of {@code to}. */
    private static final Map<String, Double> BARRIERS = Map.ofEntries(
            Map.entry("US>China", 2.0), Map.entry("US>EU", 0.2), Map.entry("US>RestOfWorld", 0.5),
            Map.entry("China>US", 1.5), Map.entry("China>EU", 1.0), Map.entry("China>RestOfWorld", 0.8),
            Map.entry("EU>US", 0.3), Map.entry("EU>China", 1.5), Map.entry("EU>RestOfWorld", 0.5),
            Map.entry("RestOfWorld>US", 0.2), Map.entry("RestOfWorld>China", 0.8), Map.entry("RestOfWorld>EU", 0.3));

    static RegionDefaults of(String region) {
        return KNOWN.getOrDefault(region, GENERIC);
    }

    /**
     * Whether closed APIs of {@code to}'s labs are offered in {@code from}: US closed APIs were never
     * offered in China (OpenAI, Anthropic and Google did not serve China; OpenAI blocked API traffic
     * from unsupported regions from 2024-07-09), and Chinese services needed no foreign approval.
     */
    static double apiAccess(String from, String to) {
        return from.equals("China") && (to.equals("US") || to.equals("EU")) ? 0 : 1;
    }

    static double barrier(String from, String to) {
        return BARRIERS.getOrDefault(from + ">" + to, 0.5);
    }
}
